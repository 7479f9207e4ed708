//! `GET/POST /admin/privacy`: an organisation's administrators change its
//! privacy notice. Each save is a new version made from the version the form
//! showed; if someone saved in between, nothing is overwritten: both texts are
//! shown and the administrator's own stays in the boxes.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::mfa::format_date;
use crate::routes::privacy::platform_notice;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::privacy::{NoticeDraft, SaveError, save_notice, saved_notice};
use moves_core::privacy::{NoticeError, PrivacyNotice};
use moves_core::text::TextError;
use serde::Deserialize;

pub const ADMIN_PRIVACY_PATH: &str = "/admin/privacy";

pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Template)]
#[template(path = "admin/privacy.html")]
struct NoticeForm {
    layout: Layout,
    csrf: String,
    lead: String,
    about: String,
    version: u32,
    standard: String,
    young_person: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    /// After a clash: the version someone else saved meanwhile.
    theirs: Option<PrivacyNotice>,
}

impl NoticeForm {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

#[derive(Deserialize)]
pub struct NoticeFields {
    #[serde(default)]
    version: String,
    #[serde(default)]
    standard: String,
    #[serde(default)]
    young_person: String,
}

/// What to show besides the notice in force.
#[derive(Default)]
struct Shown {
    typed: Option<(String, String)>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    clash: bool,
}

async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let org = viewer.org.as_ref().ok_or(AppError::Forbidden)?;
    let current = match saved_notice(&state.ctx, &viewer.actor).await? {
        Some(saved) => saved,
        None => platform_notice(&tr, org),
    };
    let about = if current.version == 0 {
        tr.t("privacy-admin-version-default")
    } else {
        tr.t_args(
            "privacy-admin-version",
            &[
                ("version", current.version.to_string()),
                ("date", format_date(&tr, current.saved_at)),
            ],
        )
    };
    let (standard, young_person) = shown
        .typed
        .unwrap_or_else(|| (current.standard.clone(), current.young_person.clone()));
    let title = tr.t("privacy-admin-title");
    let lead = tr.t_args("privacy-admin-lead", &[("organisation", org.name.clone())]);
    let page = NoticeForm {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        lead,
        about,
        version: current.version,
        standard,
        young_person,
        errors: shown.errors,
        notice: shown.notice,
        theirs: shown.clash.then_some(current),
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<Saved>,
) -> Result<Response, AppError> {
    let shown = Shown {
        notice: q.saved.map(|_| tr.t("privacy-admin-saved")),
        ..Shown::default()
    };
    render(&state, tr, &viewer, shown, StatusCode::OK).await
}

fn field_error(tr: &Tr, e: &NoticeError) -> FieldError {
    let (field, text) = match e {
        NoticeError::Standard(t) => ("standard", t),
        NoticeError::YoungPerson(t) => ("young_person", t),
    };
    let message = match text {
        TextError::Empty => tr.t("privacy-admin-missing"),
        TextError::TooLong { max } => {
            tr.t_args("privacy-admin-too-long", &[("max", max.to_string())])
        }
        TextError::ControlCharacter { .. } => tr.t("privacy-admin-hidden-character"),
    };
    FieldError { field, message }
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<NoticeFields>,
) -> Result<Response, AppError> {
    let typed = (form.standard.clone(), form.young_person.clone());
    let draft = NoticeDraft {
        from: &form.version,
        standard: &form.standard,
        young_person: &form.young_person,
    };
    match save_notice(&state.ctx, &viewer.actor, draft).await {
        Ok(_) => Ok(Redirect::to(&format!("{ADMIN_PRIVACY_PATH}?saved=1")).into_response()),
        Err(SaveError::Refused(errors)) => {
            let shown = Shown {
                typed: Some(typed),
                errors: errors.iter().map(|e| field_error(&tr, e)).collect(),
                ..Shown::default()
            };
            render(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        // Someone saved since the form was made (or it said no version):
        // nothing is overwritten, both texts are shown.
        Err(SaveError::Stale) => {
            let shown = Shown {
                typed: Some(typed),
                notice: Some(tr.t("privacy-admin-stale")),
                clash: true,
                ..Shown::default()
            };
            render(&state, tr, &viewer, shown, StatusCode::CONFLICT).await
        }
        Err(SaveError::Core(e)) => Err(e.into()),
    }
}

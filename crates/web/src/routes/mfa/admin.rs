//! For an organisation's administrators: `GET/POST /admin/security` (whether staff
//! must give a second factor; off only with a recorded reason) and
//! `POST /admin/members/{id}/reset-two-factor` (removes a member's lost factor so
//! they set up a new one at their next sign-in). The page also holds whether
//! practitioners may invite families into their circles (changed by
//! `POST /admin/security/family-invites`). Only ever about the
//! organisation the administrator works in: anyone else is not found (404).

use super::format_date;
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::page::render_page;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::family_invites::family_invite_setting;
use moves_core::admin::members::MemberCursor;
use moves_core::admin::second_factor::{FactorReset, FactorResetError, reset_second_factor};
use moves_core::admin::security::{security, set_second_factor};
use moves_core::ids::UserId;
use moves_core::text::TextError;
use serde::Deserialize;

pub const SECURITY_PATH: &str = "/admin/security";

/// One member of staff on the security page.
pub struct StaffRow {
    pub id: String,
    pub name: String,
    pub status: String,
    pub enrolled: bool,
}

#[derive(Template)]
#[template(path = "mfa/security.html")]
struct SecurityPage {
    layout: Layout,
    csrf: String,
    required: bool,
    /// Who turned it off, when and why (while it is off).
    off_note: Option<String>,
    reason: String,
    error: Option<String>,
    notice: Option<String>,
    problem: Option<String>,
    staff: Vec<StaffRow>,
    /// The link to the staff among the next page of members, if there is one.
    more: Option<String>,
    /// Whether practitioners may invite young people and parents or carers.
    family_invites: bool,
    /// Why the family invitation choice was refused.
    family_error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SecurityQuery {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    reset: Option<String>,
    /// Where the page of members starts.
    #[serde(default)]
    after: Option<String>,
}

#[derive(Deserialize)]
pub struct SecurityForm {
    /// "on" or "off".
    #[serde(default)]
    required: String,
    #[serde(default)]
    reason: String,
}

/// What the page shows besides what is stored: the choice and reason just
/// posted (when they were refused), and a message.
#[derive(Default)]
pub(crate) struct Shown {
    required: Option<bool>,
    reason: String,
    error: Option<String>,
    notice: Option<String>,
    /// Why a reset was refused.
    problem: Option<String>,
    /// Where the page of members starts.
    after: Option<MemberCursor>,
    /// Why the family invitation choice was refused.
    family_error: Option<String>,
}

pub(crate) async fn security_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Shown {
        required: required_choice,
        reason,
        error,
        notice,
        problem,
        after,
        family_error,
    } = shown;
    let view = security(&state.ctx, &viewer.actor, after).await?;
    let family_invites = family_invite_setting(&state.ctx, &viewer.actor)
        .await?
        .allowed;
    let setting = view.setting;
    let staff = view
        .staff
        .into_iter()
        .map(|s| StaffRow {
            id: s.id.to_string(),
            name: s.name,
            status: match s.enrolled {
                Some(at) => tr.t_args(
                    "mfa-security-staff-enrolled",
                    &[("date", format_date(&tr, at))],
                ),
                None => tr.t("mfa-security-staff-not-enrolled"),
            },
            enrolled: s.enrolled.is_some(),
        })
        .collect();
    let more = view
        .next
        .map(|c| format!("{SECURITY_PATH}?after={}", c.to_param()));
    let off_note = match (setting.required, view.changed_by, setting.changed_at) {
        (true, _, _) => None,
        (false, Some(name), Some(at)) => Some(tr.t_args(
            "mfa-security-off-note",
            &[("name", name), ("date", format_date(&tr, at))],
        )),
        // Whoever turned it off is no longer known: say when, not "by  on".
        (false, None, Some(at)) => {
            Some(tr.t_args("mfa-security-off-on", &[("date", format_date(&tr, at))]))
        }
        (false, _, None) => Some(tr.t("mfa-security-off-from-start")),
    };
    let reason = if reason.is_empty() {
        setting.off_reason.clone().unwrap_or_default()
    } else {
        reason
    };
    let title = tr.t("mfa-security-title");
    let page = SecurityPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        required: required_choice.unwrap_or(setting.required),
        off_note,
        reason,
        error,
        notice,
        problem,
        staff,
        more,
        family_invites,
        family_error,
    };
    render_page(&page, status, [])
}

impl Shown {
    /// The page as it is, with why the family invitation choice was refused.
    pub(crate) fn family_refused(error: String) -> Self {
        Shown {
            family_error: Some(error),
            ..Shown::default()
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<SecurityQuery>,
) -> Result<Response, AppError> {
    let refused = q.reset.as_deref().and_then(|r| r.strip_prefix("refused-"));
    let notice = match (q.saved.is_some(), q.reset.as_deref()) {
        (true, _) => Some(tr.t("mfa-security-saved")),
        (false, Some("done")) => Some(tr.t("mfa-security-reset-done")),
        (false, Some(_)) if refused.is_some() => None,
        (false, Some(_)) => Some(tr.t("mfa-security-reset-nothing")),
        (false, None) => None,
    };
    let problem = refused.map(|code| match code {
        "other-organisation" => tr.t("mfa-security-reset-refused-other-organisation"),
        "installation-admin" => tr.t("mfa-security-reset-refused-installation-admin"),
        "yourself" => tr.t("mfa-security-reset-refused-yourself"),
        _ => tr.t("mfa-security-reset-refused"),
    });
    let shown = Shown {
        notice,
        problem,
        after: q.after.as_deref().and_then(MemberCursor::parse),
        ..Shown::default()
    };
    security_page(&state, tr, &viewer, shown, StatusCode::OK).await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<SecurityForm>,
) -> Result<Response, AppError> {
    let required = match form.required.as_str() {
        "on" => true,
        "off" => false,
        _ => {
            let error = Some(tr.t("mfa-security-choose"));
            let shown = Shown {
                required: None,
                reason: form.reason,
                error,
                ..Shown::default()
            };
            return security_page(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    if let Err(e) = set_second_factor(&state.ctx, &viewer.actor, required, &form.reason).await? {
        let key = match e {
            TextError::Empty => "mfa-security-reason-missing",
            TextError::TooLong { .. } => "mfa-security-reason-too-long",
            TextError::ControlCharacter { .. } => "mfa-security-reason-hidden-character",
        };
        let error = Some(tr.t(key));
        let shown = Shown {
            required: Some(false),
            reason: form.reason,
            error,
            ..Shown::default()
        };
        return security_page(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    Ok(Redirect::to(&format!("{SECURITY_PATH}?saved=1")).into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn reset_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let target: UserId = id.parse().map_err(|_| AppError::NotFound)?;
    let outcome = match reset_second_factor(&state.ctx, &viewer.actor, target).await {
        // Whoever held the lost factor's sessions was signed out with it; the
        // person sets up a new factor at their next sign-in.
        Ok(FactorReset::Reset) => "done",
        Ok(FactorReset::Nothing) => "nothing",
        // The factor guards the whole account: never for someone who belongs
        // elsewhere too, or who administers the installation.
        Err(FactorResetError::Refused(problem)) => {
            return Ok(
                Redirect::to(&format!("{SECURITY_PATH}?reset=refused-{}", problem.code()))
                    .into_response(),
            );
        }
        Err(FactorResetError::Core(e)) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("{SECURITY_PATH}?reset={outcome}")).into_response())
}

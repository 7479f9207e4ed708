//! `GET/POST /circles/{id}/checks/{check}/perspectives/{p}/share`: the
//! author (or whoever typed it with them) chooses who sees the perspective,
//! each choice naming who that is, or keeps it as a draft. Saved against the
//! version the form showed (`moves_core::check::share`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::answers::FieldError;
use crate::routes::circles::checks::{check_path, checks_path, shipped};
use crate::routes::circles::sent_version;
use crate::routes::circles::sharing::{AudienceChoice, audience_choices, byline_text};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::perspective::PerspectiveScreen;
use moves_core::check::share::{ShareError, share, share_form};
use moves_core::circle::Audience;
use moves_core::ids::{CheckId, CircleId, PerspectiveId};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "circles/checks/share.html")]
struct SharePage {
    layout: Layout,
    csrf: String,
    action: String,
    back: String,
    version: i64,
    byline: String,
    audience: Vec<AudienceChoice>,
    errors: Vec<FieldError>,
}

#[derive(Deserialize, Default)]
pub struct ShareForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    audience: String,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    s: &PerspectiveScreen,
    selected: Option<Audience>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let title = tr.t("checks-share-title");
    let errors = error
        .map(|message| FieldError {
            field: "audience".into(),
            message,
        })
        .into_iter()
        .collect();
    let p = &s.perspective;
    let page = SharePage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: format!("{}/perspectives/{}/share", check_path(&s.check), p.id),
        back: check_path(&s.check),
        version: p.version,
        byline: byline_text(&tr, &p.byline, &s.open.members),
        audience: audience_choices(
            &tr,
            &s.open,
            &s.me,
            &p.byline,
            false,
            selected.or(Some(p.audience)),
        ),
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

fn path_ids(ids: &PathIds) -> Result<(CircleId, CheckId, PerspectiveId), AppError> {
    Ok((ids.circle()?, ids.id("check")?, ids.id("perspective")?))
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let screen = share_form(&state.ctx, &worker.actor, shipped()?, path_ids(&ids)?).await?;
    render(tr, &viewer, &screen, None, None, StatusCode::OK)
}

pub async fn save_share(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<ShareForm>,
) -> Result<Response, AppError> {
    let (circle, check, p) = path_ids(&ids)?;
    match share(
        &state.ctx,
        &worker.actor,
        shipped()?,
        (circle, check, p),
        sent_version(&form.version),
        &form.audience,
    )
    .await
    {
        Ok(()) => Ok(
            Redirect::to(&format!("{}/{check}?done=shared", checks_path(circle))).into_response(),
        ),
        Err(ShareError::NotOffered(screen)) => {
            let error = Some(tr.t("checks-share-choose"));
            render(
                tr,
                &viewer,
                &screen,
                None,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(ShareError::Stale(screen, audience)) => {
            let error = Some(tr.t("checks-share-stale"));
            render(
                tr,
                &viewer,
                &screen,
                Some(audience),
                error,
                StatusCode::CONFLICT,
            )
        }
        Err(ShareError::Core(e)) => Err(e.into()),
    }
}

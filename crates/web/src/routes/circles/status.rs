//! Closing a circle, with a closing reflection (`GET/POST /circles/{id}/close`),
//! and reopening it (`POST /circles/{id}/reopen`). Only the practitioners of
//! the circle do either; both are made against the version the form showed.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::{circle_path, sent_version, text_error};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::OpenCircle;
use moves_core::circle::status::{self, CloseError, CloseProblem, Reopened};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct CloseForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    reflection: String,
}

#[derive(Template)]
#[template(path = "circles/close.html")]
struct ClosePage {
    layout: Layout,
    csrf: String,
    id: String,
    version: i64,
    reflection: String,
    error: Option<String>,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    reflection: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let title = tr.t_args(
        "circles-close-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = ClosePage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        // The version now: sending again after being told is a choice made
        // knowing what changed.
        version: open.circle.version,
        reflection,
        error,
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let open = status::close_form(&state.ctx, &worker.actor, ids.circle()?).await?;
    if !open.circle.is_open() {
        return Ok(Redirect::to(&circle_path(open.circle.id)).into_response());
    }
    render(tr, &viewer, &open, String::new(), None, StatusCode::OK)
}

pub async fn close(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    let id = ids.circle()?;
    let version = sent_version(&form.version);
    match status::close(&state.ctx, &worker.actor, id, version, &form.reflection).await {
        Ok(()) => Ok(Redirect::to(&format!("{}?done=closed", circle_path(id))).into_response()),
        Err(CloseError::Refused(refused)) => {
            let (error, status) = match &refused.problem {
                CloseProblem::Stale => (tr.t("circles-stale"), StatusCode::CONFLICT),
                CloseProblem::Reflection(e) => (
                    text_error(&tr, "circles-reflection", e),
                    StatusCode::UNPROCESSABLE_ENTITY,
                ),
            };
            render(
                tr,
                &viewer,
                &refused.open,
                form.reflection,
                Some(error),
                status,
            )
        }
        Err(CloseError::Core(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct ReopenForm {
    #[serde(default)]
    version: String,
}

pub async fn reopen(
    State(state): State<AppState>,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<ReopenForm>,
) -> Result<Response, AppError> {
    let id = ids.circle()?;
    let version = sent_version(&form.version);
    let done = match status::reopen(&state.ctx, &worker.actor, id, version).await? {
        Reopened::Done => "reopened",
        // A second click, or someone else changed it: nothing was changed,
        // and the overview says so.
        Reopened::Stale => "stale",
    };
    Ok(Redirect::to(&format!("{}?done={done}", circle_path(id))).into_response())
}

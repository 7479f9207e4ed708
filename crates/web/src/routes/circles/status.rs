//! Closing a circle, with a closing reflection (`GET/POST /circles/{id}/close`),
//! and reopening it (`POST /circles/{id}/reopen`). Only the practitioners of
//! the circle do either; both are made against the version the form showed.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::{change, circle_path, open, sent_version, text_error, worker};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{CircleError, Closing, OpenCircle, closing_reflection};
use moves_store::VersionedWrite;
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
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "close").await?;
    if !open.access.may_manage(&viewer.actor) {
        return Err(AppError::Forbidden);
    }
    if !open.circle.is_open() {
        return Ok(Redirect::to(&circle_path(open.circle.id)).into_response());
    }
    render(tr, &viewer, &open, String::new(), None, StatusCode::OK)
}

pub async fn close(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "close").await?;
    if !open.access.may_manage(&viewer.actor) {
        return Err(AppError::Forbidden);
    }
    let version = sent_version(&form.version);
    if version != open.circle.version || !open.circle.is_open() {
        let error = Some(tr.t("circles-stale"));
        return render(
            tr,
            &viewer,
            &open,
            form.reflection,
            error,
            StatusCode::CONFLICT,
        );
    }
    let reflection = match closing_reflection(&form.reflection) {
        Ok(r) => r,
        Err(CircleError::Reflection(e))
        | Err(CircleError::FocusName(e))
        | Err(CircleError::Pronouns(e))
        | Err(CircleError::Languages(e)) => {
            let error = Some(text_error(&tr, "circles-reflection", &e));
            return render(
                tr,
                &viewer,
                &open,
                form.reflection,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let id = open.circle.id;
    let audit = change(&state, org, user, id, "closed");
    match state
        .store
        .close_circle(
            org,
            id,
            version,
            &Closing {
                by: user,
                at: state.clock.now(),
                reflection,
            },
            &audit,
        )
        .await?
    {
        VersionedWrite::Done => {
            Ok(Redirect::to(&format!("{}?done=closed", circle_path(id))).into_response())
        }
        VersionedWrite::Stale => {
            let error = Some(tr.t("circles-stale"));
            render(
                tr,
                &viewer,
                &open,
                form.reflection,
                error,
                StatusCode::CONFLICT,
            )
        }
        VersionedWrite::NotFound => Err(AppError::NotFound),
    }
}

#[derive(Deserialize, Default)]
pub struct ReopenForm {
    #[serde(default)]
    version: String,
}

pub async fn reopen(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReopenForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "reopen").await?;
    if !open.access.may_manage(&viewer.actor) {
        return Err(AppError::Forbidden);
    }
    let id = open.circle.id;
    let audit = change(&state, org, user, id, "reopened");
    let outcome = state
        .store
        .reopen_circle(org, id, sent_version(&form.version), &audit)
        .await?;
    let done = match outcome {
        VersionedWrite::Done => "reopened",
        // A second click, or someone else changed it: nothing was changed,
        // and the overview says so.
        VersionedWrite::Stale => "stale",
        VersionedWrite::NotFound => return Err(AppError::NotFound),
    };
    Ok(Redirect::to(&format!("{}?done={done}", circle_path(id))).into_response())
}

//! Overlays: `GET /admin/framework/overlays/{id}` previews one over the
//! organisation's framework (a draft is marked as such), and
//! `POST /admin/framework/overlay` accepts it for records, or goes back to the
//! edition's own wording. A draft is accepted only with a ticked confirmation.

use super::changes::answer;
use super::page::{Kept, PAGE, Problem};
use super::{change, current, done, refusal_message, shipped, stale_message};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::admin::framework::{Edit, Outcome};
use moves_core::framework::{Overlay, OverlayStatus};
use serde::Deserialize;

pub struct PreviewCompartment {
    pub label: String,
    pub lang: String,
    pub moves: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/framework/overlay.html")]
struct PreviewPage {
    layout: Layout,
    csrf: String,
    version: u32,
    id: String,
    title: String,
    language: String,
    draft: bool,
    accepted: bool,
    co_produced_by: String,
    licence: String,
    note: Option<String>,
    compartments: Vec<PreviewCompartment>,
    problem: Option<Problem>,
}

/// This edition's overlay with that id; anything else is not found.
fn overlay_of<'c>(
    catalogue: &'c moves_core::framework::Catalogue,
    base: &str,
    id: &str,
) -> Result<&'c Overlay, AppError> {
    catalogue
        .overlay(id)
        .filter(|o| o.base == base)
        .ok_or(AppError::NotFound)
}

async fn render_preview(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    id: &str,
    problem: Option<Problem>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let catalogue = shipped()?;
    let adaptation = current(state, viewer).await?;
    let overlay = overlay_of(catalogue, adaptation.base.as_str(), id)?;
    let mut with = adaptation.clone();
    with.overlay = Some(overlay.id.clone());
    let adapted = catalogue
        .adapted(&with)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let fw = &adapted.framework;
    let compartments = fw
        .compartments
        .iter()
        .map(|c| PreviewCompartment {
            label: c.label.text.clone(),
            lang: c.label.lang.clone(),
            moves: fw
                .moves_in(c.id.as_str())
                .into_iter()
                .map(|m| (m.label.text.clone(), m.label.lang.clone()))
                .collect(),
        })
        .collect();
    let title = tr.t_args("adapt-preview-title", &[("title", overlay.title.clone())]);
    let page = PreviewPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        version: adaptation.version,
        id: overlay.id.to_string(),
        title: overlay.title.clone(),
        language: overlay.language.clone(),
        draft: overlay.status == OverlayStatus::Draft,
        accepted: adaptation.overlay.as_ref() == Some(&overlay.id),
        co_produced_by: overlay.co_produced_by.clone(),
        licence: overlay.licence.clone(),
        note: overlay.note.clone(),
        compartments,
        problem,
    };
    render_page(&page, status, [])
}

/// `GET /admin/framework/overlays/{id}`
pub async fn preview_overlay(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    render_preview(&state, tr, &viewer, &id, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    version: String,
    /// Empty goes back to the edition's own wording.
    #[serde(default)]
    overlay: String,
    #[serde(default)]
    confirm_draft: Option<String>,
}

/// `POST /admin/framework/overlay`
pub async fn accept_overlay(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let id = form.overlay.trim().to_owned();
    let edit = Edit::Overlay {
        overlay: (!id.is_empty()).then(|| id.clone()),
        draft_confirmed: form.confirm_draft.as_deref() == Some("yes"),
    };
    let outcome = change(&state, &viewer, &form.version, edit).await?;
    // Going back to the edition's wording is asked from the main page; a
    // refusal is shown there. Accepting is asked from the preview.
    if id.is_empty() {
        return answer(
            &state,
            tr,
            &viewer,
            outcome,
            "overlay",
            "overlay",
            Kept::default(),
        )
        .await;
    }
    let (message, status) = match outcome {
        Outcome::Saved(_) => return Ok(done(PAGE, "overlay")),
        Outcome::Unchanged => return Ok(done(PAGE, "unchanged")),
        Outcome::Stale { latest } => (stale_message(&tr, latest), StatusCode::CONFLICT),
        Outcome::Refused(r) => (refusal_message(&tr, &r), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let p = Problem {
        message,
        field: "confirm_draft",
    };
    render_preview(&state, tr, &viewer, &id, Some(p), status).await
}

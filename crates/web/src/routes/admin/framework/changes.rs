//! Changes made from the main page: adopting an edition and crediting who
//! co-produced the adaptation. (Local moves are in `moves.rs`.)

use super::page::{Kept, PAGE, Problem, View, render};
use super::{change, done, refusal_message, stale_message};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::admin::framework::{Edit, Outcome};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AdoptForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    edition: String,
}

#[derive(Deserialize)]
pub struct CreditForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    credit: String,
}

/// `POST /admin/framework/edition`
pub async fn adopt(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<AdoptForm>,
) -> Result<Response, AppError> {
    let edit = Edit::Adopt {
        edition: form.edition,
    };
    let outcome = change(&state, &viewer, &form.version, edit).await?;
    answer(
        &state,
        tr,
        &viewer,
        outcome,
        "adopted",
        "edition",
        Kept::default(),
    )
    .await
}

/// `POST /admin/framework/credit`
pub async fn credit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<CreditForm>,
) -> Result<Response, AppError> {
    let edit = Edit::Credit {
        text: form.credit.clone(),
    };
    let outcome = change(&state, &viewer, &form.version, edit).await?;
    let kept = Kept {
        credit: Some(form.credit),
        ..Kept::default()
    };
    answer(&state, tr, &viewer, outcome, "credited", "credit", kept).await
}

/// After a change asked from the main page: back to it with `done`, or the
/// page again with the problem at `field` and what was typed.
pub(super) async fn answer(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    outcome: Outcome,
    done_as: &str,
    field: &'static str,
    kept: Kept,
) -> Result<Response, AppError> {
    let (message, status) = match outcome {
        Outcome::Saved(_) => return Ok(done(PAGE, done_as)),
        Outcome::Unchanged => return Ok(done(PAGE, "unchanged")),
        Outcome::Stale { latest } => (stale_message(&tr, latest), StatusCode::CONFLICT),
        Outcome::Refused(r) => (refusal_message(&tr, &r), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let view = View {
        kept,
        problem: Some(Problem { message, field }),
        ..View::default()
    };
    render(state, tr, viewer, view, status).await
}

//! `GET/POST /sign-in/code`: the second step of signing in for staff. A code from
//! the authenticator app (each works once: its step must be later than the last
//! one used), or one of the recovery codes (each works once). Codes are
//! throttled like passwords: each is counted before it is looked at.

use super::{ENROL_PATH, signed_in_to, with_next};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::page::render_page;
use crate::routes::sign_in::safe_next;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::code::{CodeGiven, give_code, has_factor};
use moves_core::session::Session;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "mfa/code.html")]
struct CodePage {
    layout: Layout,
    csrf: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    pub next: String,
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

fn page(tr: Tr, viewer: &Viewer, next: &str, error: Option<String>) -> CodePage {
    let title = tr.t("mfa-code-title");
    CodePage {
        layout: Layout::new(tr, title),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        next: safe_next(next),
        error,
    }
}

/// Where someone who is not (or no longer) part-way through signing in goes:
/// on, if signed in; else to sign in.
fn not_pending(viewer: &Viewer, next: &str) -> Response {
    if viewer.signed_in() {
        Redirect::to(&safe_next(next)).into_response()
    } else {
        Redirect::to("/sign-in").into_response()
    }
}

/// The pending session, if its person has a factor set up; otherwise where
/// to send them.
async fn pending_with_factor(
    state: &AppState,
    viewer: &Viewer,
    next: &str,
) -> Result<Result<Session, Response>, AppError> {
    let Some(pending) = viewer.pending.clone() else {
        return Ok(Err(not_pending(viewer, next)));
    };
    if has_factor(&state.ctx, &pending).await? {
        Ok(Ok(pending))
    } else {
        // Never set up, or reset by an administrator: set one up first.
        Ok(Err(set_up_first(next)))
    }
}

fn set_up_first(next: &str) -> Response {
    Redirect::to(&with_next(ENROL_PATH, next)).into_response()
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    if let Err(elsewhere) = pending_with_factor(&state, &viewer, &q.next).await? {
        return Ok(elsewhere);
    }
    render_page(&page(tr, &viewer, &q.next, None), StatusCode::OK, [])
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    let Some(pending) = viewer.pending.clone() else {
        return Ok(not_pending(&viewer, &form.next));
    };
    match give_code(&state.ctx, &pending, &form.code).await? {
        CodeGiven::SignedIn { token } => Ok(signed_in_to(&state, token, &form.next)),
        CodeGiven::NoFactor => Ok(set_up_first(&form.next)),
        CodeGiven::Wrong => {
            let error = Some(tr.t("mfa-code-wrong"));
            render_page(
                &page(tr, &viewer, &form.next, error),
                StatusCode::UNPROCESSABLE_ENTITY,
                [],
            )
        }
    }
}

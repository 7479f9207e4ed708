//! `GET/POST /sign-in/code`: the second step of signing in for staff. A code from
//! the authenticator app (each works once: its step must be later than the last
//! one used), or one of the recovery codes (each works once). Codes are
//! throttled like passwords: each is counted before it is looked at.

use super::{ENROL_PATH, audit_wrong_code, complete_sign_in, count_code, with_next};
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
use moves_core::auth::totp::{self, TypedCode};
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

/// The pending session, if its person has an enrolled factor; otherwise where
/// to send them.
async fn pending_with_factor(
    state: &AppState,
    viewer: &Viewer,
    next: &str,
) -> Result<Result<(Session, String), Response>, AppError> {
    let Some(pending) = viewer.pending.clone() else {
        return Ok(Err(not_pending(viewer, next)));
    };
    match state.store.totp_factor(pending.user_id).await? {
        Some(f) if f.is_enrolled() => Ok(Ok((pending, f.secret))),
        // Never set up, or reset by an administrator: set one up first.
        _ => Ok(Err(
            Redirect::to(&with_next(ENROL_PATH, next)).into_response()
        )),
    }
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
    let (pending, secret) = match pending_with_factor(&state, &viewer, &form.next).await? {
        Ok(found) => found,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let now = state.clock.now();
    let user = pending.user_id;
    let attempt = count_code(&state, user).await?;

    let accepted = match totp::classify(&form.code) {
        TypedCode::Totp(digits) => match totp::verify(&secret, &digits, now) {
            // Fresh only if no code of this step (or a later one) was used.
            Some(step) => state
                .store
                .use_totp_step(user, step)
                .await?
                .then_some("totp"),
            None => None,
        },
        TypedCode::Recovery { hash } => state
            .store
            .use_recovery_code(user, &hash, now)
            .await?
            .then_some("recovery_code"),
        TypedCode::Malformed => None,
    };
    match accepted {
        Some(how) => {
            attempt.succeeded(state.store.as_ref()).await?;
            complete_sign_in(&state, &pending, how, &form.next, now).await
        }
        None => {
            audit_wrong_code(&state, user, pending.org_id, now).await?;
            let error = Some(tr.t("mfa-code-wrong"));
            render_page(
                &page(tr, &viewer, &form.next, error),
                StatusCode::UNPROCESSABLE_ENTITY,
                [],
            )
        }
    }
}

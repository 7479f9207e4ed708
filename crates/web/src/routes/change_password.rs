//! `GET/POST /account/password`: a signed-in person changes their own password.
//! The current password is asked for (a session left open on a shared computer
//! must not be enough), and each answer is counted before it is checked exactly
//! as a sign-in naming the person from this address is, so guesses here and at
//! sign-in share one limit. A change signs the person out everywhere, this
//! browser included, so whoever knew the old password or held a session is out.

use crate::auth::attempts::{self, Peer};
use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::CsrfForm;
use crate::auth::password_messages;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::change_password::{Changed, change_password};
use moves_core::user::User;
use serde::Deserialize;

pub const CHANGE_PASSWORD_PATH: &str = "/account/password";

#[derive(Template)]
#[template(path = "auth/change_password.html")]
struct ChangePasswordPage {
    layout: Layout,
    csrf: String,
    login: String,
    current_error: Option<String>,
    new_error: Option<String>,
}

#[derive(Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

fn signed_in(viewer: &Viewer) -> Result<&User, AppError> {
    // The rule lets only signed-in people here.
    viewer.user.as_ref().ok_or(AppError::Forbidden)
}

fn page(
    tr: Tr,
    viewer: &Viewer,
    current_error: Option<String>,
    new_error: Option<String>,
) -> Result<Response, AppError> {
    let user = signed_in(viewer)?;
    let status = if current_error.is_some() || new_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let title = tr.t("change-password-title");
    let page = ChangePasswordPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        login: user.login(),
        current_error,
        new_error,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, None)
}

pub async fn form(tr: Tr, viewer: Viewer) -> Result<Response, AppError> {
    page(tr, &viewer, None, None)
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    peer: Peer,
    CsrfForm(form): CsrfForm<ChangePasswordForm>,
) -> Result<Response, AppError> {
    signed_in(&viewer)?;
    let from = attempts::address(&state, &headers, &peer);
    match change_password(
        &state.ctx,
        &viewer.actor,
        from,
        form.current,
        &form.password,
    )
    .await?
    {
        Changed::CurrentWrong => page(
            tr.clone(),
            &viewer,
            Some(tr.t("change-password-current-wrong")),
            None,
        ),
        Changed::Refused(problem) => {
            let message = password_messages::message(&tr, &problem);
            page(tr, &viewer, None, Some(message))
        }
        Changed::Changed => {
            let mut res = Redirect::to("/sign-in?password_set=1").into_response();
            let names = CookieNames::for_config(&state.config);
            let (k, v) = cookies::clear(names, names.session);
            res.headers_mut().append(k, v);
            Ok(res)
        }
    }
}

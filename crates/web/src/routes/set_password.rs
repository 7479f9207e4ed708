//! Setting a password with a one-time link (`/set-password/{token}`): the link
//! `moves admin create-org` prints, and later the reset and invitation links.
//!
//! Showing the form does not use the link, and neither does a password that is
//! refused: only a good password uses it, atomically, so of two tabs (or two
//! servers) at most one succeeds. Then the password is stored, the person's
//! other sessions end, any sign-in lock on them is lifted (whoever holds the
//! link was trusted with the account), and the audit log records it. A link
//! that is unknown,
//! used or expired gets one plain page (410 Gone) that says to ask for a new one.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::password_messages;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use moves_core::auth::one_time::set_password_path;
use moves_core::auth::set_password::{PasswordSet, link_login, set_password};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "auth/set_password.html")]
struct SetPasswordPage {
    layout: Layout,
    csrf: String,
    action: String,
    lead: String,
    /// The person's email address or username, for password managers.
    login: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/link_gone.html")]
struct LinkGonePage {
    layout: Layout,
}

#[derive(Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
}

fn gone(tr: Tr, viewer: &Viewer) -> Result<Response, AppError> {
    let title = tr.t("link-gone-title");
    let html = LinkGonePage {
        layout: Layout::for_viewer(tr, title, viewer),
    }
    .render()
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((StatusCode::GONE, Html(html)).into_response())
}

async fn page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    headers: &HeaderMap,
    token: &str,
    login: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let (csrf, cookie) = csrf::token_for_page(state, viewer, headers).await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let title = tr.t("set-password-title");
    let lead = tr.t_args("set-password-for", &[("login", login.clone())]);
    let page = SetPasswordPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf,
        action: set_password_path(token),
        lead,
        login,
        error,
    };
    render_page(&page, status, cookie)
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match link_login(&state.ctx, &token).await? {
        Some(login) => page(&state, tr, &viewer, &headers, &token, login, None).await,
        None => gone(tr, &viewer),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<Response, AppError> {
    let person = match set_password(&state.ctx, &token, &form.password).await? {
        PasswordSet::Set { user } => user,
        PasswordSet::Gone => return gone(tr, &viewer),
        PasswordSet::Refused { problem, login } => {
            let error = Some(password_messages::message(&tr, &problem));
            return page(&state, tr, &viewer, &headers, &token, login, error).await;
        }
    };
    let mut res = Redirect::to("/sign-in?password_set=1").into_response();
    if viewer.user.as_ref().is_some_and(|u| u.id == person) {
        let names = CookieNames::for_config(&state.config);
        let (k, v) = cookies::clear(names, names.session);
        res.headers_mut().append(k, v);
    }
    Ok(res)
}

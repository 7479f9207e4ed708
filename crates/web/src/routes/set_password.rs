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
use moves_core::auth::account_wide::audit_in_every_organisation;
use moves_core::auth::one_time::{OneTimeToken, password_set_audit, set_password_path};
use moves_core::auth::password::NewPassword;
use moves_core::auth::throttle;
use moves_core::auth::token::TOKEN_BYTES;
use moves_core::session::hash_token;
use moves_core::user::User;
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

/// The link's record and its person, if it can still set a password now.
async fn live_link(
    state: &AppState,
    token: &str,
) -> Result<Option<(OneTimeToken, User)>, AppError> {
    // Our tokens are 32 bytes of base64 (43 characters): anything much longer
    // is not one of ours and is not worth a database query.
    if token.is_empty() || token.len() > TOKEN_BYTES * 2 {
        return Ok(None);
    }
    let now = state.clock.now();
    let Some(link) = state.store.one_time_token(&hash_token(token)).await? else {
        return Ok(None);
    };
    if !link.sets_password(now) {
        return Ok(None);
    }
    Ok(state
        .store
        .user(link.user_id)
        .await?
        .map(|user| (link, user)))
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
    user: &User,
    error: Option<String>,
) -> Result<Response, AppError> {
    let (csrf, cookie) = csrf::token_for_page(state, viewer, headers).await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let login = user.login();
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
    match live_link(&state, &token).await? {
        Some((_, user)) => page(&state, tr, &viewer, &headers, &token, &user, None).await,
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
    let Some((link, user)) = live_link(&state, &token).await? else {
        return gone(tr, &viewer);
    };
    let login = user.login();
    let login = Some(login.as_str()).filter(|l| !l.is_empty());
    let password = match NewPassword::parse(&form.password, login) {
        Ok(p) => p,
        Err(problem) => {
            let error = Some(password_messages::message(&tr, &problem));
            return page(&state, tr, &viewer, &headers, &token, &user, error).await;
        }
    };
    // Hash before using the link: if hashing failed (or the queue was full),
    // the link would still work.
    let hash = state
        .hashing
        .run(move |memory| password.hash_with(memory))
        .await?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let now = state.clock.now();
    // The atomic step: another tab or server may have used the link meanwhile.
    let Some(used) = state
        .store
        .use_one_time_token(&link.token_hash, now)
        .await?
    else {
        return gone(tr, &viewer);
    };
    if !state
        .store
        .set_password_hash(used.user_id, &hash, now)
        .await?
    {
        return gone(tr, &viewer);
    }
    // Whoever knew the old password (or held a session) is signed out.
    state.store.end_sessions_of_user(used.user_id).await?;
    // A password opens the whole account: every organisation's log records it.
    let memberships = state.store.memberships_of_user(used.user_id).await?;
    // Failed sign-ins, from anywhere, no longer hold the person out.
    for account in throttle::account_keys_of(&user) {
        state.store.clear_account_attempts(&account).await?;
    }
    state
        .store
        .append_audit_batch(&audit_in_every_organisation(
            &memberships,
            &password_set_audit(&used, now),
        ))
        .await?;
    let mut res = Redirect::to("/sign-in?password_set=1").into_response();
    if viewer.user.as_ref().is_some_and(|u| u.id == used.user_id) {
        let names = CookieNames::for_config(&state.config);
        let (k, v) = cookies::clear(names, names.session);
        res.headers_mut().append(k, v);
    }
    Ok(res)
}

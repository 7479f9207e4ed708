//! Signing in and out: the form, and the cookies of the session that the use
//! case (`moves_core::auth::sign_in`) starts. Failure messages never say
//! whether an account exists. Each attempt waits for a turn to hash, then is
//! counted before its password is checked, in the database so every server
//! agrees (`moves_core::auth::attempt`).

use crate::auth::attempts::{self, Peer};
use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::mfa;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::sign_in::{Credentials, SignIn, sign_in};
use moves_core::auth::sign_out::sign_out as end_session;
use moves_core::session::hash_token;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    layout: Layout,
    csrf: String,
    login: String,
    next: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    signed_out: Option<String>,
    /// Set when a form was kept because the session had ended.
    #[serde(default)]
    kept: Option<String>,
    /// Set after a one-time link set the person's password.
    #[serde(default)]
    password_set: Option<String>,
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Only paths on this site: never an open redirect (the rule is
/// `moves_core::auth::next`).
pub fn safe_next(next: &str) -> String {
    moves_core::auth::next::local_path_or_home(next).to_owned()
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    Query(q): Query<SignInQuery>,
) -> Result<Response, AppError> {
    if viewer.signed_in() {
        return Ok(Redirect::to(&safe_next(&q.next)).into_response());
    }
    let (csrf, cookie) = csrf::token_for_page(&state, &viewer, &headers).await?;
    let notice = if q.password_set.is_some() {
        Some(tr.t("sign-in-password-set"))
    } else if q.kept.is_some() {
        Some(tr.t("sign-in-kept"))
    } else if q.signed_out.is_some() {
        Some(tr.t("sign-in-signed-out"))
    } else if viewer.session_expired {
        Some(tr.t("sign-in-expired"))
    } else {
        None
    };
    let title = tr.t("sign-in-title");
    let page = SignInPage {
        layout: Layout::new(tr, title),
        csrf,
        login: String::new(),
        next: safe_next(&q.next),
        error: None,
        notice,
    };
    render_page(&page, StatusCode::OK, cookie)
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    peer: Peer,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let names = CookieNames::for_config(&state.config);
    // A new session id at every sign-in (no fixation): the old ones end.
    let mut replacing: Vec<String> = viewer
        .session
        .iter()
        .map(|s| s.token_hash.clone())
        .collect();
    if let Some(old) = cookies::read(&headers, names.session) {
        replacing.push(hash_token(&old));
    }
    let device_cookie = mfa::devices::cookie_name(&state.config);
    let device = cookies::read(&headers, device_cookie);
    let credentials = Credentials {
        login: &form.login,
        password: form.password,
        from: attempts::address(&state, &headers, &peer),
        replacing,
        device: device.as_deref(),
    };
    let started = match sign_in(&state.ctx, credentials).await? {
        SignIn::Started(started) => started,
        SignIn::Refused => {
            let (csrf, cookie) = csrf::token_for_page(&state, &viewer, &headers).await?;
            let title = tr.t("sign-in-title");
            let error = Some(tr.t("sign-in-failed"));
            let page = SignInPage {
                layout: Layout::new(tr, title),
                csrf,
                login: form.login.trim().to_owned(),
                next: safe_next(&form.next),
                error,
                notice: None,
            };
            return render_page(&page, StatusCode::UNPROCESSABLE_ENTITY, cookie);
        }
    };
    let location = mfa::location_after_password(started.next, &form.next);
    let mut res = Redirect::to(&location).into_response();
    let (k, v) = cookies::set(names, names.session, started.token);
    res.headers_mut().append(k, v);
    let (k, v) = cookies::clear(names, names.csrf);
    res.headers_mut().append(k, v);
    if let Some(device) = started.device {
        let (k, v) = mfa::devices::remember(&state, &headers, device);
        res.headers_mut().append(k, v);
    }
    Ok(res)
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn sign_out(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    if let Some(session) = &viewer.session {
        end_session(&state.ctx, &viewer.actor, &session.token_hash).await?;
    }
    let names = CookieNames::for_config(&state.config);
    let mut res = Redirect::to("/sign-in?signed_out=1").into_response();
    let (k, v) = cookies::clear(names, names.session);
    res.headers_mut().append(k, v);
    Ok(res)
}

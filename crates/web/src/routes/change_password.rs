//! `GET/POST /account/password`: a signed-in person changes their own password.
//! The current password is asked for (a session left open on a shared computer
//! must not be enough), wrong answers count against the same per-account
//! throttle as signing in, and a change signs the person out everywhere, this
//! browser included, so whoever knew the old password or held a session is out.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::CsrfForm;
use crate::auth::password_messages;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::sign_in::verify;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::audit::AuditAction;
use moves_core::auth::account_wide::{account_entry, audit_in_every_organisation};
use moves_core::auth::password::{self, NewPassword};
use moves_core::auth::throttle::{self, Decision, Failures};
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
    CsrfForm(form): CsrfForm<ChangePasswordForm>,
) -> Result<Response, AppError> {
    let user = signed_in(&viewer)?;
    let now = state.clock.now();
    let policy = state.config.throttle_policy;
    let login = user.login();
    let account_key = throttle::account_key(&login);
    let account = state
        .store
        .sign_in_failures_since(&account_key, policy.account.window_start(now))
        .await?;
    if let Decision::Throttled { retry_after_secs } =
        throttle::decide(account.into(), Failures::default(), now, &policy)
    {
        return Err(AppError::Throttled { retry_after_secs });
    }
    let plausible = form.current.chars().count() <= password::PASSWORD_MAX_CHARS;
    if !(plausible && verify(Some(user), form.current).await?) {
        state
            .store
            .record_sign_in_failure(&account_key, now)
            .await?;
        return page(
            tr.clone(),
            &viewer,
            Some(tr.t("change-password-current-wrong")),
            None,
        );
    }
    let new = match NewPassword::parse(
        &form.password,
        Some(login.as_str()).filter(|l| !l.is_empty()),
    ) {
        Ok(p) => p,
        Err(problem) => {
            let message = password_messages::message(&tr, &problem);
            return page(tr, &viewer, None, Some(message));
        }
    };
    let hash = tokio::task::spawn_blocking(move || new.hash())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    if !state.store.set_password_hash(user.id, &hash, now).await? {
        return Err(AppError::NotFound);
    }
    state.store.end_sessions_of_user(user.id).await?;
    // A password opens the whole account: every organisation's log records it.
    let entry = account_entry(
        user.id,
        Some(user.id),
        AuditAction::PasswordSet,
        "changed",
        now,
    );
    state
        .store
        .append_audit_batch(&audit_in_every_organisation(&viewer.memberships, &entry))
        .await?;
    let mut res = Redirect::to("/sign-in?password_set=1").into_response();
    let names = CookieNames::for_config(&state.config);
    let (k, v) = cookies::clear(names, names.session);
    res.headers_mut().append(k, v);
    Ok(res)
}

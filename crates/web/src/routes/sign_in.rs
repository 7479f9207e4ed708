//! Signing in and out. Failure messages never say whether an account exists.
//! Each attempt waits for a turn to hash (`crate::hashing`), then is counted
//! before its password is checked, per account from this address (strictly),
//! per address (generously, as a school class shares one) and per account
//! (higher), in the database so every server agrees (`moves_core::auth::attempt`).

use crate::auth::attempts::{self, Peer};
use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::hashing::HashingSlot;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::mfa;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::password;
use moves_core::auth::throttle;
use moves_core::auth::token::new_token;
use moves_core::session::{Session, hash_token};
use moves_core::user::User;
use moves_store::AuditEntry;
use serde::Deserialize;

/// Longer than any password we accept: refuse before hashing anything.
const LOGIN_MAX: usize = 254;

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

/// Checks a password against a person's hash, in a hashing turn (off the
/// async runtime); for nobody, spends the same time and says no.
pub async fn verify(
    slot: &mut HashingSlot,
    user: Option<&User>,
    password: String,
) -> Result<bool, AppError> {
    let hash = user.and_then(|u| u.password_hash.clone());
    slot.run(move |memory| match hash {
        Some(h) => password::verify_password_with(&password, &h, memory),
        None => {
            // Spend the same time as a real check: timing must not tell
            // whether the account exists.
            password::verify_against_dummy_with(&password, memory);
            false
        }
    })
    .await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    peer: Peer,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let ip = attempts::address(&state, &headers, &peer);
    let login = form.login.trim().to_owned();
    let plausible = !login.is_empty()
        && login.chars().count() <= LOGIN_MAX
        && form.password.chars().count() <= password::PASSWORD_MAX_CHARS;
    let counters = throttle::password_counters(&login, ip, &state.config.throttle_policy);
    // Already over a limit: refused before waiting for anything.
    attempts::refuse_if_over(&state, &counters).await?;
    let user = if plausible {
        state.store.user_by_login(&login).await?
    } else {
        None
    };
    // A turn to hash, then the count: so only attempts about to be checked are
    // counted (not those waiting), and a full queue (503) counts nothing.
    // Implausible ones need no hashing.
    let slot = if plausible {
        Some(state.hashing.enter().await?)
    } else {
        None
    };
    let attempt = attempts::begin(&state, &counters).await?;
    let ok = match slot {
        Some(mut slot) => verify(&mut slot, user.as_ref(), form.password).await?,
        None => false,
    };
    let user = user.filter(|_| ok);
    let now = state.clock.now();

    // Wrong: counted before it was checked, so only audited now.
    let Some(user) = user else {
        state
            .store
            .append_audit(&AuditEntry::new(
                AuditScope::Installation,
                now,
                None,
                AuditAction::SignInFailed,
            ))
            .await?;
        let (csrf, cookie) = csrf::token_for_page(&state, &viewer, &headers).await?;
        let title = tr.t("sign-in-title");
        let error = Some(tr.t("sign-in-failed"));
        let page = SignInPage {
            layout: Layout::new(tr, title),
            csrf,
            login,
            next: safe_next(&form.next),
            error,
            notice: None,
        };
        return render_page(&page, StatusCode::UNPROCESSABLE_ENTITY, cookie);
    };

    attempt.succeeded(state.store.as_ref()).await?;
    // A new session id at every sign-in (no fixation), and the old one ends.
    if let Some(old) = &viewer.session {
        state.store.end_session(&old.token_hash).await?;
    }
    let names = CookieNames::for_config(&state.config);
    if let Some(old) = cookies::read(&headers, names.session) {
        state.store.end_session(&hash_token(&old)).await?;
    }
    let token = new_token().map_err(|e| AppError::Internal(e.to_string()))?;
    let memberships = state.store.memberships_of_user(user.id).await?;
    let org = memberships.first().map(|m| m.org_id);
    // Staff who must give a second factor are not signed in yet: their session
    // waits for it (see `routes::mfa`).
    let plan = mfa::after_password(&state, &user, &memberships, &headers, &form.next, now).await?;
    let session = Session {
        token_hash: hash_token(&token),
        user_id: user.id,
        org_id: org,
        created_at: now,
        last_seen_at: now,
        stage: plan.stage,
    };
    state.store.create_session(&session).await?;
    if plan.signed_in {
        let scope = org.map_or(AuditScope::Installation, AuditScope::Organisation);
        state
            .store
            .append_audit(&AuditEntry::new(
                scope,
                now,
                Some(user.id),
                AuditAction::SignIn,
            ))
            .await?;
    }

    let mut res = Redirect::to(&plan.location).into_response();
    let (k, v) = cookies::set(names, names.session, token);
    res.headers_mut().append(k, v);
    let (k, v) = cookies::clear(names, names.csrf);
    res.headers_mut().append(k, v);
    if let Some((k, v)) = plan.cookie {
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
        state.store.end_session(&session.token_hash).await?;
        let scope = viewer
            .actor
            .org
            .map_or(AuditScope::Installation, AuditScope::Organisation);
        state
            .store
            .append_audit(&AuditEntry::new(
                scope,
                state.clock.now(),
                viewer.actor.user,
                AuditAction::SignOut,
            ))
            .await?;
    }
    let names = CookieNames::for_config(&state.config);
    let mut res = Redirect::to("/sign-in?signed_out=1").into_response();
    let (k, v) = cookies::clear(names, names.session);
    res.headers_mut().append(k, v);
    Ok(res)
}

//! The second factor on the web: what a right password leads to, the code page,
//! setting up a factor, the administrators' security page, and new-device
//! notices for people without a factor. The rules are in
//! `moves_core::auth::{mfa, totp}`; these handlers read the form, ask the store,
//! and render.

pub mod admin;
pub mod code;
pub mod devices;
pub mod enrol;

use crate::auth::attempts;
use crate::auth::cookies::{self, CookieNames};
use crate::error::AppError;
use crate::routes::sign_in::safe_next;
use crate::state::AppState;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::attempt::Attempt;
use moves_core::auth::mfa::{self, AfterPassword};
use moves_core::auth::throttle;
use moves_core::auth::token::{csrf_token_for_session, new_token};
use moves_core::clock::Timestamp;
use moves_core::ids::{OrgId, UserId};
use moves_core::membership::Membership;
use moves_core::session::{Session, SessionStage, hash_token};
use moves_core::user::User;
use moves_store::AuditEntry;

/// The code page.
pub const CODE_PATH: &str = crate::auth::guard::SECOND_FACTOR_PATH;
/// Setting up (or looking at) one's second factor.
pub const ENROL_PATH: &str = "/account/two-factor";

/// `path?next=...`, keeping where the person was going.
pub fn with_next(path: &str, next: &str) -> String {
    let next = safe_next(next);
    if next == "/" {
        path.to_owned()
    } else {
        format!("{path}?next={}", urlencoding::encode(&next))
    }
}

/// What signing in does after a right password, besides checking it.
pub struct AfterPasswordPlan {
    /// The new session's stage.
    pub stage: SessionStage,
    /// Where to go next.
    pub location: String,
    /// Whether the person is signed in now (and the sign-in is audited now).
    pub signed_in: bool,
    /// A cookie to set (the device id of someone without a second factor).
    pub cookie: Option<(HeaderName, HeaderValue)>,
}

/// Whether the person must give a second factor: staff in any organisation
/// (of their active memberships) that requires it.
pub async fn second_factor_required(
    state: &AppState,
    memberships: &[Membership],
) -> Result<bool, AppError> {
    let mut requiring: Vec<OrgId> = Vec::new();
    let mut seen: Vec<OrgId> = Vec::new();
    for m in memberships.iter().filter(|m| m.role.is_staff()) {
        if seen.contains(&m.org_id) {
            continue;
        }
        seen.push(m.org_id);
        if state.store.org_mfa_setting(m.org_id).await?.required {
            requiring.push(m.org_id);
        }
    }
    Ok(mfa::second_factor_required(memberships, |o| {
        requiring.contains(&o)
    }))
}

/// Decides, after a right password, whether the person is signed in now or must
/// give (or set up) a second factor first; for people without one, notes the
/// device.
pub async fn after_password(
    state: &AppState,
    user: &User,
    memberships: &[Membership],
    headers: &HeaderMap,
    next: &str,
    now: Timestamp,
) -> Result<AfterPasswordPlan, AppError> {
    let required = second_factor_required(state, memberships).await?;
    let enrolled = state
        .store
        .totp_factor(user.id)
        .await?
        .is_some_and(|f| f.is_enrolled());
    let plan = match mfa::after_password(required, enrolled) {
        AfterPassword::SignedIn => AfterPasswordPlan {
            stage: SessionStage::Full,
            location: safe_next(next),
            signed_in: true,
            cookie: devices::note_sign_in(state, user, memberships, headers, now).await?,
        },
        AfterPassword::GiveCode => AfterPasswordPlan {
            stage: SessionStage::SecondFactorPending,
            location: with_next(CODE_PATH, next),
            signed_in: false,
            cookie: None,
        },
        AfterPassword::Enrol => AfterPasswordPlan {
            stage: SessionStage::SecondFactorPending,
            location: with_next(ENROL_PATH, next),
            signed_in: false,
            cookie: None,
        },
    };
    Ok(plan)
}

/// Where a person's sign-in events are logged: the organisation they work in,
/// else the installation.
fn scope_of(org: Option<OrgId>) -> AuditScope {
    org.map_or(AuditScope::Installation, AuditScope::Organisation)
}

/// A fresh, full session replacing the pending one (a new id at every step up),
/// with the sign-in audited. Returns the new token.
async fn step_up(
    state: &AppState,
    pending: &Session,
    how: &str,
    now: Timestamp,
) -> Result<String, AppError> {
    state.store.end_session(&pending.token_hash).await?;
    let token = new_token().map_err(|e| AppError::Internal(e.to_string()))?;
    let memberships = state.store.memberships_of_user(pending.user_id).await?;
    let org = pending
        .org_id
        .filter(|o| memberships.iter().any(|m| m.org_id == *o))
        .or_else(|| memberships.first().map(|m| m.org_id));
    state
        .store
        .create_session(&Session {
            token_hash: hash_token(&token),
            user_id: pending.user_id,
            org_id: org,
            created_at: now,
            last_seen_at: now,
            stage: SessionStage::Full,
        })
        .await?;
    state
        .store
        .append_audit(
            &AuditEntry::new(
                scope_of(org),
                now,
                Some(pending.user_id),
                AuditAction::SignIn,
            )
            .detail(how),
        )
        .await?;
    Ok(token)
}

/// The cookies of a completed sign-in: the new session's, and the pre-sign-in
/// CSRF nonce cleared.
fn session_cookies(state: &AppState, token: String) -> [(HeaderName, HeaderValue); 2] {
    let names = CookieNames::for_config(&state.config);
    [
        cookies::set(names, names.session, token),
        cookies::clear(names, names.csrf),
    ]
}

/// Completes a pending sign-in and goes on to `next`.
async fn complete_sign_in(
    state: &AppState,
    pending: &Session,
    how: &str,
    next: &str,
    now: Timestamp,
) -> Result<Response, AppError> {
    let token = step_up(state, pending, how, now).await?;
    let mut res = Redirect::to(&safe_next(next)).into_response();
    for (k, v) in session_cookies(state, token) {
        res.headers_mut().append(k, v);
    }
    Ok(res)
}

/// Counts a code attempt of `user` before any code is looked at, like a
/// password attempt; refused (429) over the limit.
async fn count_code(state: &AppState, user: UserId) -> Result<Attempt, AppError> {
    let counters = throttle::code_counter(user, &state.config.throttle_policy);
    attempts::begin(state, &counters).await
}

/// Audits a wrong code (already counted, before it was checked).
async fn audit_wrong_code(
    state: &AppState,
    user: UserId,
    org: Option<OrgId>,
    now: Timestamp,
) -> Result<(), AppError> {
    state
        .store
        .append_audit(
            &AuditEntry::new(scope_of(org), now, Some(user), AuditAction::SignInFailed)
                .detail("second_factor"),
        )
        .await?;
    Ok(())
}

/// A date as people read it: "25 November 2026" (UTC).
pub fn format_date(t: Timestamp) -> String {
    let format = time::macros::format_description!("[day padding:none] [month repr:long] [year]");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

/// The CSRF token for pages shown with a new session's cookie.
fn csrf_for(token: &str) -> String {
    csrf_token_for_session(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_is_kept_only_when_it_says_something() {
        assert_eq!(with_next(CODE_PATH, "/"), "/sign-in/code");
        assert_eq!(with_next(CODE_PATH, ""), "/sign-in/code");
        assert_eq!(
            with_next(ENROL_PATH, "/admin/audit?x=1"),
            "/account/two-factor?next=%2Fadmin%2Faudit%3Fx%3D1"
        );
        assert_eq!(with_next(CODE_PATH, "//evil.example"), "/sign-in/code");
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(
            format_date(Timestamp::from_millis(1_764_100_443_000)),
            "25 November 2025"
        );
        assert_eq!(
            format_date(Timestamp::from_millis(1_767_225_600_000)),
            "1 January 2026"
        );
    }
}

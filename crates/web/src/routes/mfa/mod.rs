//! The second factor on the web: where a right password leads, the code page,
//! setting up a factor, the administrators' security page, and new-device
//! notices for people without a factor. The use cases are in
//! `moves_core::auth::{second_factor, code, enrol, devices}`; these handlers
//! read the form, call one, and render.

pub mod admin;
pub mod code;
pub mod devices;
pub mod enrol;

use crate::auth::cookies::{self, CookieNames};
use crate::routes::sign_in::safe_next;
use crate::state::AppState;
use axum::http::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::mfa::AfterPassword;
use moves_core::auth::token::csrf_token_for_session;
use moves_core::clock::Timestamp;

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

/// Where a right password leads: on to `next`, or to give (or set up) a
/// second factor first, keeping `next`.
pub fn location_after_password(after: AfterPassword, next: &str) -> String {
    match after {
        AfterPassword::SignedIn => safe_next(next),
        AfterPassword::GiveCode => with_next(CODE_PATH, next),
        AfterPassword::Enrol => with_next(ENROL_PATH, next),
    }
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

/// A completed sign-in (the new full session's `token`), going on to `next`.
fn signed_in_to(state: &AppState, token: String, next: &str) -> Response {
    let mut res = Redirect::to(&safe_next(next)).into_response();
    for (k, v) in session_cookies(state, token) {
        res.headers_mut().append(k, v);
    }
    res
}

/// A date as people read it, in their language: "25 November 2026",
/// "25 Tachwedd 2026" (the day in UTC, as before; the month's name from Fluent).
pub fn format_date(tr: &crate::i18n::Tr, t: Timestamp) -> String {
    match time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000) {
        Ok(t) => {
            crate::routes::circles::notes::parts_text(tr, t.year(), u8::from(t.month()), t.day())
        }
        Err(_) => String::new(),
    }
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
            format_date(
                &crate::i18n::Tr::default(),
                Timestamp::from_millis(1_764_100_443_000)
            )
            .replace(['\u{2068}', '\u{2069}'], ""),
            "25 November 2025"
        );
        assert_eq!(
            format_date(
                &crate::i18n::Tr::default(),
                Timestamp::from_millis(1_767_225_600_000)
            )
            .replace(['\u{2068}', '\u{2069}'], ""),
            "1 January 2026"
        );
    }
}

//! The second factor, driven like a browser: staff set up an authenticator app
//! before reaching anything, a session waiting for its code reaches nothing
//! signed-in, codes work once (a replay fails, five wrong ones throttle), each
//! recovery code works once, an administrator turns the requirement off only
//! with a reason and resets a member's lost factor (never another
//! organisation's), and parents and young people are never asked for a code but
//! told of sign-ins from new devices. Time is a fixed clock; codes are made with
//! `totp-rs`, as an authenticator app makes them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod codes;
mod new_devices;
mod pending_session;
mod recovery_codes;
mod requirement_off;
mod resetting;
mod setting_up;

use axum::http::StatusCode;
use moves_core::audit::AuditScope;
use moves_core::auth::mfa::TotpFactor;
use moves_core::auth::totp;
use moves_core::clock::{Clock, Timestamp};
use moves_core::organisation::Organisation;
use moves_core::user::User;
use moves_store::{AuditEntry, AuditQuery};
use support::{App, PASSWORD, Reply};
use totp_rs::{Builder, Secret};

/// The code an authenticator app shows for `secret` at `now`.
fn code_at(secret: &str, now: Timestamp) -> String {
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    totp.generate(u64::try_from(now.as_millis() / 1000).unwrap())
        .to_string()
}

/// A code that is certainly not the current one (nor the one either side).
fn wrong_code(secret: &str, now: Timestamp) -> String {
    let near: Vec<String> = [-30, 0, 30]
        .iter()
        .map(|s| code_at(secret, now.plus_seconds(*s)))
        .collect();
    (0..1_000_000)
        .map(|n| format!("{n:06}"))
        .find(|c| !near.contains(c))
        .unwrap()
}

fn text(reply: &Reply) -> String {
    reply.body.replace(['\u{2068}', '\u{2069}'], "")
}

fn session_cookie(reply: &Reply) -> String {
    format!("moves-session={}", reply.cookie("moves-session").unwrap())
}

impl App {
    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Sets up a factor for `user` directly in the store, as if done a while ago;
    /// returns its secret and recovery codes.
    async fn enrol(&self, user: &User) -> (String, Vec<String>) {
        let secret = totp::new_secret().unwrap();
        let codes = totp::new_recovery_codes().unwrap();
        let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
        let long_ago = self.now().plus_seconds(-3600);
        self.store
            .begin_totp_enrolment(&TotpFactor::begin(user.id, secret.clone(), long_ago))
            .await
            .unwrap();
        let step = totp::step_at(long_ago).unwrap();
        assert!(
            self.store
                .confirm_totp_enrolment(user.id, &secret, step, &hashes, long_ago, &[])
                .await
                .unwrap()
        );
        (secret, codes)
    }

    /// Signs in with the password and expects to be sent to the code page;
    /// returns the pending session's cookie.
    async fn pending(&self, login: &str) -> String {
        let reply = self.sign_in(login, PASSWORD).await;
        assert_eq!(
            (reply.status, reply.location.as_str()),
            (StatusCode::SEE_OTHER, "/sign-in/code"),
            "{}",
            reply.body
        );
        session_cookie(&reply)
    }

    /// Posts a code on the code page.
    async fn give_code(&self, pending: &str, code: &str) -> Reply {
        let page = self.get("/sign-in/code", pending).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let form = format!("_csrf={}&code={}", page.csrf(), urlencoding::encode(code));
        self.post("/sign-in/code", pending, form).await
    }

    /// Signs in with password and the current code; returns the full session's cookie.
    async fn sign_in_with_code(&self, login: &str, secret: &str) -> String {
        let pending = self.pending(login).await;
        let done = self.give_code(&pending, &code_at(secret, self.now())).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location, "/");
        // A step later, so the next sign-in has a fresh code.
        self.clock.advance_seconds(30);
        session_cookie(&done)
    }

    async fn sign_out(&self, cookie: &str) {
        let csrf = self.get("/", cookie).await.csrf();
        let out = self
            .post("/sign-out", cookie, format!("_csrf={csrf}"))
            .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
    }

    async fn log(&self, org: &Organisation) -> Vec<AuditEntry> {
        self.store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
            .await
            .unwrap()
    }
}

fn signed_in_home(reply: &Reply, name: &str) -> bool {
    reply.status == StatusCode::OK && text(reply).contains(&format!("Signed in as {name}"))
}

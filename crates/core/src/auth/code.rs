//! The second step of signing in for staff: a code from the authenticator app
//! (each works once: its step must be later than the last one used) or one of
//! the recovery codes (each works once). Each code is counted before it is
//! looked at, like a password.

use super::second_factor::{audit_wrong_code, count_code, step_up};
use super::totp::{self, TypedCode};
use crate::{Ctx, Error};
use moves_domain::session::Session;

/// Whether the person of a pending sign-in has a factor set up (else they
/// set one up first: never, or reset by an administrator).
pub async fn has_factor(ctx: &Ctx, pending: &Session) -> Result<bool, Error> {
    Ok(ctx
        .store()
        .totp_factor(pending.user_id)
        .await?
        .is_some_and(|f| f.is_enrolled()))
}

#[derive(Debug)]
pub enum CodeGiven {
    /// No factor is set up: set one up first.
    NoFactor,
    /// Wrong, used already, or not a code (counted and audited).
    Wrong,
    /// Signed in: the new full session's token.
    SignedIn { token: String },
}

/// Completes the pending sign-in `pending` with `code`;
/// [`Error::Throttled`] when too many codes were tried.
pub async fn give_code(ctx: &Ctx, pending: &Session, code: &str) -> Result<CodeGiven, Error> {
    let user = pending.user_id;
    let secret = match ctx.store().totp_factor(user).await? {
        Some(f) if f.is_enrolled() => f.secret,
        _ => return Ok(CodeGiven::NoFactor),
    };
    let counted = count_code(ctx, user).await?;
    let now = ctx.now();
    let accepted = match totp::classify(code) {
        TypedCode::Totp(digits) => match totp::verify(&secret, &digits, now) {
            // Fresh only if no code of this step (or a later one) was used.
            Some(step) => ctx
                .store()
                .use_totp_step(user, step)
                .await?
                .then_some("totp"),
            None => None,
        },
        TypedCode::Recovery { hash } => ctx
            .store()
            .use_recovery_code(user, &hash, now)
            .await?
            .then_some("recovery_code"),
        TypedCode::Malformed => None,
    };
    match accepted {
        Some(how) => {
            counted.succeeded(ctx.store()).await?;
            let token = step_up(ctx, pending, how).await?;
            Ok(CodeGiven::SignedIn { token })
        }
        None => {
            audit_wrong_code(ctx, user, pending.org_id).await?;
            Ok(CodeGiven::Wrong)
        }
    }
}

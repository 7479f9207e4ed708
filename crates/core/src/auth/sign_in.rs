//! Signing in with a password. The answer never says whether an account
//! exists. Each attempt is turned away at once if its counts are already over
//! a limit, then waits for a turn to hash, then is counted (per account from
//! this address, per address, per account: `super::throttle`) before its
//! password is checked, in the database so every server agrees
//! ([`super::attempt`]). So N attempts at once are N counts.

use super::devices::{self, DeviceNoted};
use super::mfa::AfterPassword;
use super::password_check::check_password;
use super::second_factor::{self, scope_of};
use super::{attempt, password, throttle};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::auth::token::new_token;
use moves_domain::session::{Session, SessionStage, hash_token};
use moves_store::AuditEntry;
use std::net::IpAddr;

/// Longer than any login we accept: refused before hashing anything.
pub const LOGIN_MAX: usize = 254;

/// What the sign-in form sent, and what the browser holds.
pub struct Credentials<'a> {
    pub login: &'a str,
    pub password: String,
    /// Where the attempt came from (the peer, or the client a trusted proxy
    /// names).
    pub from: IpAddr,
    /// The sessions this browser held (their tokens' hashes): a sign-in ends
    /// them, so every sign-in gets a new session id.
    pub replacing: Vec<String>,
    /// The browser's device id, if it has one.
    pub device: Option<&'a str>,
}

/// A right password: the new session and what comes next.
#[derive(Debug)]
pub struct Started {
    /// The new session's token (for its cookie).
    pub token: String,
    /// Signed in now, or a second factor first (then the session is pending).
    pub next: AfterPassword,
    /// The device noted (people without a second factor, signed in now).
    pub device: Option<DeviceNoted>,
}

#[derive(Debug)]
pub enum SignIn {
    /// No such account, or a wrong password (audited): never said which.
    Refused,
    Started(Started),
}

/// Signs in with `c`: [`Error::Throttled`] when over a limit (nothing
/// checked), [`Error::Busy`] when the queue to hash is full (nothing counted).
pub async fn sign_in(ctx: &Ctx, c: Credentials<'_>) -> Result<SignIn, Error> {
    let login = c.login.trim();
    let plausible = !login.is_empty()
        && login.chars().count() <= LOGIN_MAX
        && c.password.chars().count() <= password::PASSWORD_MAX_CHARS;
    let counters = throttle::password_counters(login, c.from, ctx.throttle_policy());
    // Already over a limit: refused before waiting for anything.
    attempt::refuse_if_over(ctx, &counters).await?;
    let user = if plausible {
        ctx.store().user_by_login(login).await?
    } else {
        None
    };
    // A turn to hash, then the count: so only attempts about to be checked
    // are counted (not those waiting), and a full queue counts nothing.
    // Implausible ones need no hashing.
    let slot = if plausible {
        Some(ctx.hashing().enter().await?)
    } else {
        None
    };
    let counted = attempt::count(ctx, &counters).await?;
    let right = match slot {
        Some(mut slot) => check_password(&mut slot, user.as_ref(), c.password).await?,
        None => false,
    };
    let now = ctx.now();
    let Some(user) = user.filter(|_| right) else {
        // Counted before it was checked: only the audit is left to write.
        ctx.store()
            .append_audit(&AuditEntry::new(
                AuditScope::Installation,
                now,
                None,
                AuditAction::SignInFailed,
            ))
            .await?;
        return Ok(SignIn::Refused);
    };
    counted.succeeded(ctx.store()).await?;
    let memberships = ctx.store().memberships_of_user(user.id).await?;
    let org = memberships.first().map(|m| m.org_id);
    // Staff who must give a second factor are not signed in yet: their
    // session waits for it.
    let next = second_factor::after_password(ctx, user.id, &memberships).await?;
    let signed_in = next == AfterPassword::SignedIn;
    let device = if signed_in {
        devices::note(ctx, &user, &memberships, c.device, now).await?
    } else {
        None
    };
    let token = new_token()?;
    let session = Session {
        token_hash: hash_token(&token),
        user_id: user.id,
        org_id: org,
        created_at: now,
        last_seen_at: now,
        stage: if signed_in {
            SessionStage::Full
        } else {
            SessionStage::SecondFactorPending
        },
    };
    let audit: Vec<AuditEntry> = if signed_in {
        vec![AuditEntry::new(
            scope_of(org),
            now,
            Some(user.id),
            AuditAction::SignIn,
        )]
    } else {
        Vec::new()
    };
    ctx.store()
        .start_session(&session, &c.replacing, &audit)
        .await?;
    Ok(SignIn::Started(Started {
        token,
        next,
        device,
    }))
}

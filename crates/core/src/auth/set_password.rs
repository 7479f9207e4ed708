//! Setting a password with a one-time link: the link `moves admin create-org`
//! prints, and the reset links. Showing the form does not use the link, and
//! neither does a refused password: only a good one uses it, in the same
//! transaction that stores the password, ends the person's other links and
//! sessions, lifts any sign-in lock on them (whoever holds the link was
//! trusted with the account) and writes the audit log of every organisation
//! they belong to.

use super::account_wide::audit_in_every_organisation;
use super::one_time::{OneTimeToken, password_set_audit};
use super::password::{NewPassword, PasswordProblem};
use super::throttle;
use super::token::TOKEN_BYTES;
use crate::{Ctx, Error};
use moves_domain::session::hash_token;
use moves_domain::user::User;
use moves_store::PasswordChange;

/// The link's record and its person, if it can still set a password now.
async fn live(ctx: &Ctx, token: &str) -> Result<Option<(OneTimeToken, User)>, Error> {
    // Our tokens are 32 bytes of base64 (43 characters): anything much longer
    // is not one of ours and is not worth a database query.
    if token.is_empty() || token.len() > TOKEN_BYTES * 2 {
        return Ok(None);
    }
    let Some(link) = ctx.store().one_time_token(&hash_token(token)).await? else {
        return Ok(None);
    };
    if !link.sets_password(ctx.now()) {
        return Ok(None);
    }
    // Made while the person belonged to one organisation only; joined
    // another since: its administrator may no longer set this password.
    let memberships = ctx.store().memberships_of_user(link.user_id).await?;
    if moves_domain::auth::account_wide::link_outlived(&link, &memberships) {
        return Ok(None);
    }
    Ok(ctx
        .store()
        .user(link.user_id)
        .await?
        .map(|user| (link, user)))
}

/// The login (email address or username) of the person the link `token` is
/// for, if it can still set a password: to show on its form.
pub async fn link_login(ctx: &Ctx, token: &str) -> Result<Option<String>, Error> {
    Ok(live(ctx, token).await?.map(|(_, user)| user.login()))
}

#[derive(Debug)]
pub enum PasswordSet {
    /// Unknown, used or expired (or used meanwhile): ask for a new one.
    Gone,
    /// Not a password we accept; the link is still unused. The login, for
    /// the form shown again.
    Refused {
        problem: PasswordProblem,
        login: String,
    },
    /// Set: the person it was set for.
    Set { user: moves_domain::ids::UserId },
}

/// Sets the password of the link `token`'s person to `password`.
pub async fn set_password(ctx: &Ctx, token: &str, password: &str) -> Result<PasswordSet, Error> {
    let Some((link, user)) = live(ctx, token).await? else {
        return Ok(PasswordSet::Gone);
    };
    let login = user.login();
    let new = match NewPassword::parse(password, Some(login.as_str()).filter(|l| !l.is_empty())) {
        Ok(p) => p,
        Err(problem) => return Ok(PasswordSet::Refused { problem, login }),
    };
    // Hashed before the link is used: if hashing failed (or the queue was
    // full), the link still works.
    let hash = ctx
        .hashing()
        .run(move |memory| new.hash_with(memory))
        .await??;
    let now = ctx.now();
    // A password opens the whole account: every organisation's log records it.
    let memberships = ctx.store().memberships_of_user(user.id).await?;
    let audit = audit_in_every_organisation(&memberships, &password_set_audit(&link, now));
    let clear = throttle::account_keys_of(&user);
    let set = ctx
        .store()
        .change_password(&PasswordChange {
            user: user.id,
            hash: &hash,
            at: now,
            link: Some(&link.token_hash),
            clear_attempts: &clear,
            audit: &audit,
        })
        .await?;
    Ok(if set {
        PasswordSet::Set { user: user.id }
    } else {
        // Another tab or server used the link meanwhile.
        PasswordSet::Gone
    })
}

//! A signed-in person changes their own password. The current one is asked
//! for (a session left open on a shared computer must not be enough), and
//! each answer is counted before it is checked exactly as a sign-in naming
//! the person from this address is, so guesses here and at sign-in share one
//! limit. A change ends every session of the person and is audited in every
//! organisation they belong to, in one transaction.

use super::account_wide::{account_entry, audit_in_every_organisation};
use super::attempt;
use super::password::{self, NewPassword, PasswordProblem};
use super::password_check::check_password;
use super::throttle;
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::permission::Actor;
use moves_store::PasswordChange;
use std::net::IpAddr;

#[derive(Debug)]
pub enum Changed {
    /// The current password was wrong (counted).
    CurrentWrong,
    /// The new one is not one we accept.
    Refused(PasswordProblem),
    /// Changed: every session of the person has ended.
    Changed,
}

/// Changes `actor`'s password from `current` to `new`, the attempt counted
/// from `from`; [`Error::Throttled`] over a limit, [`Error::Busy`] when the
/// queue to hash is full (nothing counted).
pub async fn change_password(
    ctx: &Ctx,
    actor: &Actor,
    from: IpAddr,
    current: String,
    new: &str,
) -> Result<Changed, Error> {
    let id = actor.user.ok_or(Error::Forbidden)?;
    let user = ctx.store().user(id).await?.ok_or(Error::NotFound)?;
    let login = user.login();
    let counters = throttle::password_counters(&login, from, ctx.throttle_policy());
    attempt::refuse_if_over(ctx, &counters).await?;
    // Read now, said only after the current password is found right.
    let new = NewPassword::parse(new, Some(login.as_str()).filter(|l| !l.is_empty()));
    let plausible = current.chars().count() <= password::PASSWORD_MAX_CHARS;
    // One turn to hash for both the check and the new hash, taken before the
    // count (as at sign-in): a full queue counts nothing.
    let mut slot = ctx.hashing().enter().await?;
    let counted = attempt::count(ctx, &counters).await?;
    if !(plausible && check_password(&mut slot, Some(&user), current).await?) {
        return Ok(Changed::CurrentWrong);
    }
    counted.succeeded(ctx.store()).await?;
    let new = match new {
        Ok(p) => p,
        Err(problem) => return Ok(Changed::Refused(problem)),
    };
    let hash = slot.run(move |memory| new.hash_with(memory)).await??;
    drop(slot);
    let now = ctx.now();
    // A password opens the whole account: every organisation's log records it.
    let memberships = ctx.store().memberships_of_user(user.id).await?;
    let entry = account_entry(
        user.id,
        Some(user.id),
        AuditAction::PasswordSet,
        "changed",
        now,
    );
    let audit = audit_in_every_organisation(&memberships, &entry);
    let changed = ctx
        .store()
        .change_password(&PasswordChange {
            user: user.id,
            hash: &hash,
            at: now,
            link: None,
            clear_attempts: &[],
            audit: &audit,
        })
        .await?;
    if changed {
        Ok(Changed::Changed)
    } else {
        Err(Error::NotFound)
    }
}

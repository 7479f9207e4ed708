//! What a right password leads to for staff whose organisation asks for a
//! second factor, and the step up from a pending session to a full one once
//! it is given. Codes are counted before they are looked at, like passwords.

use super::attempt::{self, Attempt};
use super::throttle;
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::auth::mfa::{self, AfterPassword};
use moves_domain::auth::token::new_token;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::membership::Membership;
use moves_domain::session::{Session, SessionStage, hash_token};
use moves_store::AuditEntry;

/// Whether the person must give a second factor: staff in any organisation
/// (of their active memberships) that requires it.
pub async fn required(ctx: &Ctx, memberships: &[Membership]) -> Result<bool, Error> {
    let mut requiring: Vec<OrgId> = Vec::new();
    let mut seen: Vec<OrgId> = Vec::new();
    for m in memberships.iter().filter(|m| m.role.is_staff()) {
        if seen.contains(&m.org_id) {
            continue;
        }
        seen.push(m.org_id);
        if ctx.store().org_mfa_setting(m.org_id).await?.required {
            requiring.push(m.org_id);
        }
    }
    Ok(mfa::second_factor_required(memberships, |o| {
        requiring.contains(&o)
    }))
}

/// After a right password: signed in at once, or a code (or setting up a
/// factor) first.
pub(crate) async fn after_password(
    ctx: &Ctx,
    user: UserId,
    memberships: &[Membership],
) -> Result<AfterPassword, Error> {
    let required = required(ctx, memberships).await?;
    let enrolled = ctx
        .store()
        .totp_factor(user)
        .await?
        .is_some_and(|f| f.is_enrolled());
    Ok(mfa::after_password(required, enrolled))
}

/// Where a person's sign-in events are logged: the organisation they work in,
/// else the installation.
pub(crate) fn scope_of(org: Option<OrgId>) -> AuditScope {
    org.map_or(AuditScope::Installation, AuditScope::Organisation)
}

/// A fresh, full session replacing the pending one (a new id at every step
/// up), with the sign-in audited, in one transaction. Returns its token.
pub(crate) async fn step_up(ctx: &Ctx, pending: &Session, how: &str) -> Result<String, Error> {
    let now = ctx.now();
    let token = new_token()?;
    let memberships = ctx.store().memberships_of_user(pending.user_id).await?;
    let org = pending
        .org_id
        .filter(|o| memberships.iter().any(|m| m.org_id == *o))
        .or_else(|| memberships.first().map(|m| m.org_id));
    let session = Session {
        token_hash: hash_token(&token),
        user_id: pending.user_id,
        org_id: org,
        created_at: now,
        last_seen_at: now,
        stage: SessionStage::Full,
    };
    let audit = AuditEntry::new(
        scope_of(org),
        now,
        Some(pending.user_id),
        AuditAction::SignIn,
    )
    .detail(how);
    ctx.store()
        .start_session(
            &session,
            std::slice::from_ref(&pending.token_hash),
            &[audit],
        )
        .await?;
    Ok(token)
}

/// Counts a code attempt of `user` before any code is looked at;
/// [`Error::Throttled`] over the limit.
pub(crate) async fn count_code(ctx: &Ctx, user: UserId) -> Result<Attempt, Error> {
    let counters = throttle::code_counter(user, ctx.throttle_policy());
    attempt::count(ctx, &counters).await
}

/// Audits a wrong code (already counted, before it was checked).
pub(crate) async fn audit_wrong_code(
    ctx: &Ctx,
    user: UserId,
    org: Option<OrgId>,
) -> Result<(), Error> {
    ctx.store()
        .append_audit(
            &AuditEntry::new(
                scope_of(org),
                ctx.now(),
                Some(user),
                AuditAction::SignInFailed,
            )
            .detail("second_factor"),
        )
        .await?;
    Ok(())
}

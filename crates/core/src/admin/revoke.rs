//! Taking a membership away: an administrator ends one role of a person in
//! their organisation (never their own last administrator role). The change,
//! the person leaving the organisation's teams when it was their last role,
//! and its `role_changed` entry are one transaction.

use super::admin_of;
use crate::auth::invite::revoke_audit;
use crate::{Ctx, Error};
use moves_domain::auth::invite::{RevokeProblem, check_revoke};
use moves_domain::ids::MembershipId;
use moves_domain::membership::Membership;
use moves_domain::permission::{Actor, Capability};

/// What taking the role away did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoked {
    Revoked,
    /// Taken away already (another tab, another administrator): nothing
    /// written.
    Already,
}

#[derive(Debug)]
pub enum RevokeError {
    /// The administrator's own last administrator role.
    OwnLastAdmin,
    Core(Error),
}

impl From<Error> for RevokeError {
    fn from(e: Error) -> Self {
        RevokeError::Core(e)
    }
}

impl From<moves_store::StoreError> for RevokeError {
    fn from(e: moves_store::StoreError) -> Self {
        RevokeError::Core(e.into())
    }
}

/// Takes the membership `id` of `actor`'s organisation away.
pub async fn revoke(ctx: &Ctx, actor: &Actor, id: MembershipId) -> Result<Revoked, RevokeError> {
    let (org, admin) = admin_of(actor, Capability::ManageMembers)?;
    // Looked up within this organisation only: another's is not found.
    let target = ctx
        .store()
        .membership(org, id)
        .await?
        .ok_or(Error::NotFound)?;
    let own: Vec<Membership> = ctx
        .store()
        .memberships_of_user(admin)
        .await?
        .into_iter()
        .filter(|m| m.org_id == org)
        .collect();
    match check_revoke(&target, admin, &own) {
        Ok(()) => {}
        Err(RevokeProblem::OwnLastAdmin) => return Err(RevokeError::OwnLastAdmin),
        Err(RevokeProblem::AlreadyRevoked) => return Ok(Revoked::Already),
    }
    let now = ctx.now();
    let audit = revoke_audit(&target, admin, now);
    if ctx.store().revoke_membership(org, id, now, &audit).await? {
        Ok(Revoked::Revoked)
    } else {
        Ok(Revoked::Already)
    }
}

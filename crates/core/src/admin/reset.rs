//! An administrator makes a one-time link for a member of their organisation
//! to set a new password (handed over by email or by hand). A password opens
//! the whole account, so the account-wide rule applies (never someone who
//! also belongs elsewhere, administers the installation, or is the
//! administrator themselves). The link and its `password_reset_issued`
//! entry are one transaction.

use super::admin_of;
use crate::auth::reset::reset_audit;
use crate::{Ctx, Error};
use moves_domain::auth::reset::{ResetProblem, check_reset, reset_link};
use moves_domain::ids::MembershipId;
use moves_domain::permission::{Actor, Capability};
use moves_domain::user::User;

/// A link made: the token that goes in it, and for whom.
#[derive(Debug)]
pub struct ResetLink {
    pub token: String,
    pub person: User,
}

#[derive(Debug)]
pub enum ResetError {
    /// The rule of account-wide actions refuses this person.
    Refused(ResetProblem),
    Core(Error),
}

impl From<Error> for ResetError {
    fn from(e: Error) -> Self {
        ResetError::Core(e)
    }
}

impl From<moves_store::StoreError> for ResetError {
    fn from(e: moves_store::StoreError) -> Self {
        ResetError::Core(e.into())
    }
}

/// Makes a set-password link for the member whose membership of `actor`'s
/// organisation is `id` (another organisation's is not found).
pub async fn reset_password(
    ctx: &Ctx,
    actor: &Actor,
    id: MembershipId,
) -> Result<ResetLink, ResetError> {
    let (org, admin) = admin_of(actor, Capability::ManageMembers)?;
    let target = ctx
        .store()
        .membership(org, id)
        .await?
        .ok_or(Error::NotFound)?;
    let person = ctx
        .store()
        .user(target.user_id)
        .await?
        .ok_or(Error::NotFound)?;
    let theirs = ctx.store().memberships_of_user(person.id).await?;
    check_reset(&target, &person, admin, &theirs).map_err(ResetError::Refused)?;
    let now = ctx.now();
    let (token, link) = reset_link(person.id, org, now).map_err(Error::from)?;
    let audit = reset_audit(org, admin, person.id, now);
    ctx.store().issue_one_time_token(&link, &audit).await?;
    Ok(ResetLink { token, person })
}

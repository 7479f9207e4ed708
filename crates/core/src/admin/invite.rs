//! Inviting a person into the organisation with a role: by email, or by
//! username for someone without one. An invitation never sets or resets the
//! password of an account someone holds (hole 1): an existing person accepts
//! by signing in as themselves. The link and its `invite_created` entry are
//! stored in one transaction.

use super::admin_of;
use crate::auth::invite::{existing_for, invite_audit};
use crate::{Ctx, Error};
use moves_domain::auth::invite::{InvitePlan, InviteProblem, InviteRequest};
use moves_domain::permission::{Actor, Capability};
use moves_domain::user::User;

/// An invitation made: the link's secret (to email or hand over), the plan
/// as understood, and the person it is for.
#[derive(Debug)]
pub struct Invited {
    pub token: String,
    pub plan: InvitePlan,
    pub person: User,
}

#[derive(Debug)]
pub enum InviteError {
    /// What was typed: every problem, to show beside the form.
    Refused(Vec<InviteProblem>),
    Core(Error),
}

impl From<Error> for InviteError {
    fn from(e: Error) -> Self {
        InviteError::Core(e)
    }
}

impl From<moves_store::StoreError> for InviteError {
    fn from(e: moves_store::StoreError) -> Self {
        InviteError::Core(e.into())
    }
}

/// Invites the person `request` names into `actor`'s organisation.
pub async fn invite(
    ctx: &Ctx,
    actor: &Actor,
    request: &InviteRequest,
) -> Result<Invited, InviteError> {
    let (org, admin) = admin_of(actor, Capability::ManageMembers)?;
    let plan = request.parse().map_err(InviteError::Refused)?;
    let now = ctx.now();
    let store = ctx.store();
    let (existing, held_here) = existing_for(ctx, &plan.login, org).await?;
    let invitee = plan
        .person(existing, now)
        .map_err(|p| InviteError::Refused(vec![p]))?;
    if !invitee.is_new {
        plan.check_new_role(invitee.user.id, &held_here)
            .map_err(|p| InviteError::Refused(vec![p]))?;
    }
    let (token, link) = plan.link(&invitee, org, now).map_err(Error::from)?;
    // A person made here but whose link was then not stored holds nothing:
    // the next invitation finds them unclaimed and links them again.
    if invitee.is_new {
        store.create_user(&invitee.user).await?;
    }
    let audit = invite_audit(&plan, org, admin, invitee.user.id, now);
    store.issue_one_time_token(&link, &audit).await?;
    Ok(Invited {
        token,
        plan,
        person: invitee.user,
    })
}

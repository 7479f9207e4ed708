//! An administrator removes a member's lost second factor, so they set up a
//! new one at their next sign-in. The factor guards the whole account, so
//! the account-wide rule applies (never someone who also belongs to another
//! organisation, administers the installation, or is the administrator
//! themselves), and the entry goes to the log of every organisation the
//! person belongs to. Removing the factor, ending the person's sessions and
//! the entries are one transaction.

use super::admin_of;
use crate::auth::account_wide::{
    AccountWideProblem, account_entry, audit_in_every_organisation, check_account_wide,
};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::ids::UserId;
use moves_domain::permission::{Actor, Capability};

/// What the reset did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorReset {
    Reset,
    /// They had no factor to remove: nothing written.
    Nothing,
}

#[derive(Debug)]
pub enum FactorResetError {
    Refused(AccountWideProblem),
    Core(Error),
}

impl From<Error> for FactorResetError {
    fn from(e: Error) -> Self {
        FactorResetError::Core(e)
    }
}

impl From<moves_store::StoreError> for FactorResetError {
    fn from(e: moves_store::StoreError) -> Self {
        FactorResetError::Core(e.into())
    }
}

/// Removes the second factor of `person`, a member of `actor`'s organisation
/// (anyone else is not found).
pub async fn reset_second_factor(
    ctx: &Ctx,
    actor: &Actor,
    person: UserId,
) -> Result<FactorReset, FactorResetError> {
    let (org, admin) = admin_of(actor, Capability::ManageMembers)?;
    // Only a member of this organisation: anyone else, as if they did not exist.
    let theirs = ctx.store().memberships_of_user(person).await?;
    if !theirs.iter().any(|m| m.org_id == org) {
        return Err(Error::NotFound.into());
    }
    let account = ctx.store().user(person).await?.ok_or(Error::NotFound)?;
    check_account_wide(org, &account, admin, &theirs).map_err(FactorResetError::Refused)?;
    let entry = account_entry(
        person,
        Some(admin),
        AuditAction::MfaChanged,
        "reset",
        ctx.now(),
    );
    let audit = audit_in_every_organisation(&theirs, &entry);
    if ctx.store().reset_mfa(person, &audit).await? {
        Ok(FactorReset::Reset)
    } else {
        Ok(FactorReset::Nothing)
    }
}

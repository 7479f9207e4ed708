//! Whether the organisation's practitioners may invite young people and
//! parents or carers into their circles (see
//! [`moves_domain::circle::family_invite`]): off until an administrator turns
//! it on. The change and its `role_changed` entry (subject `family_invites`:
//! the setting decides who may give roles) are one transaction.

use super::{admin_of, entry};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::circle::family_invite::FamilyInviteSetting;
use moves_domain::permission::{Actor, Capability};

/// The setting in `actor`'s organisation, for its settings page.
pub async fn family_invite_setting(ctx: &Ctx, actor: &Actor) -> Result<FamilyInviteSetting, Error> {
    let (org, _) = admin_of(actor, Capability::ManageSettings)?;
    Ok(ctx.store().family_invite_setting(org).await?)
}

/// Turns it on or off in `actor`'s organisation. Leaving it as it is changes
/// and logs nothing.
pub async fn set_family_invites(ctx: &Ctx, actor: &Actor, allowed: bool) -> Result<(), Error> {
    let (org, admin) = admin_of(actor, Capability::ManageSettings)?;
    if ctx.store().family_invite_setting(org).await?.allowed == allowed {
        return Ok(());
    }
    let setting = FamilyInviteSetting::set(allowed, admin, ctx.now());
    let audit = entry(ctx, org, admin, AuditAction::RoleChanged)
        .subject("family_invites")
        .detail(setting.audit_detail());
    ctx.store()
        .set_family_invite_setting(org, &setting, &audit)
        .await?;
    Ok(())
}

//! Whether the organisation uses goals (Goal Based Outcomes) in its plans:
//! off until an administrator switches them on. The change and its
//! `plan_changed` entry (subject `goals`) are one transaction.

use super::{admin_of, entry};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::permission::{Actor, Capability};

/// Whether goals are on in `actor`'s organisation, for its settings page.
pub async fn goals_setting(ctx: &Ctx, actor: &Actor) -> Result<bool, Error> {
    let (org, _) = admin_of(actor, Capability::ManageSettings)?;
    Ok(ctx.store().goals_enabled(org).await?)
}

/// Switches goals on or off in `actor`'s organisation.
pub async fn set_goals(ctx: &Ctx, actor: &Actor, on: bool) -> Result<(), Error> {
    let (org, admin) = admin_of(actor, Capability::ManageSettings)?;
    let audit = entry(ctx, org, admin, AuditAction::PlanChanged)
        .subject("goals")
        .detail(if on { "on" } else { "off" });
    ctx.store().set_goals_enabled(org, on, &audit).await?;
    Ok(())
}

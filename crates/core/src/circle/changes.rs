//! The audit entries of changes to a circle (ids only, never names or what
//! was typed), made here so every use case of a circle words them alike.

use crate::Ctx;
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::ids::{CircleId, OrgId};
use moves_domain::permission::Actor;
use moves_store::AuditEntry;

/// The circle started, someone added or linked, closed or reopened.
pub(crate) fn circle_changed(
    ctx: &Ctx,
    actor: &Actor,
    org: OrgId,
    circle: CircleId,
    detail: &str,
) -> AuditEntry {
    entry(ctx, actor, org, circle, AuditAction::CircleChanged, detail)
}

/// Who decides changed, or an agreement recorded or ended.
pub(crate) fn sharing_changed(
    ctx: &Ctx,
    actor: &Actor,
    org: OrgId,
    circle: CircleId,
    detail: &str,
) -> AuditEntry {
    entry(ctx, actor, org, circle, AuditAction::SharingChanged, detail)
}

fn entry(
    ctx: &Ctx,
    actor: &Actor,
    org: OrgId,
    circle: CircleId,
    action: AuditAction,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org), ctx.now(), actor.user, action)
        .subject(circle.to_string())
        .detail(detail)
}

//! The audit entry of a change to a check (ids and codes only, never what
//! anyone answered), stored with the change in one transaction.

use crate::Ctx;
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::ids::{CheckId, OrgId};
use moves_domain::permission::Actor;
use moves_store::AuditEntry;

pub(crate) fn check_changed(
    ctx: &Ctx,
    actor: &Actor,
    org: OrgId,
    check: CheckId,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        ctx.now(),
        actor.user,
        AuditAction::CheckChanged,
    )
    .subject(check.to_string())
    .detail(detail)
}

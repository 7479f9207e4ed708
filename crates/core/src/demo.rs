//! The demo organisations (`moves seed-demo`): the domain's plan of them, and
//! what the audit log records of writing it.

use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::clock::Timestamp;
pub use moves_domain::demo::*;
use moves_store::AuditEntry;

/// The audit entries for what the plan writes (ids only): each organisation
/// created (detail `demo`) and each role given.
pub fn demo_audit(plan: &DemoPlan, now: Timestamp) -> Vec<AuditEntry> {
    let mut entries = Vec::new();
    for org in &plan.organisations {
        entries.push(
            AuditEntry::new(
                AuditScope::Installation,
                now,
                None,
                AuditAction::OrganisationCreated,
            )
            .subject(org.id.to_string())
            .detail("demo"),
        );
    }
    for m in &plan.memberships {
        entries.push(
            AuditEntry::new(
                AuditScope::Organisation(m.org_id),
                now,
                None,
                AuditAction::RoleChanged,
            )
            .subject(m.id.to_string())
            .detail(m.role.as_str()),
        );
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn an_empty_database_gets_an_entry_for_each_organisation_and_role() {
        let t0 = Timestamp::from_millis(1_764_000_000_000);
        let plan = DemoPlan::new(t0, &[], &HashMap::new(), &[]).unwrap();
        assert_eq!(demo_audit(&plan, t0).len(), 14);
    }
}

//! What the audit log records of the first-run setup.

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::setup::*;
use moves_store::AuditEntry;

/// In the installation's log, that setup was completed and the organisation
/// created; in the organisation's own log, that it was created and the
/// administrator given their role. Ids only.
pub fn setup_audit(plan: &SetupPlan) -> Vec<AuditEntry> {
    let at = plan.organisation.created_at;
    let actor = Some(plan.admin.id);
    let org = plan.organisation.id;
    let in_org = AuditScope::Organisation(org);
    vec![
        AuditEntry::new(
            AuditScope::Installation,
            at,
            actor,
            AuditAction::SetupCompleted,
        )
        .subject(org.to_string()),
        AuditEntry::new(
            AuditScope::Installation,
            at,
            actor,
            AuditAction::OrganisationCreated,
        )
        .subject(org.to_string()),
        AuditEntry::new(in_org, at, actor, AuditAction::OrganisationCreated)
            .subject(org.to_string()),
        AuditEntry::new(in_org, at, actor, AuditAction::RoleChanged)
            .subject(plan.membership.id.to_string())
            .detail(plan.membership.role.as_str()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::clock::Timestamp;

    #[test]
    fn the_setup_is_audited_by_ids_only() {
        let t0 = Timestamp::from_millis(1_764_000_000_000);
        let plan = SetupRequest {
            code: "abcd efgh-jkmn-pqrs".into(),
            organisation_name: "Demo Borough".into(),
            admin_name: "Siân ap Rhys".into(),
            admin_email: "sian@example.org".into(),
            password: "vivid otter canal".into(),
        }
        .parse(t0)
        .unwrap();
        let audit = setup_audit(&plan);
        assert_eq!(audit.len(), 4);
        assert!(
            audit
                .iter()
                .all(|e| e.actor == Some(plan.admin.id) && e.at == t0)
        );
        assert_eq!(audit[0].action, AuditAction::SetupCompleted);
        assert_eq!(audit[0].scope, AuditScope::Installation);
        assert_eq!(
            audit[3].scope,
            AuditScope::Organisation(plan.organisation.id)
        );
        assert!(
            audit
                .iter()
                .all(|e| !format!("{e:?}").contains("Demo Borough")),
            "ids, never names"
        );
    }
}

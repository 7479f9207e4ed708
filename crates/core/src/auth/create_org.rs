//! What the audit log records of `moves admin create-org`.

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::create_org::*;
use moves_domain::membership::Membership;
use moves_store::AuditEntry;

/// In the installation's log, that the organisation was created; in the
/// organisation's, that it was created and the administrator given their
/// role. No person did it through the web, so there is no actor. Ids only.
pub fn create_org_audit(plan: &CreateOrgPlan, membership: &Membership) -> Vec<AuditEntry> {
    let at = plan.organisation.created_at;
    let org = plan.organisation.id;
    let in_org = AuditScope::Organisation(org);
    vec![
        AuditEntry::new(
            AuditScope::Installation,
            at,
            None,
            AuditAction::OrganisationCreated,
        )
        .subject(org.to_string())
        .detail("cli"),
        AuditEntry::new(in_org, at, None, AuditAction::OrganisationCreated)
            .subject(org.to_string())
            .detail("cli"),
        AuditEntry::new(in_org, at, None, AuditAction::RoleChanged)
            .subject(membership.id.to_string())
            .detail(membership.role.as_str()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::clock::Timestamp;

    #[test]
    fn the_installation_and_the_organisation_are_told_by_ids_only() {
        let plan = CreateOrgRequest {
            name: "Northside Hub".into(),
            admin_email: "sian@example.org".into(),
            admin_name: None,
        }
        .parse(Timestamp::from_millis(1))
        .unwrap();
        let (admin, _) = plan.admin(None, Timestamp::from_millis(1)).unwrap();
        let m = plan.membership(&admin);
        let audit = create_org_audit(&plan, &m);
        let actions: Vec<_> = audit.iter().map(|e| (e.scope, e.action)).collect();
        let in_org = AuditScope::Organisation(plan.organisation.id);
        assert_eq!(
            actions,
            vec![
                (AuditScope::Installation, AuditAction::OrganisationCreated),
                (in_org, AuditAction::OrganisationCreated),
                (in_org, AuditAction::RoleChanged),
            ]
        );
        assert!(
            audit
                .iter()
                .all(|e| !format!("{e:?}").contains("Northside")
                    && !format!("{e:?}").contains("sian")),
            "ids, never names"
        );
    }
}

//! What the audit log records of the operator's commands (`moves seed-demo`,
//! `moves admin create-org`): ids only, never names. They live here, with
//! the commands that write them, because only the program (not the web
//! layer) may make an audit entry outside a use case.

use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::create_org::CreateOrgPlan;
use moves_core::clock::Timestamp;
use moves_core::demo::DemoPlan;
use moves_core::ids::{OrgId, UserId};
use moves_core::membership::{Membership, Role};
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

/// In the organisation's log, that the person holding the address was invited
/// to administer it (`create-org` for an existing account). No actor: no
/// person did it through the web.
pub fn admin_invite_audit(org: OrgId, person: UserId, at: Timestamp) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        at,
        None,
        AuditAction::InviteCreated,
    )
    .subject(person.to_string())
    .detail(Role::OrgAdmin.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_core::auth::create_org::CreateOrgRequest;
    use std::collections::HashMap;

    #[test]
    fn an_empty_database_gets_an_entry_for_each_organisation_and_role() {
        let t0 = Timestamp::from_millis(1_764_000_000_000);
        let plan = DemoPlan::new(t0, &[], &HashMap::new(), &[]).unwrap();
        assert_eq!(demo_audit(&plan, t0).len(), 14);
    }

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

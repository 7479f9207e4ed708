//! What acts on a whole account (its password, second factor, sessions) is
//! written to the log of every organisation the person belongs to, so each
//! one's administrators see it. Who may do it is the domain's rule.

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::account_wide::*;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::membership::Membership;
use moves_store::AuditEntry;

/// The same entry in the log of every organisation the person belongs to
/// (their active memberships), or in the installation's log if none.
pub(crate) fn audit_in_every_organisation(
    memberships_of_person: &[Membership],
    template: &AuditEntry,
) -> Vec<AuditEntry> {
    let mut orgs: Vec<OrgId> = memberships_of_person
        .iter()
        .filter(|m| m.is_active())
        .map(|m| m.org_id)
        .collect();
    orgs.sort();
    orgs.dedup();
    if orgs.is_empty() {
        return vec![AuditEntry {
            scope: AuditScope::Installation,
            ..template.clone()
        }];
    }
    orgs.into_iter()
        .map(|org| AuditEntry {
            id: moves_domain::ids::AuditId::new(),
            scope: AuditScope::Organisation(org),
            ..template.clone()
        })
        .collect()
}

/// An account-wide entry, before it is placed in each organisation's log.
pub(crate) fn account_entry(
    person: UserId,
    by: Option<UserId>,
    action: AuditAction,
    detail: &str,
    at: Timestamp,
) -> AuditEntry {
    AuditEntry::new(AuditScope::Installation, at, by, action)
        .subject(person.to_string())
        .detail(detail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn an_account_wide_entry_goes_to_every_organisation_once() {
        let sam = UserId::new();
        let (a, b) = (OrgId::new(), OrgId::new());
        let ms = vec![
            Membership::new(a, sam, Role::Practitioner, T0),
            Membership::new(a, sam, Role::Manager, T0),
            Membership::new(b, sam, Role::ParentCarer, T0),
        ];
        let entry = account_entry(sam, Some(sam), AuditAction::PasswordSet, "changed", T0);
        let logged = audit_in_every_organisation(&ms, &entry);
        let mut scopes: Vec<AuditScope> = logged.iter().map(|e| e.scope).collect();
        scopes.sort_by_key(|s| format!("{s:?}"));
        let mut expected = vec![AuditScope::Organisation(a), AuditScope::Organisation(b)];
        expected.sort_by_key(|s| format!("{s:?}"));
        assert_eq!(scopes, expected);
        assert_ne!(logged[0].id, logged[1].id, "each its own entry");
        assert!(logged.iter().all(|e| e.subject == Some(sam.to_string())));
        assert_eq!(
            audit_in_every_organisation(&[], &entry)[0].scope,
            AuditScope::Installation
        );
    }
}

//! What the audit log records when a one-time link set a person's password.

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::one_time::*;
use moves_domain::clock::Timestamp;
use moves_store::AuditEntry;

/// A link set its person's password: in the organisation's log if the link was
/// made for one, otherwise the installation's (the caller puts it in every
/// organisation's log the person belongs to). Ids only.
pub(crate) fn password_set_audit(link: &OneTimeToken, at: Timestamp) -> AuditEntry {
    let scope = link
        .org_id
        .map_or(AuditScope::Installation, AuditScope::Organisation);
    AuditEntry::new(scope, at, Some(link.user_id), AuditAction::PasswordSet)
        .subject(link.user_id.to_string())
        .detail(link.purpose.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::ids::{OrgId, UserId};

    #[test]
    fn the_audit_entry_holds_ids_only() {
        let t0 = Timestamp::from_millis(1_764_000_000_000);
        let org = OrgId::new();
        let (_, record) = OneTimeToken::set_password(UserId::new(), Some(org), t0).unwrap();
        let entry = password_set_audit(&record, t0);
        assert_eq!(entry.scope, AuditScope::Organisation(org));
        assert_eq!(entry.action, AuditAction::PasswordSet);
        assert_eq!(entry.actor, Some(record.user_id));
        assert_eq!(entry.detail.as_deref(), Some("set_password"));
    }
}

//! What the audit log records when an administrator makes a reset link.

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::reset::*;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_store::AuditEntry;

/// Who made a reset link for whom. Ids only.
pub(crate) fn reset_audit(org: OrgId, by: UserId, person: UserId, at: Timestamp) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        at,
        Some(by),
        AuditAction::PasswordResetIssued,
    )
    .subject(person.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_is_audited_by_ids() {
        let (org, by, sam) = (OrgId::new(), UserId::new(), UserId::new());
        let audit = reset_audit(org, by, sam, Timestamp::from_millis(1));
        assert_eq!(audit.action, AuditAction::PasswordResetIssued);
        assert_eq!(audit.actor, Some(by));
        assert_eq!(audit.subject.as_deref(), Some(sam.to_string().as_str()));
    }
}

//! The crash test's write: two audit entries in one transaction, so a test
//! that kills the server at random moments can check that every
//! acknowledged key has both and no key has just one.

use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_store::AuditEntry;

/// Writes the pair of entries for `key`, both or neither.
pub async fn probe(ctx: &Ctx, key: &str) -> Result<(), Error> {
    let now = ctx.now();
    let entry = |detail: &str| {
        AuditEntry::new(
            AuditScope::Installation,
            now,
            None,
            AuditAction::DurabilityProbe,
        )
        .subject(key)
        .detail(detail)
    };
    ctx.store()
        .append_audit_batch(&[entry("first"), entry("second")])
        .await?;
    Ok(())
}

//! The port for the audit log.

use super::StoreResult;
use crate::audit::{AuditEntry, AuditQuery};
use async_trait::async_trait;

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn append_audit(&self, entry: &AuditEntry) -> StoreResult<()>;
    /// All of them or none, in one transaction.
    async fn append_audit_batch(&self, entries: &[AuditEntry]) -> StoreResult<()>;
    async fn list_audit(&self, query: &AuditQuery) -> StoreResult<Vec<AuditEntry>>;
}

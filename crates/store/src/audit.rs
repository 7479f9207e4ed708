//! The audit log: what is written (an [`AuditEntry`], made only by the use
//! cases in `moves-core`), the filter it is read with, and the port. Every
//! entry is linked into its organisation's chain as it is written (see
//! `moves_domain::audit_chain`).

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::audit_chain::ChainReport;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{AuditId, UserId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: AuditId,
    pub scope: AuditScope,
    pub at: Timestamp,
    /// Who did it; `None` for an anonymous request (a failed sign-in).
    pub actor: Option<UserId>,
    pub action: AuditAction,
    /// The id of what was acted on (a circle, a membership), never a name.
    pub subject: Option<String>,
    /// A short machine-readable detail (a role code, a reason code).
    pub detail: Option<String>,
}

impl AuditEntry {
    pub fn new(
        scope: AuditScope,
        at: Timestamp,
        actor: Option<UserId>,
        action: AuditAction,
    ) -> Self {
        Self {
            id: AuditId::new(),
            scope,
            at,
            actor,
            action,
            subject: None,
            detail: None,
        }
    }
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

/// A filter over one scope's log, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditQuery {
    pub scope: AuditScope,
    pub action: Option<AuditAction>,
    pub actor: Option<UserId>,
    pub subject: Option<String>,
    /// Only entries older than this (for paging back).
    pub before: Option<Timestamp>,
    /// With `before`: the last entry of the page before, so that entries of
    /// the same moment are neither skipped nor shown twice (only entries
    /// after it in the log's order, newest first, by time then id).
    pub before_entry: Option<AuditId>,
    pub limit: u32,
}

impl AuditQuery {
    pub fn new(scope: AuditScope) -> Self {
        Self {
            scope,
            action: None,
            actor: None,
            subject: None,
            before: None,
            before_entry: None,
            limit: 100,
        }
    }
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn append_audit(&self, entry: &AuditEntry) -> StoreResult<()>;
    /// All of them or none, in one transaction.
    async fn append_audit_batch(&self, entries: &[AuditEntry]) -> StoreResult<()>;
    async fn list_audit(&self, query: &AuditQuery) -> StoreResult<Vec<AuditEntry>>;
    /// Links the entries written before the log was chained, oldest first,
    /// into their chains with the active key, all in one transaction: only
    /// while no chain has begun (no head, no linked entry). Afterwards an
    /// entry without a link was added behind the server's back, and must stay
    /// visible as such. How many were linked.
    async fn link_unlinked_audit(&self) -> StoreResult<u64>;
    /// Checks every chain (each organisation's, and the installation's):
    /// one report per chain, naming the first entry where it breaks.
    async fn verify_audit_chains(&self) -> StoreResult<Vec<ChainReport>>;
}

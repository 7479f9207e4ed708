//! The port for organisations' adaptations of the framework.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::ids::OrgId;

/// Organisations' adaptations of the framework (see [`moves_domain::framework::adaptation`]).
/// Append-only: every version is kept under (organisation, version), so a record
/// made with version N can always be read with version N's wording.
#[async_trait]
pub trait AdaptationStore: Send + Sync {
    /// Saves `saved` as the organisation's next version and appends `audit`, in
    /// one transaction: only if its version is one more than the latest (1 when
    /// there is none). Otherwise, or when someone saves that version at the same
    /// moment, writes nothing and answers [`SaveOutcome::Stale`](moves_domain::framework::adaptation::SaveOutcome).
    async fn save_adaptation(
        &self,
        saved: &moves_domain::framework::adaptation::SavedAdaptation,
        audit: &AuditEntry,
    ) -> StoreResult<moves_domain::framework::adaptation::SaveOutcome>;
    /// The version in force: the latest saved, if any.
    async fn latest_adaptation(
        &self,
        org: OrgId,
    ) -> StoreResult<Option<moves_domain::framework::adaptation::SavedAdaptation>>;
    /// One version, as it was saved.
    async fn adaptation_version(
        &self,
        org: OrgId,
        version: u32,
    ) -> StoreResult<Option<moves_domain::framework::adaptation::SavedAdaptation>>;
    /// Up to `limit` versions of the organisation's adaptation older than
    /// `before` (all when `None`), newest first.
    async fn adaptation_history(
        &self,
        org: OrgId,
        before: Option<u32>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::framework::adaptation::VersionSummary>>;
}

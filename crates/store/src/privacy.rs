//! The port for privacy notices.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

/// Organisations' privacy notices (see [`moves_domain::privacy`]): append-only
/// versions, and which version each person last said they had read.
#[async_trait]
pub trait PrivacyNoticeStore: Send + Sync {
    /// Saves `notice` and appends `audit` in one transaction, only if its
    /// version is one more than the latest (1 when there is none); otherwise,
    /// or when someone saves that version at the same moment, writes nothing
    /// and answers `false`.
    async fn save_privacy_notice(
        &self,
        notice: &moves_domain::privacy::PrivacyNotice,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The notice in force: the latest saved, if any.
    async fn privacy_notice(
        &self,
        org: OrgId,
    ) -> StoreResult<Option<moves_domain::privacy::PrivacyNotice>>;
    /// Records that `user` read version `version` (again is harmless).
    async fn mark_privacy_notice_read(
        &self,
        org: OrgId,
        user: UserId,
        version: u32,
        at: Timestamp,
    ) -> StoreResult<()>;
    /// The highest version `user` has said they read, if any.
    async fn privacy_notice_read(&self, org: OrgId, user: UserId) -> StoreResult<Option<u32>>;
}

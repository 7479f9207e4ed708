//! The port for sharing agreements and who decides about sharing.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use async_trait::async_trait;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Circles' sharing agreements and who decides about sharing (see
/// [`crate::circle::agreement`]). Every method names the organisation and the
/// circle; each write is made with its audit entry in one transaction.
#[async_trait]
pub trait SharingAgreementStore: Send + Sync {
    /// Records `agreement` and `audit`, unless the organisation has one with
    /// its id already (the same form sent twice): then answers false.
    async fn record_agreement(
        &self,
        agreement: &crate::circle::agreement::SharingAgreement,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The circle's agreements, the newest first, ended ones included.
    async fn agreements_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::circle::agreement::SharingAgreement>>;
    /// Ends an agreement of the circle that has not ended; false when there
    /// is no such agreement or it had ended already.
    async fn end_agreement(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        id: crate::ids::AgreementId,
        by: crate::ids::CircleMemberId,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// Makes `decider` the one who decides about sharing, if the circle is
    /// open and still at `version` (a named decider must be in the circle).
    async fn set_decider(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        version: i64,
        decider: crate::circle::SharingDecider,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Links the account `user` to the circle's focus member `member`, if
    /// the circle is open and still at `version` (raising it) and that member
    /// has no account yet (else [`VersionedWrite::Stale`]). Fails with
    /// [`StoreError::Conflict`] (nothing written) when the account is in the
    /// circle already.
    async fn link_focus_account(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        member: crate::ids::CircleMemberId,
        user: UserId,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

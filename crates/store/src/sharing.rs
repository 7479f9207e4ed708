//! The port for sharing agreements and who decides about sharing.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Circles' sharing agreements and who decides about sharing (see
/// [`moves_domain::circle::agreement`]). Every method names the organisation and the
/// circle; each write is made with its audit entry in one transaction.
#[async_trait]
pub trait SharingAgreementStore: Send + Sync {
    /// Records `agreement` and `audit`, unless the organisation has one with
    /// its id already (the same form sent twice): then answers false.
    async fn record_agreement(
        &self,
        agreement: &moves_domain::circle::agreement::SharingAgreement,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The circle's agreements, the newest first, ended ones included.
    async fn agreements_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::circle::agreement::SharingAgreement>>;
    /// The agreement `id` of the circle, if it is one of its (ended or not).
    async fn agreement(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        id: moves_domain::ids::AgreementId,
    ) -> StoreResult<Option<moves_domain::circle::agreement::SharingAgreement>>;
    /// Ends an agreement of the circle that has not ended; false when there
    /// is no such agreement or it had ended already.
    async fn end_agreement(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        id: moves_domain::ids::AgreementId,
        by: moves_domain::ids::CircleMemberId,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// Makes `decider` the one who decides about sharing, if the circle is
    /// open and still at `version` (a named decider must be in the circle).
    async fn set_decider(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        version: i64,
        decider: moves_domain::circle::SharingDecider,
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
        circle: moves_domain::ids::CircleId,
        member: moves_domain::ids::CircleMemberId,
        user: UserId,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

//! The port for circles and their members.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::ids::{OrgId, UserId};

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// A circle on a list page, with what the list shows about its members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CircleSummary {
    pub circle: moves_domain::circle::Circle,
    pub member_count: u64,
}

/// Circles and their members (see [`moves_domain::circle`]). Every method takes the
/// organisation first and finds nothing of any other. Every change is written
/// together with its audit entry, in one transaction; changes to a circle name
/// the version they were made against and raise it.
#[async_trait]
pub trait CircleStore: Send + Sync {
    /// Writes a circle, its first members and `audit` in one transaction,
    /// unless the organisation has a circle with its id already (the same
    /// form sent twice): then nothing is written and the answer is false.
    async fn create_circle(
        &self,
        circle: &moves_domain::circle::Circle,
        members: &[moves_domain::circle::CircleMember],
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    async fn circle(
        &self,
        org: OrgId,
        id: moves_domain::ids::CircleId,
    ) -> StoreResult<Option<moves_domain::circle::Circle>>;
    /// The circle's members, in the order they were added.
    async fn circle_members(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::circle::CircleMember>>;
    /// Adds `member` to its circle if the circle is still at `version`, and
    /// when `decides` names them the one who decides about sharing. Fails with
    /// [`StoreError::Conflict`] (nothing written) when their account is in the
    /// circle already.
    async fn add_circle_member(
        &self,
        member: &moves_domain::circle::CircleMember,
        version: i64,
        decides: bool,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Closes an open circle at `version` with a reflection.
    async fn close_circle(
        &self,
        org: OrgId,
        id: moves_domain::ids::CircleId,
        version: i64,
        closing: &moves_domain::circle::Closing,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Reopens a closed circle at `version`; its closing reflection is cleared.
    async fn reopen_circle(
        &self,
        org: OrgId,
        id: moves_domain::ids::CircleId,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// The circles the person is a member of, newest first, in one query.
    async fn circles_of_user(&self, org: OrgId, user: UserId) -> StoreResult<Vec<CircleSummary>>;
    /// The circles of the teams the person is in, newest first, in one query.
    async fn circles_of_teams_of_user(
        &self,
        org: OrgId,
        user: UserId,
    ) -> StoreResult<Vec<CircleSummary>>;
}

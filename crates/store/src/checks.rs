//! The port for resilience checks and their perspectives.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::OrgId;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Resilience checks (see [`moves_domain::check`]): the check with its agreed
/// version, and each person's perspective with its answers. Every method
/// takes the organisation first and finds nothing of any other. Every change
/// is written with its audit entry in one transaction; saves name the version
/// they were made from and are refused, with nothing written, when someone
/// saved since.
#[async_trait]
pub trait CheckStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] (nothing written) when the
    /// organisation has a check with that id already: the form sent twice.
    async fn create_check(
        &self,
        check: &moves_domain::check::Check,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// One check with its agreed answers.
    async fn check(
        &self,
        org: OrgId,
        id: moves_domain::ids::CheckId,
    ) -> StoreResult<Option<moves_domain::check::Check>>;
    /// The checks of a circle with their agreed answers, newest first.
    async fn checks_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::check::Check>>;
    /// Fails with [`StoreError::Conflict`] (nothing written) when its author
    /// has a perspective in the check already, or one with its id exists.
    async fn create_perspective(
        &self,
        perspective: &moves_domain::check::Perspective,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// The perspectives of one check with their answers, oldest first. Drafts
    /// included: callers filter with [`moves_domain::check::perspectives_seen_by`].
    async fn perspectives_of_check(
        &self,
        org: OrgId,
        check: moves_domain::ids::CheckId,
    ) -> StoreResult<Vec<moves_domain::check::Perspective>>;
    /// Every perspective in a circle, of every check, with its answers,
    /// oldest first (for a subject access export). Drafts included: callers
    /// filter.
    async fn perspectives_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::check::Perspective>>;
    /// The perspectives one member gave in a circle, with their answers,
    /// oldest first: one person's view over months without everyone else's
    /// answers. Drafts included: callers filter.
    async fn perspectives_by_author_in_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        author: moves_domain::ids::CircleMemberId,
    ) -> StoreResult<Vec<moves_domain::check::Perspective>>;
    /// Every perspective in a circle *without its answers*, oldest first:
    /// who gave a view in which check and with whom it is shared, for pages
    /// that count or choose views rather than read them. Drafts included.
    async fn perspective_heads_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::check::Perspective>>;
    /// Replaces the answers of one compartment of a perspective, if it is
    /// still at the version the save was made from.
    async fn save_perspective_answers(
        &self,
        org: OrgId,
        perspective: moves_domain::ids::PerspectiveId,
        save: &moves_domain::check::CompartmentSave<'_>,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Gives a perspective at `version` its audience (a draft again with
    /// [`moves_domain::circle::Audience::OnlyMe`]).
    async fn share_perspective(
        &self,
        org: OrgId,
        perspective: moves_domain::ids::PerspectiveId,
        version: i64,
        audience: moves_domain::circle::Audience,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Sets the moves a perspective at `version` goes through (a short check),
    /// or every move with `None`. Its answers are not touched.
    async fn choose_perspective_moves(
        &self,
        org: OrgId,
        perspective: moves_domain::ids::PerspectiveId,
        version: i64,
        chosen: Option<&[moves_domain::framework::MoveId]>,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Replaces the agreed answers of one compartment of a check, if it is
    /// still at the version the save was made from, and keeps each move whose
    /// answer changed (from what was agreed before to what is agreed now, by
    /// the circle member `by`) in the check's history, in the same
    /// transaction as the change and its audit entry. No perspective is
    /// touched.
    async fn save_agreed_answers(
        &self,
        org: OrgId,
        check: moves_domain::ids::CheckId,
        save: &moves_domain::check::CompartmentSave<'_>,
        by: moves_domain::ids::CircleMemberId,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// The history of a check's agreed version, newest first (the moves of
    /// one save in move order), starting after `after`, at most `limit`.
    async fn agreed_changes_of_check(
        &self,
        org: OrgId,
        check: moves_domain::ids::CheckId,
        after: Option<&moves_domain::check::AgreedChangeCursor>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::check::AgreedChange>>;
}

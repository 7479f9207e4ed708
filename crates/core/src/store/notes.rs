//! The port for circles' journals.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use crate::ids::OrgId;
use async_trait::async_trait;

/// The notes of circles' journals (see [`crate::circle::note`]). Every method
/// takes the organisation and the circle, and finds nothing of any other: a
/// note id of another circle is as unknown as a made-up one. Each write is
/// made with its audit entry, in one transaction.
#[async_trait]
pub trait NoteStore: Send + Sync {
    /// Writes `note` and `audit`, unless the organisation has a note with its
    /// id already (the same form sent twice): then nothing is written and the
    /// answer is false.
    async fn create_note(
        &self,
        note: &crate::circle::Note,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    async fn note(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        id: crate::ids::NoteId,
    ) -> StoreResult<Option<crate::circle::Note>>;
    /// The circle's notes in journal order: the day they are about, newest
    /// first, then the newest written first.
    async fn notes_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::circle::Note>>;
    /// Stores `note`'s words, date, audience and when it changed, and raises
    /// the version, if the stored note (of `note`'s circle) is still at
    /// `version`. Its byline and when it was written never change.
    async fn update_note(
        &self,
        note: &crate::circle::Note,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

//! The port for circles' journals.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::ids::OrgId;

/// The notes of circles' journals (see [`moves_domain::circle::note`]). Every method
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
        note: &moves_domain::circle::Note,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    async fn note(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        id: moves_domain::ids::NoteId,
    ) -> StoreResult<Option<moves_domain::circle::Note>>;
    /// The circle's notes in journal order: the day they are about, newest
    /// first, then the newest written first.
    async fn notes_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::circle::Note>>;
    /// At most `limit` of the circle's notes in journal order, starting just
    /// after `after` (from the newest when `None`): one page of the journal.
    async fn notes_of_circle_page(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        after: Option<moves_domain::circle::JournalCursor>,
        limit: u32,
    ) -> StoreResult<Vec<moves_domain::circle::Note>>;
    /// Stores `note`'s words, date, audience and when it changed, and raises
    /// the version, if the stored note (of `note`'s circle) is still at
    /// `version`. Its byline and when it was written never change.
    async fn update_note(
        &self,
        note: &moves_domain::circle::Note,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

//! `NoteStore`: `notes` (migrations 0010 and 0014), the circles' journals. Every
//! statement names the organisation and the circle, so a note id of another
//! circle or organisation finds nothing. Creating is idempotent on the note's
//! id (`ON CONFLICT DO NOTHING`): the same form sent twice saves once. Changes
//! are made against the version the person saw and raise it; each write is
//! made with its audit entry in one transaction.

use moves_domain::circle::{Audience, Byline, JournalDate, Note};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{CircleId, CircleMemberId, NoteId, OrgId};
use moves_store::StoreError;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub struct NoteRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub circle_id: Uuid,
    pub author_id: Uuid,
    pub entered_by_id: Option<Uuid>,
    pub audience: String,
    pub body: String,
    pub about: String,
    pub written_at: i64,
    pub changed_at: i64,
    pub shared_at: Option<i64>,
    pub version: i64,
}

impl TryFrom<NoteRow> for Note {
    type Error = StoreError;
    fn try_from(r: NoteRow) -> Result<Self, StoreError> {
        Ok(Note {
            id: NoteId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            circle_id: CircleId::from_uuid(r.circle_id),
            byline: Byline {
                author: CircleMemberId::from_uuid(r.author_id),
                entered_by: r.entered_by_id.map(CircleMemberId::from_uuid),
            },
            audience: Audience::parse(&r.audience)
                .ok_or_else(|| StoreError::Corrupt(format!("note audience: {}", r.audience)))?,
            body: r.body,
            about: JournalDate::from_stored(&r.about)
                .ok_or_else(|| StoreError::Corrupt(format!("note date: {}", r.about)))?,
            written_at: Timestamp::from_millis(r.written_at),
            changed_at: Timestamp::from_millis(r.changed_at),
            shared_at: r.shared_at.map(Timestamp::from_millis),
            version: r.version,
        })
    }
}

/// The columns a `NoteRow` is read from.
#[macro_export]
#[doc(hidden)]
macro_rules! note_columns {
    () => {
        "org_id, id, circle_id, author_id, entered_by_id, audience, body, about, written_at, \
         changed_at, shared_at, version"
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_note_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::NoteStore for $store {
            async fn create_note(
                &self,
                note: &$crate::reexport::moves_domain::circle::Note,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO notes (org_id, id, circle_id, author_id, entered_by_id, audience,
                         body, about, written_at, changed_at, version, shared_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                     ON CONFLICT (org_id, id) DO NOTHING",
                )
                .bind(note.org_id.as_uuid())
                .bind(note.id.as_uuid())
                .bind(note.circle_id.as_uuid())
                .bind(note.byline.author.as_uuid())
                .bind(note.byline.entered_by.map(|m| m.as_uuid()))
                .bind(note.audience.as_str())
                .bind(&note.body)
                .bind(note.about.as_iso())
                .bind(note.written_at.as_millis())
                .bind(note.changed_at.as_millis())
                .bind(note.version)
                .bind(note.shared_at.map(|t| t.as_millis()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn note(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                id: $crate::reexport::moves_domain::ids::NoteId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::circle::Note>,
            > {
                let row: Option<$crate::NoteRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::note_columns!(),
                    " FROM notes WHERE org_id = $1 AND circle_id = $2 AND id = $3"
                ))
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn notes_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::Note>,
            > {
                let rows: Vec<$crate::NoteRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::note_columns!(),
                    " FROM notes WHERE org_id = $1 AND circle_id = $2
                     ORDER BY about DESC, written_at DESC, id DESC"
                ))
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn notes_of_circle_page(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                after: Option<$crate::reexport::moves_domain::circle::JournalCursor>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::Note>,
            > {
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(concat!(
                    "SELECT ",
                    $crate::note_columns!(),
                    " FROM notes WHERE org_id = "
                ));
                sql.push_bind(org.as_uuid())
                    .push(" AND circle_id = ")
                    .push_bind(circle.as_uuid());
                if let Some(c) = after {
                    // Row values compare in journal order on both databases.
                    sql.push(" AND (about, written_at, id) < (")
                        .push_bind(c.about.as_iso())
                        .push(", ")
                        .push_bind(c.written_at.as_millis())
                        .push(", ")
                        .push_bind(c.id.as_uuid())
                        .push(")");
                }
                sql.push(" ORDER BY about DESC, written_at DESC, id DESC LIMIT ")
                    .push_bind(i64::from(limit));
                let rows: Vec<$crate::NoteRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn update_note(
                &self,
                note: &$crate::reexport::moves_domain::circle::Note,
                version: i64,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                use $crate::reexport::moves_store::VersionedWrite;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE notes SET audience = $5, body = $6, about = $7, changed_at = $8,
                         shared_at = $9, version = version + 1
                     WHERE org_id = $1 AND circle_id = $2 AND id = $3 AND version = $4",
                )
                .bind(note.org_id.as_uuid())
                .bind(note.circle_id.as_uuid())
                .bind(note.id.as_uuid())
                .bind(version)
                .bind(note.audience.as_str())
                .bind(&note.body)
                .bind(note.about.as_iso())
                .bind(note.changed_at.as_millis())
                .bind(note.shared_at.map(|t| t.as_millis()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(
                        &mut *tx,
                        "notes",
                        note.org_id,
                        note.circle_id,
                        note.id
                    );
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(VersionedWrite::Done)
            }
        }
    };
}

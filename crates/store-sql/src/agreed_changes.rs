//! The history of a check's agreed version (`check_agreed_changes`,
//! migration 0040): each move whose agreed answer a save changed, with who
//! saved it and when, written in the save's own transaction.

use moves_domain::check::{AgreedChange, Answer, AnswerStatus};
use moves_domain::clock::Timestamp;
use moves_domain::framework::MoveId;
use moves_domain::ids::{CheckId, CircleMemberId, OrgId};
use moves_store::StoreError;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub struct AgreedChangeRow {
    pub org_id: Uuid,
    pub check_id: Uuid,
    pub version: i64,
    pub move_id: String,
    pub changed_by: Uuid,
    pub changed_at: i64,
    pub before_status: Option<String>,
    pub before_note: Option<String>,
    pub after_status: Option<String>,
    pub after_note: Option<String>,
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// An answer kept in the history: `None` when no status was (nothing agreed).
fn kept(
    move_id: &MoveId,
    status: Option<String>,
    note: Option<String>,
) -> Result<Option<Answer>, StoreError> {
    status
        .map(|s| {
            Ok(Answer {
                move_id: move_id.clone(),
                status: AnswerStatus::parse(&s)
                    .ok_or_else(|| corrupt("agreed change status", &s))?,
                note,
            })
        })
        .transpose()
}

impl AgreedChangeRow {
    pub fn into_change(self) -> Result<AgreedChange, StoreError> {
        let move_id = MoveId::parse(&self.move_id).map_err(|e| corrupt("agreed change move", e))?;
        Ok(AgreedChange {
            org_id: OrgId::from_uuid(self.org_id),
            check_id: CheckId::from_uuid(self.check_id),
            version: self.version,
            by: CircleMemberId::from_uuid(self.changed_by),
            at: Timestamp::from_millis(self.changed_at),
            before: kept(&move_id, self.before_status, self.before_note)?,
            after: kept(&move_id, self.after_status, self.after_note)?,
            move_id,
        })
    }
}

/// Keeps, inside the transaction `$tx` of a save of `$save` (a
/// `CompartmentSave`) to check `$check` by `$by`, each move of the
/// compartment whose agreed answer the save changes: read before the answers
/// are replaced, so "before" is what was agreed at the version the save was
/// made from.
#[macro_export]
#[doc(hidden)]
macro_rules! keep_agreed_changes {
    ($tx:expr, $org:expr, $check:expr, $save:expr, $by:expr) => {{
        let rows: Vec<$crate::CheckAnswerRow> = $crate::reexport::sqlx::query_as(
            "SELECT check_id AS owner, move_id, status, note FROM check_agreed_answers
             WHERE org_id = $1 AND check_id = $2 AND compartment = $3 ORDER BY move_id",
        )
        .bind($org.as_uuid())
        .bind($check.as_uuid())
        .bind($save.compartment)
        .fetch_all(&mut *$tx)
        .await
        .map_err($crate::map_err)?;
        let before: Vec<$crate::reexport::moves_domain::check::Answer> =
            $crate::assemble_answers(rows)?;
        let before_refs: Vec<&$crate::reexport::moves_domain::check::Answer> =
            before.iter().collect();
        for (move_id, old, new) in
            $crate::reexport::moves_domain::check::agreed_changes(&before_refs, $save.answers)
        {
            $crate::reexport::sqlx::query(
                "INSERT INTO check_agreed_changes (org_id, check_id, version, move_id,
                     changed_by, changed_at, before_status, before_note, after_status, after_note)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind($org.as_uuid())
            .bind($check.as_uuid())
            .bind($save.version + 1)
            .bind(move_id.as_str())
            .bind($by.as_uuid())
            .bind($save.at.as_millis())
            .bind(old.map(|a| a.status.as_str()))
            .bind(old.and_then(|a| a.note.as_deref()))
            .bind(new.map(|a| a.status.as_str()))
            .bind(new.and_then(|a| a.note.as_deref()))
            .execute(&mut *$tx)
            .await
            .map_err($crate::map_err)?;
        }
    }};
}

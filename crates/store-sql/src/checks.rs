//! `CheckStore`: `checks`, `check_agreed_answers`, `check_perspectives` and
//! `check_answers` (migration 0011). Every statement names the organisation.
//! Saves are made against the version the person saw (`... WHERE version =
//! $n`) and raise it; a save that touches no row is stale (or about nothing),
//! and writes nothing. Each change is written with its audit entry in one
//! transaction.

use moves_domain::check::{Answer, AnswerStatus, Check, Perspective};
use moves_domain::circle::{Audience, Byline};
use moves_domain::clock::Timestamp;
use moves_domain::framework::adaptation::FrameworkVersion;
use moves_domain::framework::{FrameworkId, MoveId};
use moves_domain::ids::{CheckId, CircleId, CircleMemberId, OrgId, PerspectiveId};
use moves_store::StoreError;
use std::collections::HashMap;
use uuid::Uuid;

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

#[derive(sqlx::FromRow)]
pub struct CheckRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub circle_id: Uuid,
    pub edition: String,
    pub adaptation_version: i64,
    pub started_by: Uuid,
    pub started_at: i64,
    pub agreed_at: Option<i64>,
    pub version: i64,
}

#[derive(sqlx::FromRow)]
pub struct PerspectiveRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub check_id: Uuid,
    pub circle_id: Uuid,
    pub author_id: Uuid,
    pub entered_by: Option<Uuid>,
    pub audience: String,
    pub shared_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    pub chosen_moves: Option<String>,
}

/// An answer of a perspective or of a check's agreed version: `owner` is the
/// perspective's or the check's id.
#[derive(sqlx::FromRow)]
pub struct AnswerRow {
    pub owner: Uuid,
    pub move_id: String,
    pub status: String,
    pub note: Option<String>,
}

fn answer(r: AnswerRow) -> Result<(Uuid, Answer), StoreError> {
    let answer = Answer {
        move_id: MoveId::parse(&r.move_id).map_err(|e| corrupt("answer move", e))?,
        status: AnswerStatus::parse(&r.status)
            .ok_or_else(|| corrupt("answer status", &r.status))?,
        note: r.note,
    };
    Ok((r.owner, answer))
}

fn answers_by_owner(rows: Vec<AnswerRow>) -> Result<HashMap<Uuid, Vec<Answer>>, StoreError> {
    let mut by: HashMap<Uuid, Vec<Answer>> = HashMap::new();
    for r in rows {
        let (owner, answer) = answer(r)?;
        by.entry(owner).or_default().push(answer);
    }
    Ok(by)
}

/// The answers of `rows`, in their order, whoever owns them.
pub fn assemble_answers(rows: Vec<AnswerRow>) -> Result<Vec<Answer>, StoreError> {
    rows.into_iter().map(|r| Ok(answer(r)?.1)).collect()
}

/// Checks with their agreed answers, in the order of `rows`.
pub fn assemble_checks(
    rows: Vec<CheckRow>,
    answers: Vec<AnswerRow>,
) -> Result<Vec<Check>, StoreError> {
    let mut answers = answers_by_owner(answers)?;
    rows.into_iter()
        .map(|r| {
            Ok(Check {
                org_id: OrgId::from_uuid(r.org_id),
                id: CheckId::from_uuid(r.id),
                circle_id: CircleId::from_uuid(r.circle_id),
                framework: FrameworkVersion {
                    edition: FrameworkId::parse(&r.edition)
                        .map_err(|e| corrupt("check edition", e))?,
                    adaptation_version: u32::try_from(r.adaptation_version)
                        .map_err(|e| corrupt("check adaptation version", e))?,
                },
                started_by: CircleMemberId::from_uuid(r.started_by),
                started_at: Timestamp::from_millis(r.started_at),
                version: r.version,
                agreed: answers.remove(&r.id).unwrap_or_default(),
                agreed_at: r.agreed_at.map(Timestamp::from_millis),
            })
        })
        .collect()
}

/// Perspectives with their answers, in the order of `rows`.
pub fn assemble_perspectives(
    rows: Vec<PerspectiveRow>,
    answers: Vec<AnswerRow>,
) -> Result<Vec<Perspective>, StoreError> {
    let mut answers = answers_by_owner(answers)?;
    rows.into_iter()
        .map(|r| {
            Ok(Perspective {
                org_id: OrgId::from_uuid(r.org_id),
                id: PerspectiveId::from_uuid(r.id),
                check_id: CheckId::from_uuid(r.check_id),
                circle_id: CircleId::from_uuid(r.circle_id),
                byline: Byline {
                    author: CircleMemberId::from_uuid(r.author_id),
                    entered_by: r.entered_by.map(CircleMemberId::from_uuid),
                },
                audience: Audience::parse(&r.audience)
                    .ok_or_else(|| corrupt("perspective audience", &r.audience))?,
                shared_at: r.shared_at.map(Timestamp::from_millis),
                created_at: Timestamp::from_millis(r.created_at),
                updated_at: Timestamp::from_millis(r.updated_at),
                version: r.version,
                answers: answers.remove(&r.id).unwrap_or_default(),
                chosen: r
                    .chosen_moves
                    .as_deref()
                    .map(read_chosen_moves)
                    .transpose()?,
            })
        })
        .collect()
}

/// The moves of a short check as stored: ids joined by commas (an id never
/// holds one).
pub fn chosen_moves_column(chosen: Option<&[MoveId]>) -> Option<String> {
    chosen.map(|ids| ids.iter().map(MoveId::as_str).collect::<Vec<_>>().join(","))
}

fn read_chosen_moves(text: &str) -> Result<Vec<MoveId>, StoreError> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| MoveId::parse(s).map_err(|e| corrupt("chosen move", e)))
        .collect()
}

#[macro_export]
#[doc(hidden)]
macro_rules! check_columns {
    () => {
        "k.org_id, k.id, k.circle_id, k.edition, k.adaptation_version, k.started_by, \
         k.started_at, k.agreed_at, k.version"
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! perspective_columns {
    () => {
        "p.org_id, p.id, p.check_id, p.circle_id, p.author_id, p.entered_by, p.audience, \
         p.shared_at, p.created_at, p.updated_at, p.version, p.chosen_moves"
    };
}

/// The perspectives `$filter` picks (a condition on `p`, the binds in
/// order), oldest first, with their answers: two reads whatever their number.
/// `without answers, ...`: the first read only (the answers left empty).
#[macro_export]
#[doc(hidden)]
macro_rules! select_perspectives {
    (@rows $pool:expr, $filter:literal, $($bind:expr),+) => {{
        let rows: Vec<$crate::PerspectiveRow> = $crate::reexport::sqlx::query_as(concat!(
            "SELECT ",
            $crate::perspective_columns!(),
            " FROM check_perspectives p WHERE ",
            $filter,
            " ORDER BY p.created_at, p.id"
        ))
        $(.bind($bind))+
        .fetch_all($pool)
        .await
        .map_err($crate::map_err)?;
        rows
    }};
    (without answers, $pool:expr, $filter:literal, $($bind:expr),+ $(,)?) => {{
        let rows = $crate::select_perspectives!(@rows $pool, $filter, $($bind),+);
        $crate::assemble_perspectives(rows, Vec::new())
    }};
    ($pool:expr, $filter:literal, $($bind:expr),+ $(,)?) => {{
        let rows = $crate::select_perspectives!(@rows $pool, $filter, $($bind),+);
        let answers: Vec<$crate::CheckAnswerRow> = $crate::reexport::sqlx::query_as(concat!(
            "SELECT a.perspective_id AS owner, a.move_id, a.status, a.note
             FROM check_answers a JOIN check_perspectives p
               ON p.org_id = a.org_id AND p.id = a.perspective_id
             WHERE ",
            $filter,
            " ORDER BY a.move_id"
        ))
        $(.bind($bind))+
        .fetch_all($pool)
        .await
        .map_err($crate::map_err)?;
        $crate::assemble_perspectives(rows, answers)
    }};
}

/// Replaces the answers of one compartment in `$table`, whose owner column
/// is `$owner_col`, inside a transaction.
#[macro_export]
#[doc(hidden)]
macro_rules! replace_answers {
    ($tx:expr, $table:literal, $owner_col:literal, $org:expr, $owner:expr, $save:expr) => {{
        $crate::reexport::sqlx::query(concat!(
            "DELETE FROM ",
            $table,
            " WHERE org_id = $1 AND ",
            $owner_col,
            " = $2 AND compartment = $3"
        ))
        .bind($org.as_uuid())
        .bind($owner)
        .bind($save.compartment)
        .execute(&mut *$tx)
        .await
        .map_err($crate::map_err)?;
        for a in $save.answers {
            $crate::reexport::sqlx::query(concat!(
                "INSERT INTO ",
                $table,
                " (org_id, ",
                $owner_col,
                ", move_id, compartment, status, note) VALUES ($1, $2, $3, $4, $5, $6)"
            ))
            .bind($org.as_uuid())
            .bind($owner)
            .bind(a.move_id.as_str())
            .bind(a.compartment())
            .bind(a.status.as_str())
            .bind(a.note.as_deref())
            .execute(&mut *$tx)
            .await
            .map_err($crate::map_err)?;
        }
    }};
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_check_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::CheckStore for $store {
            async fn create_check(
                &self,
                check: &$crate::reexport::moves_domain::check::Check,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO checks (org_id, id, circle_id, edition, adaptation_version,
                         started_by, started_at, agreed_at, version)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(check.org_id.as_uuid())
                .bind(check.id.as_uuid())
                .bind(check.circle_id.as_uuid())
                .bind(check.framework.edition.as_str())
                .bind(i64::from(check.framework.adaptation_version))
                .bind(check.started_by.as_uuid())
                .bind(check.started_at.as_millis())
                .bind(check.agreed_at.map(|t| t.as_millis()))
                .bind(check.version)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn check(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::CheckId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::check::Check>,
            > {
                let rows: Vec<$crate::CheckRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::check_columns!(),
                    " FROM checks k WHERE k.org_id = $1 AND k.id = $2"
                ))
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                let answers: Vec<$crate::CheckAnswerRow> = $crate::reexport::sqlx::query_as(
                    "SELECT check_id AS owner, move_id, status, note FROM check_agreed_answers
                     WHERE org_id = $1 AND check_id = $2 ORDER BY move_id",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok($crate::assemble_checks(rows, answers)?.into_iter().next())
            }

            async fn checks_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Check>,
            > {
                let rows: Vec<$crate::CheckRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::check_columns!(),
                    " FROM checks k WHERE k.org_id = $1 AND k.circle_id = $2
                      ORDER BY k.started_at DESC, k.id DESC"
                ))
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                let answers: Vec<$crate::CheckAnswerRow> = $crate::reexport::sqlx::query_as(
                    "SELECT a.check_id AS owner, a.move_id, a.status, a.note
                     FROM check_agreed_answers a JOIN checks k
                       ON k.org_id = a.org_id AND k.id = a.check_id
                     WHERE a.org_id = $1 AND k.circle_id = $2 ORDER BY a.move_id",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                $crate::assemble_checks(rows, answers)
            }

            async fn create_perspective(
                &self,
                p: &$crate::reexport::moves_domain::check::Perspective,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO check_perspectives (org_id, id, check_id, circle_id, author_id,
                         entered_by, audience, shared_at, created_at, updated_at, version,
                         chosen_moves)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(p.org_id.as_uuid())
                .bind(p.id.as_uuid())
                .bind(p.check_id.as_uuid())
                .bind(p.circle_id.as_uuid())
                .bind(p.byline.author.as_uuid())
                .bind(p.byline.entered_by.map(|m| m.as_uuid()))
                .bind(p.audience.as_str())
                .bind(p.shared_at.map(|t| t.as_millis()))
                .bind(p.created_at.as_millis())
                .bind(p.updated_at.as_millis())
                .bind(p.version)
                .bind($crate::chosen_moves_column(p.chosen.as_deref()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                for a in &p.answers {
                    $crate::reexport::sqlx::query(
                        "INSERT INTO check_answers
                             (org_id, perspective_id, move_id, compartment, status, note)
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(p.org_id.as_uuid())
                    .bind(p.id.as_uuid())
                    .bind(a.move_id.as_str())
                    .bind(a.compartment())
                    .bind(a.status.as_str())
                    .bind(a.note.as_deref())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                }
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn perspectives_of_check(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                check: $crate::reexport::moves_domain::ids::CheckId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Perspective>,
            > {
                $crate::select_perspectives!(
                    self.reader(),
                    "p.org_id = $1 AND p.check_id = $2",
                    org.as_uuid(),
                    check.as_uuid()
                )
            }

            async fn perspectives_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Perspective>,
            > {
                $crate::select_perspectives!(
                    self.reader(),
                    "p.org_id = $1 AND p.circle_id = $2",
                    org.as_uuid(),
                    circle.as_uuid()
                )
            }

            async fn perspectives_by_author_in_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                author: $crate::reexport::moves_domain::ids::CircleMemberId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Perspective>,
            > {
                $crate::select_perspectives!(
                    self.reader(),
                    "p.org_id = $1 AND p.circle_id = $2 AND p.author_id = $3",
                    org.as_uuid(),
                    circle.as_uuid(),
                    author.as_uuid()
                )
            }

            async fn perspective_heads_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::Perspective>,
            > {
                $crate::select_perspectives!(
                    without answers,
                    self.reader(),
                    "p.org_id = $1 AND p.circle_id = $2",
                    org.as_uuid(),
                    circle.as_uuid()
                )
            }

            async fn save_perspective_answers(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                perspective: $crate::reexport::moves_domain::ids::PerspectiveId,
                save: &$crate::reexport::moves_domain::check::CompartmentSave<'_>,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let bumped = $crate::reexport::sqlx::query(
                    "UPDATE check_perspectives SET version = version + 1, updated_at = $4
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(org.as_uuid())
                .bind(perspective.as_uuid())
                .bind(save.version)
                .bind(save.at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if bumped.rows_affected() == 0 {
                    return $crate::stale_or_missing!(
                        &mut *tx,
                        "check_perspectives",
                        org,
                        perspective
                    );
                }
                $crate::replace_answers!(
                    tx,
                    "check_answers",
                    "perspective_id",
                    org,
                    perspective.as_uuid(),
                    save
                );
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn share_perspective(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                perspective: $crate::reexport::moves_domain::ids::PerspectiveId,
                version: i64,
                audience: $crate::reexport::moves_domain::circle::Audience,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let shared_at = (audience
                    != $crate::reexport::moves_domain::circle::Audience::OnlyMe)
                    .then(|| at.as_millis());
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE check_perspectives SET version = version + 1, audience = $4,
                         shared_at = $5, updated_at = $6
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(org.as_uuid())
                .bind(perspective.as_uuid())
                .bind(version)
                .bind(audience.as_str())
                .bind(shared_at)
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(
                        &mut *tx,
                        "check_perspectives",
                        org,
                        perspective
                    );
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn choose_perspective_moves(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                perspective: $crate::reexport::moves_domain::ids::PerspectiveId,
                version: i64,
                chosen: Option<&[$crate::reexport::moves_domain::framework::MoveId]>,
                at: $crate::reexport::moves_domain::clock::Timestamp,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE check_perspectives SET version = version + 1, chosen_moves = $4,
                         updated_at = $5
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(org.as_uuid())
                .bind(perspective.as_uuid())
                .bind(version)
                .bind($crate::chosen_moves_column(chosen))
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(
                        &mut *tx,
                        "check_perspectives",
                        org,
                        perspective
                    );
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn save_agreed_answers(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                check: $crate::reexport::moves_domain::ids::CheckId,
                save: &$crate::reexport::moves_domain::check::CompartmentSave<'_>,
                by: $crate::reexport::moves_domain::ids::CircleMemberId,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let bumped = $crate::reexport::sqlx::query(
                    "UPDATE checks SET version = version + 1, agreed_at = $4
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(org.as_uuid())
                .bind(check.as_uuid())
                .bind(save.version)
                .bind(save.at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if bumped.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "checks", org, check);
                }
                $crate::keep_agreed_changes!(tx, org, check, save, by);
                $crate::replace_answers!(
                    tx,
                    "check_agreed_answers",
                    "check_id",
                    org,
                    check.as_uuid(),
                    save
                );
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn agreed_changes_of_check(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                check: $crate::reexport::moves_domain::ids::CheckId,
                after: Option<&$crate::reexport::moves_domain::check::AgreedChangeCursor>,
                limit: u32,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::check::AgreedChange>,
            > {
                // Without a cursor, from before any version there can be.
                let (version, move_id) =
                    after.map_or((i64::MAX, ""), |c| (c.version, c.move_id.as_str()));
                let rows: Vec<$crate::AgreedChangeRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, check_id, version, move_id, changed_by, changed_at,
                            before_status, before_note, after_status, after_note
                     FROM check_agreed_changes
                     WHERE org_id = $1 AND check_id = $2
                       AND (version < $3 OR (version = $3 AND move_id > $4))
                     ORDER BY version DESC, move_id
                     LIMIT $5",
                )
                .bind(org.as_uuid())
                .bind(check.as_uuid())
                .bind(version)
                .bind(move_id)
                .bind(i64::from(limit))
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter()
                    .map($crate::AgreedChangeRow::into_change)
                    .collect()
            }
        }
    };
}

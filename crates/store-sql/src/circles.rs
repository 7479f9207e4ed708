//! `CircleStore`: `circles` and `circle_members` (migration 0008). Every
//! statement names the organisation, so another organisation's circle id finds
//! nothing. Changes to a circle are made against the version the person saw
//! (`... WHERE version = $n`) and raise it; each is written with its audit
//! entry in one transaction.

/// The columns a `CircleRow` is read from, for a circle aliased `c`.
#[macro_export]
#[doc(hidden)]
macro_rules! circle_columns {
    () => {
        "c.org_id, c.id, c.focus_name, c.birth_date, c.age_band, c.pronouns, c.languages, \
         c.protected_identity, c.team_id, c.closed_at, c.closed_by, c.closing_reflection, \
         c.decider_member_id, c.created_by, c.created_at, c.version"
    };
}

/// A circle row with how many members it has, in one statement: a list page
/// is one query however many circles it shows.
#[macro_export]
#[doc(hidden)]
macro_rules! circle_summary_select {
    () => {
        concat!(
            "SELECT ",
            $crate::circle_columns!(),
            ", (SELECT COUNT(*) FROM circle_members cm
                WHERE cm.org_id = c.org_id AND cm.circle_id = c.id) AS member_count
             FROM circles c "
        )
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! insert_circle_member {
    ($executor:expr, $m:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO circle_members
                 (org_id, id, circle_id, user_id, display_name, relationship, role, added_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind($m.org_id.as_uuid())
        .bind($m.id.as_uuid())
        .bind($m.circle_id.as_uuid())
        .bind($m.user_id.map(|u| u.as_uuid()))
        .bind(&$m.display_name)
        .bind($m.relationship.as_deref())
        .bind($m.role.as_str())
        .bind($m.added_at.as_millis())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_circle_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::CircleStore for $store {
            async fn create_circle(
                &self,
                circle: &$crate::reexport::moves_domain::circle::Circle,
                members: &[$crate::reexport::moves_domain::circle::CircleMember],
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                use $crate::reexport::moves_domain::circle::{Birth, CircleStatus, SharingDecider};
                let (birth_date, age_band) = match circle.birth {
                    None => (None, None),
                    Some(Birth::Date(d)) => (Some(d.as_iso()), None),
                    Some(Birth::Band(b)) => (None, Some(b.as_str())),
                };
                let (closed_at, closed_by, reflection) = match &circle.status {
                    CircleStatus::Open => (None, None, None),
                    CircleStatus::Closed { at, by, reflection } => {
                        (Some(at.as_millis()), Some(by.as_uuid()), Some(reflection.as_str()))
                    }
                };
                let decider = match circle.decider {
                    SharingDecider::YoungPerson => None,
                    SharingDecider::Member(m) => Some(m.as_uuid()),
                };
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO circles (org_id, id, focus_name, birth_date, age_band, pronouns,
                         languages, protected_identity, team_id, closed_at, closed_by,
                         closing_reflection, decider_member_id, created_by, created_at, version)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                     ON CONFLICT (org_id, id) DO NOTHING",
                )
                .bind(circle.org_id.as_uuid())
                .bind(circle.id.as_uuid())
                .bind(&circle.focus_name)
                .bind(birth_date)
                .bind(age_band)
                .bind(circle.pronouns.as_deref())
                .bind(circle.languages.as_deref())
                .bind(circle.protected_identity)
                .bind(circle.team_id.map(|t| t.as_uuid()))
                .bind(closed_at)
                .bind(closed_by)
                .bind(reflection)
                .bind(decider)
                .bind(circle.created_by.as_uuid())
                .bind(circle.created_at.as_millis())
                .bind(circle.version)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                for m in members {
                    $crate::insert_circle_member!(&mut *tx, m)?;
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::circle::Circle>,
            > {
                let row: Option<$crate::CircleRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::circle_columns!(),
                    " FROM circles c WHERE c.org_id = $1 AND c.id = $2"
                ))
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn circle_members(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::CircleMember>,
            > {
                let rows: Vec<$crate::CircleMemberRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, circle_id, user_id, display_name, relationship, role, added_at
                     FROM circle_members WHERE org_id = $1 AND circle_id = $2
                     ORDER BY added_at, id",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn add_circle_member(
                &self,
                member: &$crate::reexport::moves_domain::circle::CircleMember,
                version: i64,
                decides: bool,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let decider = decides.then(|| member.id.as_uuid());
                let bumped = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1,
                         decider_member_id = COALESCE($4, decider_member_id)
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(member.org_id.as_uuid())
                .bind(member.circle_id.as_uuid())
                .bind(version)
                .bind(decider)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if bumped.rows_affected() == 0 {
                    return $crate::stale_or_missing!(
                        &mut *tx,
                        "circles",
                        member.org_id,
                        member.circle_id
                    );
                }
                $crate::insert_circle_member!(&mut *tx, member)?;
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn close_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::CircleId,
                version: i64,
                closing: &$crate::reexport::moves_domain::circle::Closing,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1, closed_at = $4, closed_by = $5,
                         closing_reflection = $6
                     WHERE org_id = $1 AND id = $2 AND version = $3 AND closed_at IS NULL",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .bind(version)
                .bind(closing.at.as_millis())
                .bind(closing.by.as_uuid())
                .bind(&closing.reflection)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "circles", org, id);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn reopen_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                id: $crate::reexport::moves_domain::ids::CircleId,
                version: i64,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1, closed_at = NULL, closed_by = NULL,
                         closing_reflection = NULL
                     WHERE org_id = $1 AND id = $2 AND version = $3 AND closed_at IS NOT NULL",
                )
                .bind(org.as_uuid())
                .bind(id.as_uuid())
                .bind(version)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "circles", org, id);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn circles_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::CircleSummary>,
            > {
                let rows: Vec<$crate::CircleSummaryRow> = $crate::reexport::sqlx::query_as(concat!(
                    $crate::circle_summary_select!(),
                    "WHERE c.org_id = $1 AND EXISTS (
                         SELECT 1 FROM circle_members me
                         WHERE me.org_id = c.org_id AND me.circle_id = c.id AND me.user_id = $2)
                     ORDER BY c.created_at DESC, c.id DESC"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn circles_of_teams_of_user(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                user: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::CircleSummary>,
            > {
                let rows: Vec<$crate::CircleSummaryRow> = $crate::reexport::sqlx::query_as(concat!(
                    $crate::circle_summary_select!(),
                    "WHERE c.org_id = $1 AND EXISTS (
                         SELECT 1 FROM team_members tm
                         WHERE tm.org_id = c.org_id AND tm.team_id = c.team_id AND tm.user_id = $2)
                     ORDER BY c.created_at DESC, c.id DESC"
                ))
                .bind(org.as_uuid())
                .bind(user.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}

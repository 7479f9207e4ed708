//! `SharingAgreementStore`: `sharing_agreements` (migration 0015), the
//! circle's decider, and linking the young person's account to the focus
//! member (so they can decide). Agreements are never rewritten, only ended; recording is
//! idempotent on the agreement's id (the same form sent twice records once).

use moves_domain::circle::agreement::SharingAgreement;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{AgreementId, CircleId, CircleMemberId, OrgId};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub struct AgreementRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub circle_id: Uuid,
    pub decided_by: Uuid,
    pub what: String,
    pub with_whom: String,
    pub recorded_by: Uuid,
    pub recorded_at: i64,
    pub ended_by: Option<Uuid>,
    pub ended_at: Option<i64>,
}

impl From<AgreementRow> for SharingAgreement {
    fn from(r: AgreementRow) -> Self {
        SharingAgreement {
            id: AgreementId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            circle_id: CircleId::from_uuid(r.circle_id),
            decided_by: CircleMemberId::from_uuid(r.decided_by),
            what: r.what,
            with_whom: r.with_whom,
            recorded_by: CircleMemberId::from_uuid(r.recorded_by),
            recorded_at: Timestamp::from_millis(r.recorded_at),
            ended: r
                .ended_by
                .zip(r.ended_at)
                .map(|(by, at)| (CircleMemberId::from_uuid(by), Timestamp::from_millis(at))),
        }
    }
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_sharing_agreement_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::SharingAgreementStore for $store {
            async fn record_agreement(
                &self,
                a: &$crate::reexport::moves_domain::circle::agreement::SharingAgreement,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "INSERT INTO sharing_agreements
                         (org_id, id, circle_id, decided_by, what, with_whom, recorded_by, recorded_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                     ON CONFLICT (org_id, id) DO NOTHING",
                )
                .bind(a.org_id.as_uuid())
                .bind(a.id.as_uuid())
                .bind(a.circle_id.as_uuid())
                .bind(a.decided_by.as_uuid())
                .bind(&a.what)
                .bind(&a.with_whom)
                .bind(a.recorded_by.as_uuid())
                .bind(a.recorded_at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn agreements_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::circle::agreement::SharingAgreement>,
            > {
                let rows: Vec<$crate::AgreementRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, circle_id, decided_by, what, with_whom, recorded_by,
                            recorded_at, ended_by, ended_at
                     FROM sharing_agreements WHERE org_id = $1 AND circle_id = $2
                     ORDER BY recorded_at DESC, id DESC",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn agreement(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                id: $crate::reexport::moves_domain::ids::AgreementId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::circle::agreement::SharingAgreement>,
            > {
                let row: Option<$crate::AgreementRow> = $crate::reexport::sqlx::query_as(
                    "SELECT org_id, id, circle_id, decided_by, what, with_whom, recorded_by,
                            recorded_at, ended_by, ended_at
                     FROM sharing_agreements WHERE org_id = $1 AND circle_id = $2 AND id = $3",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into))
            }

            async fn end_agreement(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                id: $crate::reexport::moves_domain::ids::AgreementId,
                by: $crate::reexport::moves_domain::ids::CircleMemberId,
                at: $crate::reexport::moves_domain::Timestamp,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE sharing_agreements SET ended_by = $4, ended_at = $5
                     WHERE org_id = $1 AND circle_id = $2 AND id = $3 AND ended_at IS NULL",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(id.as_uuid())
                .bind(by.as_uuid())
                .bind(at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(true)
            }

            async fn set_decider(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                version: i64,
                decider: $crate::reexport::moves_domain::circle::SharingDecider,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                use $crate::reexport::moves_domain::circle::SharingDecider;
                let member = match decider {
                    SharingDecider::YoungPerson => None,
                    SharingDecider::Member(m) => Some(m.as_uuid()),
                };
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1, decider_member_id = $4
                     WHERE org_id = $1 AND id = $2 AND version = $3 AND closed_at IS NULL
                       AND ($4 IS NULL OR EXISTS (SELECT 1 FROM circle_members cm
                            WHERE cm.org_id = $1 AND cm.circle_id = $2 AND cm.id = $4))",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(version)
                .bind(member)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "circles", org, circle);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }

            async fn link_focus_account(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                member: $crate::reexport::moves_domain::ids::CircleMemberId,
                user: $crate::reexport::moves_domain::ids::UserId,
                version: i64,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let raised = $crate::reexport::sqlx::query(
                    "UPDATE circles SET version = version + 1
                     WHERE org_id = $1 AND id = $2 AND version = $3 AND closed_at IS NULL",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(version)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if raised.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "circles", org, circle);
                }
                // The account is in the circle at most once (a unique key):
                // linking one that is answers Conflict and nothing is written.
                let linked = $crate::reexport::sqlx::query(
                    "UPDATE circle_members SET user_id = $4
                     WHERE org_id = $1 AND circle_id = $2 AND id = $3
                       AND role = 'focus_person' AND user_id IS NULL",
                )
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(member.as_uuid())
                .bind(user.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if linked.rows_affected() == 0 {
                    // Not a focus member without an account (any more): the
                    // version raised above is rolled back with the rest.
                    return Ok($crate::reexport::moves_store::VersionedWrite::Stale);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok($crate::reexport::moves_store::VersionedWrite::Done)
            }
        }
    };
}

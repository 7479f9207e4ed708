//! `PlanStore`: `plans` and `plan_settings` (migrations 0012, and 0018 for
//! who changed a plan last). Every statement
//! names the organisation. A plan is saved whole against the version it was
//! read at (`... WHERE version = $n`), raising it, with its audit entry in one
//! transaction.

use moves_domain::circle::{Audience, Byline};
use moves_domain::clock::Timestamp;
use moves_domain::framework::{FrameworkId, FrameworkVersion};
use moves_domain::ids::{CircleId, CircleMemberId, OrgId, PlanId};
use moves_domain::plan::{Day, Plan, PlanBody};
use moves_store::StoreError;
use uuid::Uuid;

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// The columns a `PlanRow` is read from.
#[macro_export]
#[doc(hidden)]
macro_rules! plan_columns {
    () => {
        "p.org_id, p.id, p.circle_id, p.framework_id, p.adaptation_version, p.audience, \
         p.author_id, p.entered_by, p.review_due, p.closed, p.body, p.created_at, \
         p.updated_at, p.updated_by, p.version"
    };
}

#[derive(sqlx::FromRow)]
pub struct PlanRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub circle_id: Uuid,
    pub framework_id: String,
    pub adaptation_version: i64,
    pub audience: String,
    pub author_id: Uuid,
    pub entered_by: Option<Uuid>,
    pub review_due: String,
    pub closed: bool,
    pub body: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_by: Option<Uuid>,
    pub version: i64,
}

impl TryFrom<PlanRow> for Plan {
    type Error = StoreError;
    fn try_from(r: PlanRow) -> Result<Self, StoreError> {
        Ok(Plan {
            id: PlanId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            circle_id: CircleId::from_uuid(r.circle_id),
            framework: FrameworkVersion {
                edition: FrameworkId::parse(&r.framework_id)
                    .map_err(|e| corrupt("plan framework", e))?,
                adaptation_version: u32::try_from(r.adaptation_version)
                    .map_err(|e| corrupt("plan adaptation version", e))?,
            },
            audience: Audience::parse(&r.audience)
                .ok_or_else(|| corrupt("plan audience", &r.audience))?,
            byline: Byline {
                author: CircleMemberId::from_uuid(r.author_id),
                entered_by: r.entered_by.map(CircleMemberId::from_uuid),
            },
            body: PlanBody::from_json(&r.body).map_err(|e| corrupt("plan body", e))?,
            review_due: Day::from_iso(&r.review_due)
                .ok_or_else(|| corrupt("plan review date", &r.review_due))?,
            closed: r.closed,
            created_at: Timestamp::from_millis(r.created_at),
            updated_at: Timestamp::from_millis(r.updated_at),
            updated_by: r.updated_by.map(CircleMemberId::from_uuid),
            version: r.version,
        })
    }
}

/// The body as stored; a body that cannot be written is a bug, not bad input.
pub fn plan_body(plan: &Plan) -> Result<String, StoreError> {
    plan.body.to_json().map_err(|e| corrupt("plan body", e))
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_plan_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::PlanStore for $store {
            async fn create_plan(
                &self,
                plan: &$crate::reexport::moves_domain::plan::Plan,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let body = $crate::plan_body(plan)?;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO plans (org_id, id, circle_id, framework_id, adaptation_version,
                         audience, author_id, entered_by, review_due, closed, body, created_at,
                         updated_at, updated_by, version)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
                )
                .bind(plan.org_id.as_uuid())
                .bind(plan.id.as_uuid())
                .bind(plan.circle_id.as_uuid())
                .bind(plan.framework.edition.as_str())
                .bind(i64::from(plan.framework.adaptation_version))
                .bind(plan.audience.as_str())
                .bind(plan.byline.author.as_uuid())
                .bind(plan.byline.entered_by.map(|m| m.as_uuid()))
                .bind(plan.review_due.as_iso())
                .bind(plan.closed)
                .bind(&body)
                .bind(plan.created_at.as_millis())
                .bind(plan.updated_at.as_millis())
                .bind(plan.updated_by.map(|m| m.as_uuid()))
                .bind(plan.version)
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }

            async fn plan(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
                id: $crate::reexport::moves_domain::ids::PlanId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::plan::Plan>,
            > {
                let row: Option<$crate::PlanRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::plan_columns!(),
                    " FROM plans p WHERE p.org_id = $1 AND p.circle_id = $2 AND p.id = $3"
                ))
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn plans_of_circle(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                circle: $crate::reexport::moves_domain::ids::CircleId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::plan::Plan>,
            > {
                let rows: Vec<$crate::PlanRow> = $crate::reexport::sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::plan_columns!(),
                    " FROM plans p WHERE p.org_id = $1 AND p.circle_id = $2
                     ORDER BY p.created_at DESC, p.id DESC"
                ))
                .bind(org.as_uuid())
                .bind(circle.as_uuid())
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn save_plan(
                &self,
                plan: &$crate::reexport::moves_domain::plan::Plan,
                version: i64,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<
                $crate::reexport::moves_store::VersionedWrite,
            > {
                use $crate::reexport::moves_store::VersionedWrite;
                let body = $crate::plan_body(plan)?;
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE plans SET version = version + 1, body = $4, review_due = $5,
                         closed = $6, updated_at = $7, updated_by = $8
                     WHERE org_id = $1 AND id = $2 AND version = $3",
                )
                .bind(plan.org_id.as_uuid())
                .bind(plan.id.as_uuid())
                .bind(version)
                .bind(&body)
                .bind(plan.review_due.as_iso())
                .bind(plan.closed)
                .bind(plan.updated_at.as_millis())
                .bind(plan.updated_by.map(|m| m.as_uuid()))
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() == 0 {
                    return $crate::stale_or_missing!(&mut *tx, "plans", plan.org_id, plan.id);
                }
                $crate::commit_with_audit!(self, tx, audit)?;
                Ok(VersionedWrite::Done)
            }

            async fn goals_enabled(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let on: Option<bool> = $crate::reexport::sqlx::query_scalar(
                    "SELECT goals_on FROM plan_settings WHERE org_id = $1",
                )
                .bind(org.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                Ok(on.unwrap_or(false))
            }

            async fn set_goals_enabled(
                &self,
                org: $crate::reexport::moves_domain::ids::OrgId,
                on: bool,
                audit: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::reexport::sqlx::query(
                    "INSERT INTO plan_settings (org_id, goals_on, changed_at) VALUES ($1, $2, $3)
                     ON CONFLICT (org_id) DO UPDATE SET goals_on = $2, changed_at = $3",
                )
                .bind(org.as_uuid())
                .bind(on)
                .bind(audit.at.as_millis())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                $crate::commit_with_audit!(self, tx, audit)
            }
        }
    };
}

//! The port for plans.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::ids::OrgId;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Plans in circles (see [`moves_domain::plan`]), and each organisation's choice to
/// use goals. Every method takes the organisation first and finds nothing of
/// any other. A plan is saved whole against the version it was read at: a
/// plan changed meanwhile is not overwritten. Every change is written with its
/// audit entry in one transaction.
#[async_trait]
pub trait PlanStore: Send + Sync {
    /// Writes a new plan and `audit`. Fails with [`StoreError::Conflict`]
    /// (nothing written) when a plan with that id exists already: the same
    /// form sent twice.
    async fn create_plan(
        &self,
        plan: &moves_domain::plan::Plan,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// One plan of one circle.
    async fn plan(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
        id: moves_domain::ids::PlanId,
    ) -> StoreResult<Option<moves_domain::plan::Plan>>;
    /// Every plan of a circle, newest first, whoever may see them: callers
    /// filter by audience ([`moves_domain::plan::plans_seen`]).
    async fn plans_of_circle(
        &self,
        org: OrgId,
        circle: moves_domain::ids::CircleId,
    ) -> StoreResult<Vec<moves_domain::plan::Plan>>;
    /// Saves `plan` (its body, review date and whether it is closed) if the
    /// stored plan is still at `version`, raising the version by one.
    async fn save_plan(
        &self,
        plan: &moves_domain::plan::Plan,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Whether the organisation uses goals (Goal Based Outcomes); off until
    /// an administrator switches them on.
    async fn goals_enabled(&self, org: OrgId) -> StoreResult<bool>;
    async fn set_goals_enabled(&self, org: OrgId, on: bool, audit: &AuditEntry) -> StoreResult<()>;
}

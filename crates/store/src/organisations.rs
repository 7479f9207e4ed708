//! The port for organisations.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::ids::OrgId;
use moves_domain::membership::Membership;
use moves_domain::organisation::Organisation;
use moves_domain::user::User;

#[async_trait]
pub trait OrganisationStore: Send + Sync {
    async fn create_organisation(&self, org: &Organisation) -> StoreResult<()>;
    /// In one transaction: the organisation, its first administrator's
    /// membership, the person too when `new_admin` is given, and the audit
    /// entries. Nothing is written if any part fails.
    async fn create_organisation_with_admin(
        &self,
        org: &Organisation,
        new_admin: Option<&User>,
        membership: &Membership,
        audit: &[AuditEntry],
    ) -> StoreResult<()>;
    /// In one transaction: the organisation, an invitation to an account that
    /// exists already to be its administrator (no role is given until they
    /// accept), and the audit entries. Nothing is written if any part fails.
    async fn create_organisation_with_invitation(
        &self,
        org: &Organisation,
        invitation: &moves_domain::auth::one_time::OneTimeToken,
        audit: &[AuditEntry],
    ) -> StoreResult<()>;
    async fn organisation(&self, id: OrgId) -> StoreResult<Option<Organisation>>;
    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>>;
    async fn count_organisations(&self) -> StoreResult<u64>;
}

//! The port for people's roles in organisations.

use super::StoreResult;
use crate::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{MembershipId, OrgId, UserId};
use moves_domain::membership::{Membership, Role};

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

#[async_trait]
pub trait MembershipStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] if the person already has that role there.
    async fn add_membership(&self, membership: &Membership) -> StoreResult<()>;
    async fn membership(&self, org: OrgId, id: MembershipId) -> StoreResult<Option<Membership>>;
    /// A person's active memberships, in every organisation.
    async fn memberships_of_user(&self, user: UserId) -> StoreResult<Vec<Membership>>;
    /// The organisation whose invitation made this account: the one its first
    /// link was for (`None` for an account made otherwise).
    async fn account_made_by(&self, user: UserId) -> StoreResult<Option<OrgId>>;
    /// Everyone in one organisation, revoked memberships included.
    async fn members_of_organisation(&self, org: OrgId) -> StoreResult<Vec<Membership>>;
    /// A page of the organisation's memberships, revoked ones included, in
    /// the order they were made: at most `limit`, after the membership
    /// `after` (its time and id) when given.
    async fn members_page(
        &self,
        org: OrgId,
        after: Option<(Timestamp, MembershipId)>,
        limit: u32,
    ) -> StoreResult<Vec<Membership>>;
    /// Returns false when there was no active membership to revoke. A person
    /// left with no active role in the organisation leaves its teams too, in
    /// the same transaction.
    async fn revoke_membership(
        &self,
        org: OrgId,
        id: MembershipId,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// Gives back a role that was taken away (an invitation to it was
    /// accepted), from `at`: the membership's id, or `None` if the person never
    /// had the role here or has it now.
    async fn restore_membership(
        &self,
        org: OrgId,
        user: UserId,
        role: Role,
        at: Timestamp,
    ) -> StoreResult<Option<MembershipId>>;
}

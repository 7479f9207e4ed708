//! The port for people.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;
use moves_domain::user::User;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

#[async_trait]
pub trait UserStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] when the email or username is taken
    /// (compared without regard to case).
    async fn create_user(&self, user: &User) -> StoreResult<()>;
    async fn user(&self, id: UserId) -> StoreResult<Option<User>>;
    /// Several people at once (for a list that names them): one query, not one
    /// per person. Unknown ids are left out.
    async fn users(&self, ids: &[UserId]) -> StoreResult<Vec<User>>;
    /// By email address or username, without regard to case.
    async fn user_by_login(&self, login: &str) -> StoreResult<Option<User>>;
    /// Sets the person's password and, in the same transaction, ends every
    /// live set-password link of theirs (marked used at `at`). Returns false
    /// (and changes nothing) when there is no such person.
    async fn set_password_hash(&self, id: UserId, hash: &str, at: Timestamp) -> StoreResult<bool>;
    /// The same, only for a person who has no password yet: false (and
    /// nothing changed) when they have one, so an invitation never replaces
    /// a password set meanwhile.
    async fn set_first_password_hash(
        &self,
        id: UserId,
        hash: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;
}

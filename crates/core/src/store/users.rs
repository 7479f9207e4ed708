//! The port for people.

use super::StoreResult;
use crate::ids::UserId;
use crate::user::User;
use async_trait::async_trait;

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
    /// Returns false when there is no such person.
    async fn set_password_hash(&self, id: UserId, hash: &str) -> StoreResult<bool>;
}

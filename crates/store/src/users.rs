//! The port for people.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;
use moves_domain::language::Language;
use moves_domain::user::User;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// A password being set, with all that goes with it (see
/// [`UserStore::change_password`]).
#[derive(Debug, Clone, Copy)]
pub struct PasswordChange<'a> {
    pub user: UserId,
    /// The new password's hash.
    pub hash: &'a str,
    pub at: Timestamp,
    /// The one-time link (its token's hash) that sets it, if one does: used
    /// first, and nothing changes unless it could be (unused, unexpired, the
    /// person's).
    pub link: Option<&'a str>,
    /// Account keys whose failed sign-ins are forgotten (see
    /// [`super::ThrottleStore::clear_account_attempts`]).
    pub clear_attempts: &'a [String],
    pub audit: &'a [AuditEntry],
}

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
    /// Sets a password and everything that goes with it, in one transaction:
    /// uses the link (if any), sets the hash, ends every live set-password
    /// link and every session of the person, forgets the failed sign-ins
    /// under `clear_attempts`, and appends `audit`. False (and nothing
    /// written) when the link could not be used or there is no such person.
    async fn change_password(&self, change: &PasswordChange<'_>) -> StoreResult<bool>;
    async fn set_first_password_hash(
        &self,
        id: UserId,
        hash: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// Saves the person's interface language (`None`: as their browser asks)
    /// and appends `audit`, in one transaction. False (and nothing written)
    /// when there is no such person.
    async fn choose_language(
        &self,
        id: UserId,
        language: Option<Language>,
        audit: &[AuditEntry],
    ) -> StoreResult<bool>;
}

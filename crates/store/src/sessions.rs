//! The port for sign-in sessions.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::session::Session;

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    async fn session(&self, token_hash: &str) -> StoreResult<Option<Session>>;
    /// Records activity (for the idle timeout) and the organisation being worked in.
    async fn touch_session(
        &self,
        token_hash: &str,
        at: Timestamp,
        org: Option<OrgId>,
    ) -> StoreResult<bool>;
    /// Sign-out: the session is gone, not merely marked.
    async fn end_session(&self, token_hash: &str) -> StoreResult<bool>;
    /// Every session of one person (after a password reset); returns how many ended.
    async fn end_sessions_of_user(&self, user: UserId) -> StoreResult<u64>;
    /// Removes sessions idle since before `idle_before` or started before `started_before`.
    async fn end_expired_sessions(
        &self,
        idle_before: Timestamp,
        started_before: Timestamp,
    ) -> StoreResult<u64>;
}

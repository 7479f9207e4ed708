//! The port for sign-in sessions.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::session::Session;

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    /// A sign-in, in one transaction: ends the sessions whose token hashes are
    /// in `ending` (the browser's old ones: a new id at every sign-in), creates
    /// `session` and appends `audit`.
    async fn start_session(
        &self,
        session: &Session,
        ending: &[String],
        audit: &[AuditEntry],
    ) -> StoreResult<()>;
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
    /// Sign-out: ends the session and, in the same transaction and only if
    /// there was one, appends `audit`. False when there was none.
    async fn end_session_audited(
        &self,
        token_hash: &str,
        audit: &[AuditEntry],
    ) -> StoreResult<bool>;
    /// Every session of one person (after a password reset); returns how many ended.
    async fn end_sessions_of_user(&self, user: UserId) -> StoreResult<u64>;
    /// Removes sessions idle since before `idle_before` or started before `started_before`.
    async fn end_expired_sessions(
        &self,
        idle_before: Timestamp,
        started_before: Timestamp,
    ) -> StoreResult<u64>;
}

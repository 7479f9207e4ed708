//! The port for one-time links.

use super::StoreResult;
use crate::AuditEntry;
use async_trait::async_trait;
use moves_domain::auth::one_time::OneTimeToken;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// Single-use, expiring links (see [`moves_domain::auth::one_time`]). Installation-wide,
/// like sessions: the token's SHA-256 is the key.
#[async_trait]
pub trait OneTimeTokenStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] if a token with that hash exists. A
    /// set-password link ends the person's older live set-password links in
    /// the same transaction: only the newest works.
    async fn create_one_time_token(&self, token: &OneTimeToken) -> StoreResult<()>;
    /// The same, with `audit` (who made the link, for whom) written in the
    /// same transaction: both or neither.
    async fn issue_one_time_token(
        &self,
        token: &OneTimeToken,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// The token, used or not, expired or not (to decide what page to show).
    /// Reading it does not use it.
    async fn one_time_token(&self, token_hash: &str) -> StoreResult<Option<OneTimeToken>>;
    /// Uses the token: in one statement, marks it used at `now` only if it is
    /// unused and expires after `now`, and returns it as it now is. `None` when
    /// there is no such token, or it was used or has expired. Of any number of
    /// concurrent uses, on any number of servers, at most one gets `Some`.
    async fn use_one_time_token(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> StoreResult<Option<OneTimeToken>>;
    /// How many of the person's links still work at `now` (unused, unexpired).
    async fn live_one_time_tokens(&self, user: UserId, now: Timestamp) -> StoreResult<u64>;
}

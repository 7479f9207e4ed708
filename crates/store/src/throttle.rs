//! The port for failed sign-ins.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;

/// Failed sign-ins, counted in the database so the throttle holds across every
/// server process (see [`moves_domain::auth::throttle`]). Keys are opaque strings
/// (`acct:<sha256>`, `addr:<ip>`); the store never interprets them.
#[async_trait]
pub trait ThrottleStore: Send + Sync {
    async fn record_sign_in_failure(&self, key: &str, at: Timestamp) -> StoreResult<()>;
    /// How many failures are recorded under `key` at or after `since`, and when the
    /// oldest of them was.
    async fn sign_in_failures_since(
        &self,
        key: &str,
        since: Timestamp,
    ) -> StoreResult<(u64, Option<Timestamp>)>;
    /// Forgets every failure under `key` (after a successful sign-in, for the
    /// account key only); returns how many there were.
    async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<u64>;
    /// Removes failures recorded before `before`, under any key; returns how many.
    async fn sweep_sign_in_failures(&self, before: Timestamp) -> StoreResult<u64>;
}

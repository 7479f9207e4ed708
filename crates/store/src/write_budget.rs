//! The port for each person's budget of writes.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;

/// How many changes each person made in each hour, counted in the database so
/// the limit holds across every server process.
#[async_trait]
pub trait WriteBudgetStore: Send + Sync {
    /// Counts one more write by `user` in the window starting at
    /// `window_start`, in one statement, and answers how many there are now
    /// (this one included): of N concurrent writes, each sees its own count.
    async fn spend_write(&self, user: UserId, window_start: Timestamp) -> StoreResult<u64>;
    /// Forgets windows that started before `before`; returns how many.
    async fn sweep_write_budget(&self, before: Timestamp) -> StoreResult<u64>;
}

//! The port for the database's health, for `/readyz` and `/metrics`.

use super::StoreResult;
use async_trait::async_trait;

/// How busy the connection pool is, for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolStats {
    pub connections: u32,
    pub idle: u32,
    pub max: u32,
}

#[async_trait]
pub trait StoreHealth: Send + Sync {
    /// Answers when the database does.
    async fn ping(&self) -> StoreResult<()>;
    fn pool_stats(&self) -> PoolStats;
    /// "sqlite" or "postgres".
    fn backend(&self) -> &'static str;
    /// Waits for connections to be returned and closes them cleanly.
    async fn close(&self);
}

//! Whether the database answers (for `/readyz`), and how busy its pool is
//! (for `/metrics`).

use crate::{Ctx, Error};
pub use moves_store::PoolStats;

/// Answers when the database does.
pub async fn check(ctx: &Ctx) -> Result<(), Error> {
    Ok(ctx.store().ping().await?)
}

/// The connection pool's use now.
pub fn pool(ctx: &Ctx) -> PoolStats {
    ctx.store().pool_stats()
}

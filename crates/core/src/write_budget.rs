//! Spending one write of a person's hourly budget.

use crate::{Ctx, Error};
use moves_domain::ids::UserId;
pub use moves_domain::write_budget::WriteBudget;

/// Counts one write by `user`, or refuses it once their budget for this hour
/// is spent (`Error::TooManyWrites`, with when to try again).
pub async fn spend(ctx: &Ctx, user: UserId) -> Result<(), Error> {
    let now = ctx.now();
    let count = ctx
        .store()
        .spend_write(user, WriteBudget::window_start(now))
        .await?;
    if ctx.write_budget().allows(count) {
        Ok(())
    } else {
        Err(Error::TooManyWrites {
            retry_after_secs: WriteBudget::retry_after_secs(now),
        })
    }
}

/// Forgets the counts of hours gone by.
pub async fn sweep(ctx: &Ctx) -> Result<u64, Error> {
    let before = WriteBudget::window_start(ctx.now());
    Ok(ctx.store().sweep_write_budget(before).await?)
}

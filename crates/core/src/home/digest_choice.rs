//! Whether a person wants an email digest: their own choice, changing
//! nothing anyone else sees, so it is not audited; choosing the same again
//! is harmless.

use crate::{Ctx, Error};
use moves_domain::permission::Actor;

/// Whether `actor` asked for digests (off until they do). `NotFound` for
/// anyone not signed in.
pub async fn wants_digests(ctx: &Ctx, actor: &Actor) -> Result<bool, Error> {
    let user = actor.user.ok_or(Error::NotFound)?;
    Ok(ctx.store().wants_digests(user).await?)
}

/// Turns `actor`'s digests on or off. Whether they can be sent at all (a
/// mail server, an address) is the caller's to say first.
pub async fn choose_digests(ctx: &Ctx, actor: &Actor, on: bool) -> Result<(), Error> {
    let user = actor.user.ok_or(Error::NotFound)?;
    ctx.store().choose_digests(user, on, ctx.now()).await?;
    Ok(())
}

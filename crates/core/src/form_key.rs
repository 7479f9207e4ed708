//! Claiming a form's one-use key: the first sending binds it to the id the
//! server made, so every later sending of the same form answers that id.

use crate::{Ctx, Error};
pub use moves_domain::form_key::FormKey;
use moves_domain::ids::UserId;
use uuid::Uuid;

/// How long a key is remembered: long after anyone would send a form again.
pub const FORM_KEY_DAYS: i64 = 2;

/// The id the form `key` of `user` makes: `fresh` the first time, the same id
/// every time after. `Error::NotFound` never; a key of the wrong shape is the
/// caller's to refuse before (see [`FormKey::parse`]).
pub(crate) async fn claim<I>(ctx: &Ctx, user: UserId, key: &FormKey, fresh: I) -> Result<I, Error>
where
    I: Into<Uuid> + From<Uuid>,
{
    let id = ctx
        .store()
        .claim_form_key(user, key.as_str(), fresh.into(), ctx.now())
        .await?;
    Ok(I::from(id))
}

/// Forgets keys older than [`FORM_KEY_DAYS`] (run from time to time).
pub async fn sweep(ctx: &Ctx) -> Result<u64, Error> {
    let before = ctx.now().plus_seconds(-FORM_KEY_DAYS * 24 * 3600);
    Ok(ctx.store().sweep_form_keys(before).await?)
}

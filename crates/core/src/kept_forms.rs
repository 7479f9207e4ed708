//! Forms kept while their sender's session had ended: sealed with the
//! installation's key for that person and that path, and given back once,
//! to them only, after they sign in again.

use crate::{Ctx, Error};
use moves_domain::ids::{KeptFormId, UserId};
use moves_domain::kept_form::KeptForm;
use moves_domain::keys::Purpose;
use moves_domain::permission::Actor;

/// Keeps `body`, sent to `path` by `person` (whose session had just ended:
/// the caller checked the form carried that session's token). Its id, for
/// the link to it; `Internal` when it cannot be sealed (too large).
pub async fn keep(ctx: &Ctx, person: UserId, path: &str, body: &[u8]) -> Result<KeptFormId, Error> {
    let key = ctx.derived_key(Purpose::KeptForms);
    let kept = KeptForm::seal(&key, person, path, body, ctx.now())
        .map_err(|e| Error::Internal(e.to_string()))?;
    ctx.store().keep_form(&kept).await?;
    Ok(kept.id)
}

/// A kept form given back: where it was sent, and what.
#[derive(Debug)]
pub struct Kept {
    pub path: String,
    pub body: Vec<u8>,
}

/// Takes the kept form `id` of `actor` (it is gone from the store after):
/// `NotFound` for anyone else's, an expired one, or one taken already.
pub async fn take(ctx: &Ctx, actor: &Actor, id: KeptFormId) -> Result<Kept, Error> {
    let person = actor.user.ok_or(Error::NotFound)?;
    let kept = ctx
        .store()
        .take_kept_form(id, person, ctx.now())
        .await?
        .ok_or(Error::NotFound)?;
    let key = ctx.derived_key(Purpose::KeptForms);
    let body = kept.open(&key, person).map_err(|_| Error::NotFound)?;
    Ok(Kept {
        path: kept.path,
        body,
    })
}

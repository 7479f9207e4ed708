//! The organisations a home page offers: whether there is any yet (a fresh
//! installation sends its first visitor to setup), those a person may work
//! in, and switching between them. A person may work only in organisations
//! they have a role in now; any other id is not found.

use crate::{Ctx, Error};
use moves_domain::ids::OrgId;
use moves_domain::organisation::Organisation;
use moves_domain::permission::Actor;
use moves_domain::session::Session;

/// Whether the installation has an organisation yet.
pub async fn installation_has_organisations(ctx: &Ctx) -> Result<bool, Error> {
    Ok(ctx.store().count_organisations().await? > 0)
}

/// The organisations `actor` has an active role in, each once, in the
/// order of their roles.
pub async fn organisations_of(ctx: &Ctx, actor: &Actor) -> Result<Vec<Organisation>, Error> {
    let Some(user) = actor.user else {
        return Ok(Vec::new());
    };
    let mut seen: Vec<OrgId> = Vec::new();
    for m in ctx.store().memberships_of_user(user).await? {
        if !seen.contains(&m.org_id) {
            seen.push(m.org_id);
        }
    }
    let mut orgs = Vec::with_capacity(seen.len());
    for id in seen {
        if let Some(org) = ctx.store().organisation(id).await? {
            orgs.push(org);
        }
    }
    Ok(orgs)
}

/// Makes `session` of `actor` work in `target`: `NotFound` unless they have
/// an active role there now.
pub async fn switch_organisation(
    ctx: &Ctx,
    actor: &Actor,
    session: &Session,
    target: OrgId,
) -> Result<(), Error> {
    let user = actor.user.ok_or(Error::NotFound)?;
    if session.user_id != user {
        return Err(Error::NotFound);
    }
    let roles = ctx.store().memberships_of_user(user).await?;
    if !roles.iter().any(|m| m.org_id == target) {
        return Err(Error::NotFound);
    }
    ctx.store()
        .touch_session(&session.token_hash, ctx.now(), Some(target))
        .await?;
    Ok(())
}

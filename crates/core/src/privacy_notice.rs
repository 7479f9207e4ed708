//! The privacy notice of the organisation one works in: what they are shown,
//! and their saying they have read it.

use crate::{Ctx, Error};
use moves_domain::ids::OrgId;
use moves_domain::permission::Actor;
use moves_domain::privacy::PrivacyNotice;

/// The notice `org` saved last, if it saved one (otherwise the platform's
/// own is in force: the web layer words it in the reader's language).
pub async fn saved(ctx: &Ctx, org: OrgId) -> Result<Option<PrivacyNotice>, Error> {
    Ok(ctx.store().privacy_notice(org).await?)
}

/// What `actor` is shown in the organisation they work in.
#[derive(Debug, Clone)]
pub struct ForReader {
    pub saved: Option<PrivacyNotice>,
    /// The highest version they said they read, if any.
    pub read: Option<u32>,
}

/// The notice of the organisation `actor` works in, and what they read of it;
/// `None` when they work in none.
pub async fn for_reader(ctx: &Ctx, actor: &Actor) -> Result<Option<ForReader>, Error> {
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Ok(None);
    };
    let saved = saved(ctx, org).await?;
    let read = ctx.store().privacy_notice_read(org, user).await?;
    Ok(Some(ForReader { saved, read }))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkedRead {
    Marked,
    /// A version that does not exist (yet).
    NoSuchVersion,
}

/// Records that `actor` read `version` of their organisation's notice (the
/// version they were shown, not whatever is newest: if it changed meanwhile,
/// they are shown the new one). `NotFound` outside an organisation.
pub async fn mark_read(ctx: &Ctx, actor: &Actor, version: u32) -> Result<MarkedRead, Error> {
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Err(Error::NotFound);
    };
    let current = saved(ctx, org).await?.map_or(0, |n| n.version);
    if version > current {
        return Ok(MarkedRead::NoSuchVersion);
    }
    ctx.store()
        .mark_privacy_notice_read(org, user, version, ctx.now())
        .await?;
    Ok(MarkedRead::Marked)
}

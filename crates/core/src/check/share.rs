//! Sharing a perspective: whoever may change it (its author, or who typed it
//! with them) chooses who sees it, or keeps it as a draft, saved against the
//! version the form showed.

use super::changed::check_changed;
use super::open::open_to_change;
use super::perspective::{PerspectiveScreen, editable};
use crate::{Ctx, Error};
use moves_domain::check::share_choice;
use moves_domain::circle::Audience;
use moves_domain::framework::Catalogue;
use moves_domain::ids::{CheckId, CircleId, PerspectiveId};
use moves_domain::permission::Actor;
use moves_store::{StoreError, VersionedWrite};

/// The sharing form of a perspective.
pub async fn share_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
) -> Result<PerspectiveScreen, Error> {
    editable(ctx, actor, catalogue, ids, "check_share").await
}

#[derive(Debug)]
pub enum ShareError {
    /// No audience offered was chosen.
    NotOffered(Box<PerspectiveScreen>),
    /// Changed since the form was shown: nothing written; the screen holds
    /// the perspective as it is now, and the audience chosen.
    Stale(Box<PerspectiveScreen>, Audience),
    Core(Error),
}

impl From<Error> for ShareError {
    fn from(e: Error) -> Self {
        ShareError::Core(e)
    }
}

impl From<StoreError> for ShareError {
    fn from(e: StoreError) -> Self {
        ShareError::Core(e.into())
    }
}

/// Shares a perspective with the audience `sent` (as the form sends it),
/// from the form that showed `version`. Sent twice, it is shared once.
pub async fn share(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
    version: i64,
    sent: &str,
) -> Result<(), ShareError> {
    let mut s = editable(ctx, actor, catalogue, ids, "check_share").await?;
    open_to_change(&s.open)?;
    let Ok(audience) = share_choice(s.me.role, sent) else {
        return Err(ShareError::NotOffered(Box::new(s)));
    };
    let p = &s.perspective;
    if version != p.version && audience == p.audience {
        // Sent twice: it is shared like that already.
        return Ok(());
    }
    let audit = check_changed(
        ctx,
        actor,
        p.org_id,
        p.check_id,
        &format!("shared:{}:{}", p.id, audience.as_str()),
    );
    match ctx
        .store()
        .share_perspective(p.org_id, p.id, version, audience, ctx.now(), &audit)
        .await?
    {
        VersionedWrite::Done => Ok(()),
        VersionedWrite::Stale => {
            if let Some(now) = ctx
                .store()
                .perspectives_of_check(p.org_id, p.check_id)
                .await?
                .into_iter()
                .find(|n| n.id == p.id)
            {
                s.perspective = now;
            }
            Err(ShareError::Stale(Box::new(s), audience))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

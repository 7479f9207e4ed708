//! Reading one check: the perspectives the person may see, who already has
//! one, and the history of what was agreed a page at a time. The agreed
//! version is read by everyone who reads the check, and so is its history:
//! a change by a young person or a parent is shown to all, as a
//! practitioner's is, so nothing agreed together is changed out of sight.

use super::open::open_check;
use super::wording::wording_for;
use crate::{Ctx, Error};
use moves_domain::check::{
    AGREED_CHANGES_PAGE, AgreedChange, AgreedChangeCursor, Check, Perspective, perspectives_seen_by,
};
use moves_domain::circle::OpenCircle;
use moves_domain::framework::Catalogue;
use moves_domain::framework::adaptation::AdaptedFramework;
use moves_domain::ids::{CheckId, CircleId, CircleMemberId};
use moves_domain::permission::Actor;

pub struct CheckRead {
    pub open: OpenCircle,
    pub check: Check,
    pub framework: AdaptedFramework,
    /// The perspectives the person may see, oldest first.
    pub seen: Vec<Perspective>,
    /// The members who have a perspective in it (seen or not): nobody gets a
    /// second one.
    pub authors: Vec<CircleMemberId>,
    /// A page of the agreed version's history, newest first.
    pub history: Vec<AgreedChange>,
    /// Where the next (older) page starts, when there may be one.
    pub older: Option<AgreedChangeCursor>,
}

/// The check `check` of `circle` as `actor` may read it, with the page of
/// its history after `history_after` (the newest when `None`).
pub async fn read(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    check: CheckId,
    history_after: Option<AgreedChangeCursor>,
) -> Result<CheckRead, Error> {
    let (open, check) = open_check(ctx, actor, circle, check, "check").await?;
    let framework = wording_for(ctx, catalogue, &open, &check).await?;
    let all = ctx
        .store()
        .perspectives_of_check(open.circle.org_id, check.id)
        .await?;
    let seen = perspectives_seen_by(&open.access, &all)
        .into_iter()
        .cloned()
        .collect();
    let authors = all.iter().map(|p| p.byline.author).collect();
    let history = ctx
        .store()
        .agreed_changes_of_check(
            open.circle.org_id,
            check.id,
            history_after.as_ref(),
            AGREED_CHANGES_PAGE,
        )
        .await?;
    let older = if history.len() == AGREED_CHANGES_PAGE as usize {
        history.last().map(AgreedChangeCursor::after)
    } else {
        None
    };
    Ok(CheckRead {
        open,
        check,
        framework,
        seen,
        authors,
        history,
        older,
    })
}

//! The comparison of a check: the shared perspectives the person may see,
//! side by side with what was agreed (drafts are never compared).

use super::open::open_check;
use super::wording::wording_for;
use crate::{Ctx, Error};
use moves_domain::check::{Check, Perspective, perspectives_seen_by};
use moves_domain::circle::OpenCircle;
use moves_domain::framework::Catalogue;
use moves_domain::framework::adaptation::AdaptedFramework;
use moves_domain::ids::{CheckId, CircleId};
use moves_domain::permission::Actor;

pub struct SharedViews {
    pub open: OpenCircle,
    pub check: Check,
    pub framework: AdaptedFramework,
    /// The shared perspectives the person may see, oldest first.
    pub shared: Vec<Perspective>,
}

/// The shared perspectives of `check` that `actor` may see, read as `page`.
pub(crate) async fn shared_views(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    check: CheckId,
    page: &str,
) -> Result<SharedViews, Error> {
    let (open, check) = open_check(ctx, actor, circle, check, page).await?;
    let framework = wording_for(ctx, catalogue, &open, &check).await?;
    let all = ctx
        .store()
        .perspectives_of_check(open.circle.org_id, check.id)
        .await?;
    let shared = perspectives_seen_by(&open.access, &all)
        .into_iter()
        .filter(|p| !p.is_draft())
        .cloned()
        .collect();
    Ok(SharedViews {
        open,
        check,
        framework,
        shared,
    })
}

/// The comparison page's views of `check` for `actor`.
pub async fn compare(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    check: CheckId,
) -> Result<SharedViews, Error> {
    shared_views(ctx, actor, catalogue, circle, check, "check_compare").await
}

//! The plans of a circle its reader may see, each with the wording it was
//! made with: open plans first, each group newest first.

use super::seen::plans_for_reader;
use super::wording::framework_of;
use crate::circle::open::open_circle;
use crate::framework::adaptation::AdaptedFramework;
use crate::{Ctx, Error};
use moves_domain::circle::OpenCircle;
use moves_domain::framework::Catalogue;
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_domain::plan::Plan;

pub struct PlanList {
    pub open: OpenCircle,
    pub plans: Vec<(Plan, AdaptedFramework)>,
}

/// The plans of `circle` that `actor` may see.
pub async fn plans(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
) -> Result<PlanList, Error> {
    let open = open_circle(ctx, actor, circle, "plans").await?;
    let mut seen = plans_for_reader(ctx.store(), &open).await?;
    seen.sort_by_key(|p| p.closed);
    let mut plans = Vec::with_capacity(seen.len());
    for p in seen {
        let fw = framework_of(ctx, catalogue, &p).await?;
        plans.push((p, fw));
    }
    Ok(PlanList { open, plans })
}

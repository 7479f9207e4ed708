//! Opening one plan of a circle: the circle opened for the person (the read
//! audited), then the plan if it is of that circle and they may see it. An
//! unknown plan, another circle's and one kept from them answer alike
//! (`NotFound`), and the refused read is recorded by the plan's id.

use crate::circle::open::{open_circle, refused_read};
use crate::{Ctx, Error};
use moves_domain::circle::{CircleMember, OpenCircle};
use moves_domain::ids::{CircleId, PlanId};
use moves_domain::permission::Actor;
use moves_domain::plan::Plan;

/// The circle `circle` opened for `actor` and its plan `plan`; `page` says
/// what was read (kept as the audit entry's detail).
pub async fn open_plan(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    plan: PlanId,
    page: &str,
) -> Result<(OpenCircle, Plan), Error> {
    let open = open_circle(ctx, actor, circle, page).await?;
    let found = ctx
        .store()
        .plan(open.circle.org_id, open.circle.id, plan)
        .await?
        .filter(|p| p.seen_by(&open.access));
    match found {
        Some(p) => Ok((open, p)),
        None => {
            refused_read(ctx, actor, &plan.to_string(), page).await?;
            Err(Error::NotFound)
        }
    }
}

/// The member of the circle who changes its plans: a team manager who is
/// not a member reads them but may not (`Forbidden`).
pub fn writer(open: &OpenCircle) -> Result<&CircleMember, Error> {
    open.access.member().ok_or(Error::Forbidden)
}

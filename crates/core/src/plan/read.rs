//! Reading one plan's page (the plan, its printable page, its forms): the
//! plan opened for the person (see [`super::open_plan`]) with what its pages
//! show beside it.

use super::open::open_plan;
use super::wording::framework_of;
use crate::framework::adaptation::AdaptedFramework;
use crate::{Ctx, Error};
use moves_domain::check::Check;
use moves_domain::circle::OpenCircle;
use moves_domain::framework::Catalogue;
use moves_domain::ids::{CircleId, PlanId};
use moves_domain::permission::Actor;
use moves_domain::plan::Plan;

/// A plan as its pages show it.
#[derive(Debug)]
pub struct PlanPage {
    pub open: OpenCircle,
    pub plan: Plan,
    /// The wording it was made with.
    pub framework: AdaptedFramework,
    /// Whether its organisation uses goals.
    pub goals_on: bool,
    /// The circle's checks, newest first: read when [`Checks::All`] asks,
    /// or when a review names one; else empty.
    pub checks: Vec<Check>,
}

/// Which of the circle's checks a page needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// Those its reviews name, if any (the plan page).
    Named,
    /// All (the review form, which offers them).
    All,
}

/// The plan `plan` of `circle` opened for `actor`, with what its pages show.
pub async fn plan_page(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    plan: PlanId,
    page: &str,
    checks: Checks,
) -> Result<PlanPage, Error> {
    let (open, plan) = open_plan(ctx, actor, circle, plan, page).await?;
    page_of(ctx, catalogue, open, plan, checks).await
}

/// What the pages of `plan` (of the opened circle `open`) show beside it.
pub(crate) async fn page_of(
    ctx: &Ctx,
    catalogue: &Catalogue,
    open: OpenCircle,
    mut plan: Plan,
    checks: Checks,
) -> Result<PlanPage, Error> {
    let framework = framework_of(ctx, catalogue, &plan).await?;
    // Categories written before origins were recorded: read against the
    // plan's own framework, so one filled in from the move shows "to confirm".
    plan.settle_categories(&framework);
    let goals_on = ctx.store().goals_enabled(plan.org_id).await?;
    let wanted = checks == Checks::All || plan.body.reviews.iter().any(|r| r.check.is_some());
    let checks = if wanted {
        ctx.store()
            .checks_of_circle(plan.org_id, plan.circle_id)
            .await?
    } else {
        Vec::new()
    };
    Ok(PlanPage {
        open,
        plan,
        framework,
        goals_on,
        checks,
    })
}

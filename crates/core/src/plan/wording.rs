//! The framework a plan reads with: for a new plan, the organisation's
//! adaptation in force now; for a plan made before, the wording it was made
//! with, whatever was adapted since.

use crate::framework::adaptation::{Adaptation, AdaptedFramework, framework_in_force};
use crate::{Ctx, Error};
use moves_domain::framework::{Catalogue, FrameworkId};
use moves_domain::ids::OrgId;
use moves_domain::plan::Plan;

/// The framework of `org` in force now; `base` when it never adapted one.
pub async fn framework_now(
    ctx: &Ctx,
    catalogue: &Catalogue,
    base: &FrameworkId,
    org: OrgId,
) -> Result<AdaptedFramework, Error> {
    let adaptation = match ctx.store().latest_adaptation(org).await? {
        Some(saved) => saved.adaptation,
        None => Adaptation::initial(base.clone()),
    };
    Ok(catalogue.adapted(&adaptation)?)
}

/// The wording `plan` was made with.
pub async fn framework_of(
    ctx: &Ctx,
    catalogue: &Catalogue,
    plan: &Plan,
) -> Result<AdaptedFramework, Error> {
    framework_in_force(ctx.store(), catalogue, plan.org_id, &plan.framework).await
}

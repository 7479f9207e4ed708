//! Editing a plan's noble truths' notes, its moves to keep going and its
//! review date: from the version
//! the form showed, so one person's edit never silently overwrites
//! another's (a stale form is refused with the plan as it now is). Saved
//! with its `plan_changed` audit entry in one store call.

use super::change::plan_changed;
use super::open::{open_plan, writer};
use super::read::{Checks, PlanPage, page_of};
use super::wording::framework_of;
use crate::{Ctx, Error};
use moves_domain::framework::Catalogue;
use moves_domain::ids::{CircleId, PlanId};
use moves_domain::permission::Actor;
use moves_domain::plan::FieldProblem;
use moves_store::{StoreError, VersionedWrite};

/// The edit form: the plan, for a member of its circle.
pub async fn edit_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    plan: PlanId,
) -> Result<PlanPage, Error> {
    let (open, plan) = open_plan(ctx, actor, circle, plan, "plan_edit").await?;
    writer(&open)?;
    page_of(ctx, catalogue, open, plan, Checks::Named).await
}

#[derive(Debug)]
pub enum EditError {
    /// Refused for what was typed: the plan's page and every problem.
    Refused(Box<PlanPage>, Vec<FieldProblem>),
    /// Changed since the form was shown: nothing saved; the plan as it is.
    Stale(Box<PlanPage>),
    Core(Error),
}

impl From<Error> for EditError {
    fn from(e: Error) -> Self {
        EditError::Core(e)
    }
}

impl From<StoreError> for EditError {
    fn from(e: StoreError) -> Self {
        EditError::Core(e.into())
    }
}

/// Rewrites the notes (`truths`: noble truth id and text, as sent), the
/// moves to keep going and the review date of `plan`, from the form that
/// showed it at `version`.
#[allow(clippy::too_many_arguments)]
pub async fn edit(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    plan: PlanId,
    version: i64,
    truths: &[(&str, &str)],
    keep_going: &[&str],
    review_due: &str,
) -> Result<(), EditError> {
    let (open, current) = open_plan(ctx, actor, circle, plan, "plan_edit").await?;
    let me = writer(&open)?.clone();
    if version != current.version {
        let page = page_of(ctx, catalogue, open, current, Checks::Named).await?;
        return Err(EditError::Stale(Box::new(page)));
    }
    let fw = framework_of(ctx, catalogue, &current).await?;
    let mut next = current.clone();
    next.settle_categories(&fw);
    if let Err(problems) = next.edit_prompts(&fw, truths, keep_going, review_due, &me, ctx.now()) {
        let page = page_of(ctx, catalogue, open, current, Checks::Named).await?;
        return Err(EditError::Refused(Box::new(page), problems));
    }
    let audit = plan_changed(ctx, actor, &current, "edited");
    match ctx.store().save_plan(&next, version, &audit).await? {
        VersionedWrite::Done => Ok(()),
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
        VersionedWrite::Stale => {
            let (open, now) = open_plan(ctx, actor, circle, plan, "plan_edit").await?;
            let page = page_of(ctx, catalogue, open, now, Checks::Named).await?;
            Err(EditError::Stale(Box::new(page)))
        }
    }
}

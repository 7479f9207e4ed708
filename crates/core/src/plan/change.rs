//! Adding to a plan: an action, a marking of one, a goal, a review. Each
//! opens the plan for the person (the read audited), lets only members of
//! the circle change it, applies the domain's rule (`moves_domain::plan`),
//! and saves the plan with its `plan_changed` audit entry in one store call,
//! against the version it was applied to. Adding never overwrites what
//! someone else added meanwhile: when the plan changed since it was read, the
//! change is applied again to the plan as it now is (once); if that fails
//! too, the person is told and what they typed is kept. The server makes
//! every entry's id: the form carries a one-use key (`crate::form_key`),
//! bound to the id on its first sending, so the same form sent twice lands on
//! the same entry and saves once, and nobody chooses an id.

use super::open::{open_plan, writer};
use super::read::{Checks, PlanPage, page_of};
use super::wording::framework_of;
use crate::form_key::{self, FormKey};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::circle::{CircleMember, OpenCircle};
use moves_domain::framework::Catalogue;
use moves_domain::ids::{
    ActionId, CheckId, CircleId, CircleMemberId, GoalId, PlanEntryId, PlanId, ReviewId,
};
use moves_domain::permission::Actor;
use moves_domain::plan::{
    Applied, CategoryOrigin, FieldProblem, NewAction, NewReview, Plan, Problem,
};
use moves_store::{AuditEntry, VersionedWrite};
use uuid::Uuid;

/// An action as typed.
#[derive(Debug, Clone, Copy)]
pub struct ActionDraft<'a> {
    pub move_id: &'a str,
    pub what: &'a str,
    /// A member's id, or `other`.
    pub who: &'a str,
    pub other: &'a str,
    pub by_when: &'a str,
    /// A category code or `none`: what the person chose, never the move's.
    pub category: &'a str,
    /// `yes` when it waits on a service or agency.
    pub stuck: &'a str,
    /// The kind of service (a `ServiceKind` code) and its name, optional.
    pub service: &'a str,
    pub service_name: &'a str,
}

/// A review as typed.
#[derive(Debug, Clone)]
pub struct ReviewDraft<'a> {
    pub worked: &'a str,
    pub to_change: &'a str,
    /// (goal id, rating) as sent.
    pub ratings: Vec<(&'a str, &'a str)>,
    /// `carry` or `close`.
    pub outcome: &'a str,
    pub next_review: &'a str,
    /// The check done for it, as sent: empty for none.
    pub check: &'a str,
}

/// What is added, with the one-use key its form was shown with, as sent.
#[derive(Debug, Clone)]
pub enum PlanChange<'a> {
    AddAction(&'a str, ActionDraft<'a>),
    MarkAction {
        key: &'a str,
        /// The action's id, as in the path.
        action: &'a str,
        state: &'a str,
        comment: &'a str,
    },
    AddGoal {
        key: &'a str,
        /// The member whose goal it is, as sent.
        owner: &'a str,
        text: &'a str,
        score: &'a str,
    },
    Review(&'a str, ReviewDraft<'a>),
    /// Confirms (`keep`) or clears (`clear`) a category filled in without
    /// anyone choosing it.
    ConfirmCategory {
        /// The action's id, as in the path.
        action: &'a str,
        choice: &'a str,
    },
}

impl PlanChange<'_> {
    /// The code of what it did to `after`, for the audit log and the page.
    fn detail(&self, after: &Plan) -> &'static str {
        match self {
            PlanChange::AddAction(..) => "action_added",
            PlanChange::MarkAction { .. } => "action_marked",
            PlanChange::AddGoal { .. } => "goal_set",
            PlanChange::Review(..) if after.closed => "closed",
            PlanChange::Review(..) => "reviewed",
            PlanChange::ConfirmCategory { .. } => "category_confirmed",
        }
    }

    /// The form's key as sent and a fresh id for the entry it makes; `None`
    /// for a change that makes no entry.
    fn key(&self) -> Option<(&str, Uuid)> {
        match self {
            PlanChange::AddAction(key, _) => Some((key, ActionId::new().into())),
            PlanChange::MarkAction { key, .. } => Some((key, PlanEntryId::new().into())),
            PlanChange::AddGoal { key, .. } => Some((key, GoalId::new().into())),
            PlanChange::Review(key, _) => Some((key, ReviewId::new().into())),
            // Idempotent by nature: confirming twice changes nothing.
            PlanChange::ConfirmCategory { .. } => None,
        }
    }

    /// The page shown again when it is refused: the review form offers the
    /// circle's checks.
    fn checks(&self) -> Checks {
        match self {
            PlanChange::Review(..) => Checks::All,
            _ => Checks::Named,
        }
    }

    /// The page it is sent from, for the audit entry of the read.
    fn page(&self) -> &'static str {
        match self {
            PlanChange::Review(..) => "plan_review",
            _ => "plan",
        }
    }

    /// The field a refusal of the whole change is shown beside.
    fn first_field(&self) -> &'static str {
        match self {
            PlanChange::Review(..) => "worked",
            _ => "plan",
        }
    }
}

/// A change refused: the plan's page as it now is, and every problem.
#[derive(Debug)]
pub struct PlanRefused {
    pub page: PlanPage,
    pub problems: Vec<FieldProblem>,
}

#[derive(Debug)]
pub enum ChangeError {
    /// Refused for what was typed (or the plan or circle is closed).
    Refused(Box<PlanRefused>),
    /// Changed by others twice while this was being saved: nothing saved.
    Stale(Box<PlanPage>),
    Core(Error),
}

impl From<Error> for ChangeError {
    fn from(e: Error) -> Self {
        ChangeError::Core(e)
    }
}

impl From<moves_store::StoreError> for ChangeError {
    fn from(e: moves_store::StoreError) -> Self {
        ChangeError::Core(e.into())
    }
}

/// What a change did: its code (`action_added`, `reviewed`, `closed`, ...),
/// also when the same form was sent twice and saved the first time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Changed {
    pub plan: PlanId,
    pub detail: &'static str,
}

/// Applies `change` to the plan `plan` of `circle` for `actor`.
pub async fn change(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    plan: PlanId,
    change: PlanChange<'_>,
) -> Result<Changed, ChangeError> {
    let mut last = None;
    let mut circle_checks: Option<Vec<CheckId>> = None;
    // The new entry's id, bound to the form's key once.
    let mut entry: Option<Uuid> = None;
    for _ in 0..2 {
        let (open, mut current) = open_plan(ctx, actor, circle, plan, change.page()).await?;
        let me = writer(&open)?.clone();
        settle(ctx, catalogue, &mut current).await?;
        // Only now, so a guessed plan is 404 whatever the form holds.
        if let (Some((sent, fresh)), None) = (change.key(), entry) {
            let (Some(key), Some(user)) = (FormKey::parse(sent), actor.user) else {
                let problems = vec![FieldProblem::new(
                    change.first_field(),
                    Problem::FormExpired,
                )];
                let page = page_of(ctx, catalogue, open, current, change.checks()).await?;
                return Err(ChangeError::Refused(Box::new(PlanRefused {
                    page,
                    problems,
                })));
            };
            // Claimed before the entry is checked: a corrected form sent
            // again with the same key still makes the same one entry.
            entry = Some(form_key::claim(ctx, user, &key, fresh).await?);
        }
        let goals_on = ctx.store().goals_enabled(current.org_id).await?;
        // A review's check must be one of this circle's: read once.
        if matches!(change, PlanChange::Review(..)) && circle_checks.is_none() {
            let checks = ctx
                .store()
                .checks_of_circle(current.org_id, current.circle_id)
                .await?;
            circle_checks = Some(checks.iter().map(|c| c.id).collect());
        }
        let mut next = current.clone();
        let outcome = if open.circle.is_open() {
            let checks = circle_checks.as_deref().unwrap_or_default();
            // Nil only for a change that makes no entry, which never reads it.
            let entry = entry.unwrap_or_default();
            apply(ctx, &change, entry, &mut next, &open, &me, goals_on, checks)
        } else {
            Err(vec![FieldProblem::new(
                change.first_field(),
                Problem::Closed,
            )])
        };
        match outcome {
            Err(problems) => {
                let page = page_of(ctx, catalogue, open, current, change.checks()).await?;
                return Err(ChangeError::Refused(Box::new(PlanRefused {
                    page,
                    problems,
                })));
            }
            Ok(Applied::AlreadySaved) => {
                let detail = match change {
                    PlanChange::Review(..) => "reviewed",
                    _ => change.detail(&current),
                };
                return Ok(Changed { plan, detail });
            }
            Ok(Applied::Changed) => {
                let detail = change.detail(&next);
                let audit = plan_changed(ctx, actor, &current, detail);
                match ctx
                    .store()
                    .save_plan(&next, current.version, &audit)
                    .await?
                {
                    VersionedWrite::Done => return Ok(Changed { plan, detail }),
                    VersionedWrite::NotFound => return Err(Error::NotFound.into()),
                    VersionedWrite::Stale => last = Some((open, current)),
                }
            }
        }
    }
    let Some((open, current)) = last else {
        return Err(Error::NotFound.into());
    };
    let page = page_of(ctx, catalogue, open, current, change.checks()).await?;
    Err(ChangeError::Stale(Box::new(page)))
}

/// The domain's rule for `change`, applied to `plan`; `entry` is the id the
/// server made for the entry it adds.
#[allow(clippy::too_many_arguments)]
fn apply(
    ctx: &Ctx,
    change: &PlanChange<'_>,
    entry: Uuid,
    plan: &mut Plan,
    open: &OpenCircle,
    me: &CircleMember,
    goals_on: bool,
    checks: &[CheckId],
) -> Result<Applied, Vec<FieldProblem>> {
    let now = ctx.now();
    match change {
        PlanChange::AddAction(_, draft) => {
            // Only what the person chose: the move's category is never used.
            let input = NewAction {
                move_id: draft.move_id,
                what: draft.what,
                who: draft.who,
                other: draft.other,
                by_when: draft.by_when,
                category: draft.category,
                stuck: draft.stuck,
                service: draft.service,
                service_name: draft.service_name,
            };
            plan.add_action(ActionId::from(entry), &input, me, &open.members, now)
        }
        PlanChange::ConfirmCategory { action, choice } => {
            plan.confirm_category(action, choice, me, now)
        }
        PlanChange::MarkAction {
            action,
            state,
            comment,
            ..
        } => plan.mark_action(action, entry.into(), state, comment, me, now),
        PlanChange::AddGoal {
            owner, text, score, ..
        } => {
            let owner = owner
                .parse::<CircleMemberId>()
                .ok()
                .and_then(|o| open.members.iter().find(|m| m.id == o));
            match owner {
                None => Err(vec![FieldProblem::new("owner", Problem::UnknownMember)]),
                Some(owner) => {
                    plan.add_goal(GoalId::from(entry), owner, me, text, score, goals_on, now)
                }
            }
        }
        PlanChange::Review(_, draft) => {
            let input = NewReview {
                worked: draft.worked,
                to_change: draft.to_change,
                ratings: draft.ratings.clone(),
                outcome: draft.outcome,
                next_review: draft.next_review,
                check: draft.check,
                checks,
            };
            plan.review(
                ReviewId::from(entry),
                &input,
                me,
                &open.members,
                goals_on,
                now,
            )
        }
    }
}

/// Reads the origin of categories written before origins were recorded
/// against the plan's own framework, so they are saved with the next change.
pub(crate) async fn settle(ctx: &Ctx, catalogue: &Catalogue, plan: &mut Plan) -> Result<(), Error> {
    if plan
        .body
        .actions
        .iter()
        .any(|a| a.category_origin == CategoryOrigin::Unknown)
    {
        let fw = framework_of(ctx, catalogue, plan).await?;
        plan.settle_categories(&fw);
    }
    Ok(())
}

/// A change to a plan, for the audit log (ids and codes only).
pub(crate) fn plan_changed(ctx: &Ctx, actor: &Actor, plan: &Plan, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(plan.org_id),
        ctx.now(),
        actor.user,
        AuditAction::PlanChanged,
    )
    .subject(plan.id.to_string())
    .detail(detail)
}

//! What of a circle's plans a person may see, for every page and export that
//! shows plans: only through the plan's audience and byline.

use crate::circle::{Circle, CircleAccess, CircleMember, OpenCircle};
use crate::ids::OrgId;
use crate::permission::{Actor, Capability};
use crate::plan::day::Day;
use crate::plan::record::Plan;
use crate::store::{CircleStore, PlanStore, StoreResult};

/// A plan due for review, with its circle and the person's place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInCircle {
    pub plan: Plan,
    pub circle: Circle,
    pub member: CircleMember,
}

/// The plans of an opened circle its reader may see, in the order given. Use
/// it for the plans pages and the subject access export alike.
pub fn plans_seen(open: &OpenCircle, plans: Vec<Plan>) -> Vec<Plan> {
    plans
        .into_iter()
        .filter(|p| p.org_id == open.circle.org_id && p.circle_id == open.circle.id)
        .filter(|p| p.seen_by(&open.access))
        .collect()
}

/// Every plan of an opened circle its reader may see, newest first. The
/// circle was opened (and the read audited) by [`crate::circle::open_circle`].
pub async fn plans_for_reader<S>(store: &S, open: &OpenCircle) -> StoreResult<Vec<Plan>>
where
    S: PlanStore + ?Sized,
{
    let plans = store
        .plans_of_circle(open.circle.org_id, open.circle.id)
        .await?;
    Ok(plans_seen(open, plans))
}

/// The open plans due for review on or before `today` that `actor` sees as a
/// member of their circles, soonest first: for a practitioner's home page.
/// Circle names and review dates only leave here; the plan itself is read
/// when the circle is opened.
pub async fn plans_due_for_review<S>(
    store: &S,
    actor: &Actor,
    org: OrgId,
    today: Day,
) -> StoreResult<Vec<PlanInCircle>>
where
    S: PlanStore + CircleStore + ?Sized,
{
    let Some(user) = actor.user else {
        return Ok(Vec::new());
    };
    if actor.org != Some(org) || !actor.may(Capability::WorkInOwnCircles) {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    for plan in store.plans_due_for_member(org, user, today).await? {
        let Some(circle) = store.circle(org, plan.circle_id).await? else {
            continue;
        };
        let members = store.circle_members(org, circle.id).await?;
        let Some(member) = members.into_iter().find(|m| m.user_id == Some(user)) else {
            continue;
        };
        // Their place in the circle and the plan's audience decide.
        if plan.seen_by(&CircleAccess::Member(member.clone())) {
            found.push(PlanInCircle {
                plan,
                circle,
                member,
            });
        }
    }
    Ok(found)
}

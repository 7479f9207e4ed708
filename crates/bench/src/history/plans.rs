//! A plan every quarter, made the way the plan pages make one: the
//! practitioner picks up to three focus moves from what was last agreed as
//! not yet or partly there, writes to the four noble truths, adds an action
//! for each move (for the parent, the young person, or someone outside the
//! circle: Enlisting), and the young person sets a goal with its starting
//! rating. Over the quarter the actions are marked done, changed or dropped
//! by whoever does them; at the end a review rates the goal again and closes
//! the plan, so the next one starts. The latest plan is carried forward.
//!
//! Every change is made by the plan's own rules (`Plan::new`,
//! `add_action`, ...), and kept as the whole plan after it, to be saved
//! against the version it was read at, as the pages save it.

use super::checks::MonthlyCheck;
use super::{DAY_SECS, MONTHS, MONTHS_PER_PLAN, month_start, with_account};
use anyhow::{Result, anyhow};
use moves_core::Timestamp;
use moves_core::check::AnswerStatus;
use moves_core::circle::audience::Audience;
use moves_core::circle::byline::Byline;
use moves_core::circle::member::{CircleMember, CircleRole};
use moves_core::circle::space::Circle;
use moves_core::framework::{AdaptedFramework, MoveId};
use moves_core::ids::{ActionId, GoalId, PlanEntryId, PlanId, ReviewId};
use moves_core::plan::{Day, NewAction, NewPlan, NewReview, Plan, Problems};

/// Focus moves per plan: fewer than the pages' nudge, as most plans have.
pub const FOCUS_PER_PLAN: usize = 3;
/// How long after it is made a plan is reviewed.
const REVIEW_AFTER_DAYS: i64 = 75;

/// What the circle writes to each noble truth's planning prompt.
const TRUTHS: [(&str, &str); 4] = [
    (
        "accepting",
        "Mornings are still hard and money is tight this term.",
    ),
    ("conserving", "Football club and the Friday visits to Nan."),
    (
        "commitment",
        "Mum can do one call a week; the young person will try one new thing.",
    ),
    ("enlisting", "The school nurse and the housing officer."),
];

/// The young person's goal each quarter, in their words.
const GOALS: [&str; 4] = [
    "Get to school on time most days",
    "Feel OK about going to the club",
    "Sleep better before school days",
    "Have a friend to sit with at lunch",
];

/// How an action ends, by its place in the plan and the plan's quarter.
fn outcome(quarter: usize, k: usize) -> &'static [(&'static str, &'static str)] {
    match (quarter + k) % 5 {
        3 => &[
            (
                "changed",
                "We tried it differently: once a week, not every day.",
            ),
            ("done", "Done in the new way, and it worked."),
        ],
        4 if k == 2 => &[(
            "dropped",
            "Not the right time for this; we will come back to it.",
        )],
        _ => &[("done", "Done. It went better than we thought.")],
    }
}

/// One plan: as made, then each change as the whole plan after it, with the
/// audit detail the pages write for it. Each change's `version` is the
/// version it is saved against.
#[derive(Debug, Clone)]
pub struct QuarterPlan {
    pub made: Plan,
    pub changes: Vec<(Plan, &'static str)>,
}

fn refused(what: &str, problems: &Problems) -> anyhow::Error {
    anyhow!("the history's {what} was refused: {problems:?}")
}

/// Up to [`FOCUS_PER_PLAN`] moves `check` agreed as not yet there, then as
/// partly there, varied from one quarter to the next.
fn focus_moves(check: &MonthlyCheck, quarter: usize) -> Vec<MoveId> {
    let mut candidates: Vec<(u8, usize, &MoveId)> = check
        .agreed
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let rank = match a.status {
                AnswerStatus::NotYet => 0,
                AnswerStatus::Partly => 1,
                _ => return None,
            };
            // Turn the list round by the quarter, so each plan looks afresh.
            let turn =
                (i + check.agreed.len() - (quarter * 7) % check.agreed.len()) % check.agreed.len();
            Some((rank, turn, &a.move_id))
        })
        .collect();
    candidates.sort();
    candidates
        .into_iter()
        .take(FOCUS_PER_PLAN)
        .map(|(_, _, m)| m.clone())
        .collect()
}

/// A day as the plan forms send it.
fn day(at: Timestamp, days: i64) -> String {
    Day::of(at.plus_seconds(days * DAY_SECS)).as_iso()
}

/// Keeps the plan after a change, to be saved against its version.
fn keep(plan: &mut Plan, changes: &mut Vec<(Plan, &'static str)>, detail: &'static str) {
    changes.push((plan.clone(), detail));
    plan.version += 1;
}

/// The plans of the history of `circle`, one a quarter, each made after that
/// quarter's first check in `checks`; none without a practitioner who signs
/// in. Fails only if the plan's own rules refuse a change, which would be a
/// mistake in this history.
pub fn quarterly_plans(
    circle: &Circle,
    members: &[CircleMember],
    framework: &AdaptedFramework,
    checks: &[MonthlyCheck],
    now: Timestamp,
) -> Result<Vec<QuarterPlan>> {
    let Some(worker) = with_account(members, CircleRole::Practitioner) else {
        return Ok(Vec::new());
    };
    let parent = with_account(members, CircleRole::ParentCarer);
    let young = with_account(members, CircleRole::FocusPerson);
    let audiences = Audience::choices(CircleRole::Practitioner, false);
    let quarters = (MONTHS / MONTHS_PER_PLAN) as usize;
    let mut plans = Vec::new();
    for quarter in 0..quarters {
        let first_month = quarter as i64 * MONTHS_PER_PLAN;
        let from = month_start(now, first_month);
        let to = month_start(now, first_month + MONTHS_PER_PLAN);
        // The quarter's first check, agreed the day before the plan is made.
        let Some(check) = checks
            .iter()
            .find(|c| c.check.started_at >= from && c.check.started_at < to)
        else {
            continue;
        };
        let focus = focus_moves(check, quarter);
        if focus.is_empty() {
            continue;
        }
        let made_at = check.agreed_at.plus_seconds(DAY_SECS);
        let review_due = day(made_at, REVIEW_AFTER_DAYS);
        let focus_ids: Vec<&str> = focus.iter().map(MoveId::as_str).collect();
        let mut plan = Plan::new(
            PlanId::new(),
            circle.org_id,
            circle.id,
            framework,
            Byline::own(worker.id),
            &audiences,
            &NewPlan {
                focus: focus_ids.clone(),
                truths: TRUTHS.to_vec(),
                review_due: &review_due,
                audience: Audience::WholeCircle.as_str(),
                ..NewPlan::default()
            },
            made_at,
        )
        .map_err(|p| refused("plan", &p))?;
        let made = plan.clone();
        let mut changes = Vec::new();

        // An action for each focus move: the parent's, the young person's,
        // and someone outside the circle (Enlisting).
        let mut doers = Vec::new();
        for (k, move_id) in focus_ids.iter().enumerate() {
            let at = made_at.plus_seconds(60 * (k as i64 + 1));
            let member = match k {
                0 => parent.or(young),
                1 => young.or(parent),
                _ => None,
            };
            let who = member.map(|m| m.id.to_string());
            let category = framework
                .framework
                .move_by_id(move_id)
                .and_then(|m| m.category)
                .map_or("none", |c| c.as_str());
            let by_when = day(at, 21 + 14 * k as i64);
            let input = NewAction {
                move_id,
                what: "Make a start on this together and say how it went.",
                who: who.as_deref().unwrap_or("other"),
                other: "The school nurse",
                by_when: &by_when,
                // The simulated person chooses the move's category.
                category,
                ..NewAction::default()
            };
            let id = ActionId::new();
            plan.add_action(id, &input, worker, members, at)
                .map_err(|p| refused("action", &p))?;
            keep(&mut plan, &mut changes, "action_added");
            doers.push((id, member.unwrap_or(worker), 19 + 14 * k as i64));
        }

        // The young person's goal, typed with them every other quarter.
        let mut goal = None;
        if let Some(owner) = young {
            let typist = if quarter % 2 == 0 { worker } else { owner };
            let id = GoalId::new();
            let score = (2 + quarter / 2).to_string();
            plan.add_goal(
                id,
                owner,
                typist,
                GOALS[quarter % GOALS.len()],
                &score,
                true,
                made_at.plus_seconds(10 * 60),
            )
            .map_err(|p| refused("goal", &p))?;
            keep(&mut plan, &mut changes, "goal_set");
            goal = Some((id, quarter / 2 + 5));
        }

        // Marked by whoever does them, a couple of days before they are due.
        for (k, (id, by, after_days)) in doers.iter().enumerate() {
            for (step, (state, comment)) in outcome(quarter, k).iter().enumerate() {
                let at = made_at.plus_seconds((after_days + 7 * step as i64) * DAY_SECS);
                plan.mark_action(&id.to_string(), PlanEntryId::new(), state, comment, by, at)
                    .map_err(|p| refused("marking", &p))?;
                keep(&mut plan, &mut changes, "action_marked");
            }
        }

        // The review: the goal rated again; the plan closed so the next one
        // starts, except the latest, which carries on.
        let reviewed_at = made_at.plus_seconds(REVIEW_AFTER_DAYS * DAY_SECS);
        let last = quarter + 1 == quarters;
        let next_review = day(reviewed_at, 28);
        let score = goal.map(|(id, s)| (id.to_string(), s.min(10).to_string()));
        let review = NewReview {
            worked: "The actions we chose were small enough to do.",
            to_change: "Ask for help sooner when something gets stuck.",
            ratings: score
                .iter()
                .map(|(id, s)| (id.as_str(), s.as_str()))
                .collect(),
            outcome: if last { "carry" } else { "close" },
            next_review: &next_review,
            // The history's reviews do not name a check.
            check: "",
            checks: &[],
        };
        plan.review(ReviewId::new(), &review, worker, members, true, reviewed_at)
            .map_err(|p| refused("review", &p))?;
        keep(
            &mut plan,
            &mut changes,
            if last { "reviewed" } else { "closed" },
        );
        plans.push(QuarterPlan { made, changes });
    }
    Ok(plans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::checks::monthly_checks;
    use crate::history::framework::shipped;
    use crate::history::test_circle::{NOW, full_circle};
    use moves_core::plan::{ActionState, Who};

    fn history(circle: &Circle, members: &[CircleMember]) -> (Vec<MonthlyCheck>, Vec<QuarterPlan>) {
        let fw = shipped().unwrap();
        let checks = monthly_checks(circle, members, &fw, NOW);
        let plans = quarterly_plans(circle, members, &fw, &checks, NOW).unwrap();
        (checks, plans)
    }

    fn last(p: &QuarterPlan) -> &Plan {
        p.changes.last().map_or(&p.made, |(plan, _)| plan)
    }

    #[test]
    fn a_plan_every_quarter_from_what_was_agreed() {
        let (circle, members) = full_circle();
        let (checks, plans) = history(&circle, &members);
        assert_eq!(plans.len(), 8);
        for (q, p) in plans.iter().enumerate() {
            let (from, to) = (
                month_start(NOW, q as i64 * 3),
                month_start(NOW, q as i64 * 3 + 3),
            );
            assert!(
                p.made.created_at >= from && p.made.created_at < to,
                "quarter {q}"
            );
            assert!(!p.made.body.focus.is_empty() && p.made.body.focus.len() <= FOCUS_PER_PLAN);
            assert_eq!(p.made.body.truths.len(), 4);
            // Its moves were agreed as not yet or partly there just before.
            let check = checks
                .iter()
                .rev()
                .find(|c| c.agreed_at < p.made.created_at)
                .unwrap();
            for m in &p.made.body.focus {
                let a = check.agreed.iter().find(|a| a.move_id == *m).unwrap();
                assert!(matches!(
                    a.status,
                    AnswerStatus::NotYet | AnswerStatus::Partly
                ));
            }
            let done = last(p);
            assert_eq!(done.body.actions.len(), p.made.body.focus.len());
            assert!(
                done.body
                    .actions
                    .iter()
                    .all(|a| a.state() != ActionState::Open)
            );
            assert_eq!(done.body.reviews.len(), 1);
            assert!(done.updated_at < NOW);
        }
        // Each plan reviewed and closed before the next starts; the latest
        // carries on to a review still to come.
        for w in plans.windows(2) {
            assert!(last(&w[0]).closed);
            assert!(last(&w[0]).updated_at < w[1].made.created_at);
        }
        let latest = last(&plans[7]);
        assert!(!latest.closed);
        assert!(latest.review_due > Day::of(NOW));
        // The focus moves change over time.
        assert!(
            plans
                .windows(2)
                .any(|w| w[0].made.body.focus != w[1].made.body.focus)
        );
    }

    #[test]
    fn actions_for_the_parent_the_young_person_and_others_marked_every_way() {
        let (circle, members) = full_circle();
        let parent = with_account(&members, CircleRole::ParentCarer).unwrap();
        let young = with_account(&members, CircleRole::FocusPerson).unwrap();
        let (_, plans) = history(&circle, &members);
        let actions: Vec<_> = plans
            .iter()
            .flat_map(|p| last(p).body.actions.clone())
            .collect();
        assert!(actions.iter().any(|a| a.who == Who::Member(parent.id)));
        assert!(actions.iter().any(|a| a.who == Who::Member(young.id)));
        assert!(actions.iter().any(|a| matches!(a.who, Who::Other(_))));
        assert!(actions.iter().any(|a| a.category.is_some()));
        for state in [
            ActionState::Done,
            ActionState::Changed,
            ActionState::Dropped,
        ] {
            assert!(
                actions
                    .iter()
                    .any(|a| a.updates.iter().any(|u| u.state == state)),
                "{}",
                state.as_str()
            );
        }
        // Whoever does an action in the circle marks it.
        for a in &actions {
            if let Who::Member(m) = a.who {
                assert!(a.updates.iter().all(|u| u.by == m));
            }
        }
    }

    #[test]
    fn the_young_persons_goal_is_rated_at_the_start_and_at_the_review() {
        let (circle, members) = full_circle();
        let young = with_account(&members, CircleRole::FocusPerson).unwrap();
        let (_, plans) = history(&circle, &members);
        for (q, p) in plans.iter().enumerate() {
            let goals = &last(p).body.goals;
            assert_eq!(goals.len(), 1);
            let g = &goals[0];
            assert_eq!(g.byline.author, young.id);
            assert_eq!(g.byline.entered_by.is_some(), q % 2 == 0, "typed with them");
            assert_eq!(g.ratings.len(), 2);
            assert!(g.ratings[1].score > g.ratings[0].score);
            assert!(g.ratings[1].review.is_some());
        }
    }

    #[test]
    fn each_change_is_saved_against_the_version_before_it() {
        let (circle, members) = full_circle();
        let (_, plans) = history(&circle, &members);
        for p in &plans {
            assert_eq!(p.made.version, 1);
            let mut at = p.made.updated_at;
            for (i, (plan, _)) in p.changes.iter().enumerate() {
                assert_eq!(plan.version, i as i64 + 1);
                assert_eq!(plan.id, p.made.id);
                assert!(plan.updated_at >= at);
                at = plan.updated_at;
            }
            let details: Vec<&str> = p.changes.iter().map(|(_, d)| *d).collect();
            assert!(details.contains(&"action_added") && details.contains(&"action_marked"));
            assert!(matches!(details.last(), Some(&"closed" | &"reviewed")));
        }
    }

    #[test]
    fn without_a_parent_or_a_practitioner() {
        let (circle, members) = full_circle();
        let no_parent: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.role != CircleRole::ParentCarer)
            .cloned()
            .collect();
        let (_, plans) = history(&circle, &no_parent);
        assert_eq!(plans.len(), 8);
        let no_worker: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.role != CircleRole::Practitioner)
            .cloned()
            .collect();
        let (_, plans) = history(&circle, &no_worker);
        assert!(plans.is_empty());
    }
}

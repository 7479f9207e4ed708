//! A demo plan for `moves seed-demo`: two focus moves of the shipped
//! framework, actions (one done with a comment, one enlisting someone outside
//! the circle and aimed at housing), a goal of the young person's with a
//! starting rating, and a review that carried the plan forward.

use crate::circle::{Audience, Byline, Circle, CircleMember, CircleRole};
use crate::clock::Timestamp;
use crate::framework::{Category, FrameworkId, FrameworkVersion, MoveId};
use crate::ids::{ActionId, GoalId, PlanEntryId, PlanId, ReviewId};
use crate::plan::action::{Action, ActionState, ActionUpdate, Who};
use crate::plan::day::Day;
use crate::plan::goal::{Goal, Rating};
use crate::plan::record::{Plan, PlanBody, TruthNote};
use crate::plan::review::{Review, ReviewOutcome};

/// The shipped edition the demo checks and plan are made with: the one new
/// records use.
pub const DEMO_EDITION: &str = "resilience-framework-cyp-2012";

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A plan for a demo circle, made by its practitioner two weeks before `now`
/// and reviewed a week later; `None` when the circle has no practitioner.
pub fn demo_plan(circle: &Circle, members: &[CircleMember], now: Timestamp) -> Option<Plan> {
    let worker = members
        .iter()
        .find(|m| m.role == CircleRole::Practitioner)?;
    let young = members
        .iter()
        .find(|m| m.role == CircleRole::FocusPerson)
        .unwrap_or(worker);
    let made = Timestamp::from_millis(now.as_millis() - 14 * DAY_MS);
    let reviewed = Timestamp::from_millis(now.as_millis() - 7 * DAY_MS);
    let today = Day::of(now);
    let housing = MoveId::parse("basics.housing").ok()?;
    let brave = MoveId::parse("coping.brave").ok()?;
    let with_young = Byline::with(worker, young).ok()?;
    Some(Plan {
        id: PlanId::new(),
        org_id: circle.org_id,
        circle_id: circle.id,
        framework: FrameworkVersion {
            edition: FrameworkId::parse(DEMO_EDITION).ok()?,
            adaptation_version: 0,
        },
        audience: Audience::WholeCircle,
        byline: Byline::own(worker.id),
        body: PlanBody {
            focus: vec![housing.clone(), brave.clone()],
            truths: vec![
                TruthNote {
                    truth: "accepting".into(),
                    text: "The flat is damp and everyone is tired.".into(),
                },
                TruthNote {
                    truth: "enlisting".into(),
                    text: "The housing officer and the school nurse.".into(),
                },
            ],
            actions: vec![
                Action {
                    id: ActionId::new(),
                    move_id: housing,
                    what: "Ask the housing officer to visit about the damp.".into(),
                    who: Who::Other("The housing officer".into()),
                    by_when: today.plus_days(14),
                    category: Some(Category::Housing),
                    added_by: worker.id,
                    added_at: made,
                    updates: Vec::new(),
                },
                Action {
                    id: ActionId::new(),
                    move_id: brave,
                    what: "Try the after-school club once.".into(),
                    who: Who::Member(young.id),
                    by_when: today,
                    category: None,
                    added_by: worker.id,
                    added_at: made,
                    updates: vec![ActionUpdate {
                        id: PlanEntryId::new(),
                        state: ActionState::Done,
                        comment: "Went twice and liked the drama group.".into(),
                        by: young.id,
                        at: reviewed,
                    }],
                },
            ],
            goals: vec![Goal {
                id: GoalId::new(),
                byline: with_young,
                text: "Feel OK about going to school".into(),
                set_at: made,
                ratings: vec![
                    Rating {
                        id: PlanEntryId::new(),
                        score: 3,
                        byline: with_young,
                        at: made,
                        review: None,
                    },
                    Rating {
                        id: PlanEntryId::new(),
                        score: 5,
                        byline: with_young,
                        at: reviewed,
                        review: None,
                    },
                ],
            }],
            reviews: vec![Review {
                id: ReviewId::new(),
                byline: Byline::own(worker.id),
                at: reviewed,
                worked: "The club: a good start.".into(),
                to_change: "Chase the housing office.".into(),
                outcome: ReviewOutcome::CarriedForward {
                    next_review: today.plus_days(21),
                },
                check: None,
            }],
        },
        review_due: today.plus_days(21),
        closed: false,
        created_at: made,
        updated_at: reviewed,
        updated_by: Some(worker.id),
        version: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::NewCircle;
    use crate::ids::{CircleId, OrgId, UserId};

    #[test]
    fn a_demo_plan_has_actions_a_goal_and_a_review() {
        let (org, now) = (OrgId::new(), Timestamp::from_millis(1_764_000_000_000));
        let circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: "Maya",
                ..NewCircle::default()
            },
            UserId::new(),
            now,
        )
        .unwrap();
        let m = |role| CircleMember::new(org, circle.id, None, "x", "", role, now).unwrap();
        let members = vec![m(CircleRole::FocusPerson), m(CircleRole::Practitioner)];
        let plan = demo_plan(&circle, &members, now).unwrap();
        assert_eq!(plan.body.actions.len(), 2);
        assert_eq!(plan.body.goals[0].byline.entered_by, Some(members[1].id));
        assert_eq!(plan.body.reviews.len(), 1);
        assert!(!plan.review_is_due(Day::of(now)));
        assert!(
            demo_plan(&circle, &members[..1], now).is_none(),
            "no practitioner"
        );
        // Its moves are the shipped framework's.
        let cyp = include_str!("../../../../frameworks/resilience-framework-cyp-2012.toml");
        let fw = crate::framework::parse_framework("cyp.toml", cyp).unwrap();
        assert_eq!(fw.id.as_str(), DEMO_EDITION);
        for id in &plan.body.focus {
            assert!(fw.move_by_id(id.as_str()).is_some(), "{id}");
        }
    }
}

//! The history of a circle's work, newest first: checks recorded (with how
//! many shared views the reader can see), plans started and reviews with
//! their outcome and the check done for them. Only plans the reader may see
//! are on it, decided by [`crate::plan::Plan::seen_by`].

use crate::check::{Check, Perspective};
use crate::circle::CircleAccess;
use crate::clock::Timestamp;
use crate::plan::{Plan, Review};

#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    CheckRecorded {
        check: &'a Check,
        /// Shared views of it the reader may see.
        views: usize,
    },
    PlanStarted {
        plan: &'a Plan,
    },
    Reviewed {
        plan: &'a Plan,
        review: &'a Review,
        /// The check done for the review, when it named one of the circle's.
        check: Option<&'a Check>,
    },
}

impl Event<'_> {
    pub fn at(&self) -> Timestamp {
        match self {
            Event::CheckRecorded { check, .. } => check.started_at,
            Event::PlanStarted { plan } => plan.created_at,
            Event::Reviewed { review, .. } => review.at,
        }
    }
}

/// Everything that happened, newest first. `perspectives` are those the
/// reader may see (see [`super::Views::perspectives`]); `plans` are filtered
/// here again by what `access` sees and by the checks' circle.
pub fn timeline<'a>(
    access: &CircleAccess,
    checks: &'a [Check],
    perspectives: &[&Perspective],
    plans: &'a [Plan],
) -> Vec<Event<'a>> {
    let circle = checks.first().map(|c| (c.org_id, c.circle_id));
    let mut events: Vec<Event<'a>> = checks
        .iter()
        .map(|check| Event::CheckRecorded {
            check,
            views: perspectives
                .iter()
                .filter(|p| p.check_id == check.id && !p.is_draft())
                .count(),
        })
        .collect();
    for plan in plans.iter().filter(|p| p.seen_by(access)) {
        if circle.is_some_and(|c| c != (plan.org_id, plan.circle_id)) {
            continue;
        }
        events.push(Event::PlanStarted { plan });
        for review in &plan.body.reviews {
            let check = review
                .check
                .and_then(|id| checks.iter().find(|c| c.id == id));
            events.push(Event::Reviewed {
                plan,
                review,
                check,
            });
        }
    }
    // Newest first; things of the same moment keep the order above.
    events.sort_by_key(|e| std::cmp::Reverse(e.at()));
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::NotYet;
    use crate::circle::{Audience, Byline};
    use crate::framework::{FrameworkId, FrameworkVersion, MoveId};
    use crate::ids::{PlanId, ReviewId};
    use crate::plan::{Day, PlanBody, ReviewOutcome};
    use crate::progress::Views;
    use crate::progress::tests_support::{DAY_MS, History, day};

    fn plan(h: &History, on: i64, audience: Audience, reviews: Vec<Review>) -> Plan {
        let worker = &h.people[2];
        Plan {
            id: PlanId::new(),
            org_id: worker.org_id,
            circle_id: worker.circle_id,
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            audience,
            byline: Byline::own(worker.id),
            body: PlanBody {
                focus: vec![MoveId::parse("basics.housing").unwrap()],
                reviews,
                ..PlanBody::default()
            },
            review_due: Day::of(day(on + 30)),
            closed: false,
            created_at: day(on),
            updated_at: day(on),
            updated_by: None,
            version: 1,
        }
    }

    fn review(h: &History, on: i64, check: Option<&Check>) -> Review {
        Review {
            id: ReviewId::new(),
            byline: Byline::own(h.people[2].id),
            at: day(on),
            worked: "The club.".into(),
            to_change: String::new(),
            outcome: ReviewOutcome::Closed,
            check: check.map(|c| c.id),
        }
    }

    #[test]
    fn newest_first_with_the_reviews_checks_and_only_plans_seen() {
        let h = History::new();
        let (young, worker) = (&h.people[0], &h.people[2]);
        let checks = vec![h.check(10), h.check(40)];
        let views = vec![
            h.view(
                &checks[0],
                young,
                Audience::WholeCircle,
                &[("basics.housing", NotYet)],
            ),
            h.view(
                &checks[0],
                worker,
                Audience::Practitioners,
                &[("basics.housing", NotYet)],
            ),
        ];
        let plans = vec![
            plan(
                &h,
                20,
                Audience::WholeCircle,
                vec![review(&h, 45, Some(&checks[1]))],
            ),
            plan(&h, 30, Audience::Practitioners, vec![review(&h, 50, None)]),
        ];
        let access = h.access(young);
        let seen = Views::new(&access, &checks, &views);
        let events = timeline(&access, &checks, seen.perspectives(), &plans);
        let days: Vec<i64> = events.iter().map(|e| e.at().as_millis() / DAY_MS).collect();
        // The practitioners' plan and its review are not the young person's to see.
        assert_eq!(days, [45, 40, 20, 10]);
        match events[0] {
            Event::Reviewed { check, .. } => assert_eq!(check.map(|c| c.id), Some(checks[1].id)),
            other => panic!("{other:?}"),
        }
        match events[3] {
            Event::CheckRecorded { views, .. } => {
                assert_eq!(views, 1, "the practitioners' view is not counted")
            }
            other => panic!("{other:?}"),
        }
        let as_worker = h.access(worker);
        let seen = Views::new(&as_worker, &checks, &views);
        let events = timeline(&as_worker, &checks, seen.perspectives(), &plans);
        assert_eq!(events.len(), 6);
    }

    #[test]
    fn a_review_naming_a_check_of_elsewhere_shows_no_check() {
        let h = History::new();
        let checks = vec![h.check(10)];
        let stray = h.check(12);
        let plans = vec![plan(
            &h,
            11,
            Audience::WholeCircle,
            vec![review(&h, 13, Some(&stray))],
        )];
        let events = timeline(&h.access(&h.people[0]), &checks, &[], &plans);
        match events[0] {
            Event::Reviewed { check, .. } => assert!(check.is_none()),
            other => panic!("{other:?}"),
        }
    }
}

//! Whether an email digest should go to a person for one organisation: is
//! anything waiting for them that they have not been told of, either on their
//! home page or by an earlier digest? The same facts as the home page
//! ([`super::home_facts`]) decide it, so a digest never tells of something the
//! home page would not show, and only of what needs them soon
//! ([`Due::needs_you_from`]): a family's next review months away is on their
//! home page, but it is not news. Nobody is told of their own doing. The email
//! itself says only that something is waiting, never what.

use super::{Due, HomeFacts};
use crate::clock::Timestamp;
use crate::plan::Day;

/// Where "new" begins for a digest: the later of the person's last look at
/// their home page and the last digest sent to them; `None` if neither
/// happened (everything waiting is new).
pub fn digest_since(
    last_visit: Option<Timestamp>,
    last_sent: Option<Timestamp>,
) -> Option<Timestamp> {
    last_visit.max(last_sent)
}

/// Whether the plan `due` is about was changed after `since` by someone
/// other than the person (`facts.mine`: who they are in each circle). Their
/// own change is not news to them; a change by someone unknown (made before
/// plans recorded who changed them) is.
fn changed_by_another(due: &Due, facts: &HomeFacts, since: Timestamp) -> bool {
    let Some(plan) = due
        .plan()
        .and_then(|id| facts.plans.iter().find(|p| p.id == id))
    else {
        return false;
    };
    plan.updated_at > since
        && !plan
            .updated_by
            .is_some_and(|by| facts.mine.iter().any(|m| m.id == by))
}

/// Whether something is waiting for the person that came after `since`
/// ([`digest_since`]) by `now`, from their home page's `facts` (read with
/// `since` as the start of what is new, so anything shared in them is new).
/// A due item counts once it needs them ([`Due::needs_you_from`]), and then
/// when it began to need them after the day of `since` (a look on that day
/// already showed it), or when someone else changed its plan after `since`.
/// A manager's count of a team's overdue reviews says nothing of when, so it
/// never starts a digest on its own.
pub fn something_waiting(since: Option<Timestamp>, now: Timestamp, facts: &HomeFacts) -> bool {
    if !facts.shared.is_empty() {
        return true;
    }
    let today = Day::of(now);
    facts.due.iter().any(|d| {
        let Some(from) = d.due.needs_you_from() else {
            return false;
        };
        if from > today {
            return false;
        }
        let Some(since) = since else {
            return true;
        };
        let needs_you_since = Day::of(since) < from;
        needs_you_since || changed_by_another(&d.due, facts, since)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::member::CircleMember;
    use crate::home::{DueInCircle, NewForYou, SOON_DAYS, Shared};
    use crate::ids::{CheckId, CircleId, CircleMemberId, PlanId};
    use crate::plan::Plan;

    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);
    const DAY: i64 = 86_400;

    fn today() -> Day {
        Day::of(NOW)
    }

    /// [`something_waiting`] for someone in no circle of their own (so no
    /// change is theirs).
    fn waiting(
        since: Option<Timestamp>,
        now: Timestamp,
        due: &[DueInCircle],
        shared: &[NewForYou],
        plans: &[Plan],
    ) -> bool {
        let facts = HomeFacts {
            due: due.to_vec(),
            shared: shared.to_vec(),
            mine: Vec::new(),
            plans: plans.to_vec(),
        };
        something_waiting(since, now, &facts)
    }

    fn item(due: Due) -> DueInCircle {
        DueInCircle {
            circle_id: CircleId::new(),
            focus_name: "Zoë".into(),
            due,
        }
    }

    fn review(plan: PlanId, in_days: i64) -> DueInCircle {
        item(Due::Review {
            plan,
            on: today().plus_days(in_days),
            overdue: in_days < 0,
        })
    }

    #[test]
    fn since_is_the_later_of_the_last_look_and_the_last_digest() {
        let earlier = NOW.plus_seconds(-DAY);
        assert_eq!(digest_since(None, None), None);
        assert_eq!(digest_since(Some(earlier), None), Some(earlier));
        assert_eq!(digest_since(None, Some(earlier)), Some(earlier));
        assert_eq!(digest_since(Some(earlier), Some(NOW)), Some(NOW));
        assert_eq!(digest_since(Some(NOW), Some(earlier)), Some(NOW));
    }

    #[test]
    fn anything_shared_since_is_new() {
        let shared = [NewForYou {
            circle_id: CircleId::new(),
            focus_name: "Zoë".into(),
            shared_by: "Sam".into(),
            what: Shared::Checks {
                count: 1,
                latest: CheckId::new(),
            },
        }];
        assert!(waiting(Some(NOW), NOW, &[], &shared, &[]));
        assert!(!waiting(Some(NOW), NOW, &[], &[], &[]));
        assert!(!waiting(None, NOW, &[], &[], &[]), "nothing at all");
    }

    #[test]
    fn a_due_item_is_new_once_from_the_day_it_shows() {
        let plan = PlanId::new();
        // Due in a week: it showed on the home page from today.
        let due = [review(plan, SOON_DAYS)];
        let yesterday = NOW.plus_seconds(-DAY);
        assert!(waiting(Some(yesterday), NOW, &due, &[], &[]));
        assert!(waiting(None, NOW, &due, &[], &[]));
        // Looked at (or told of) earlier today: already seen.
        assert!(!waiting(Some(NOW.plus_seconds(-60)), NOW, &due, &[], &[]));
        // Due in three days: it showed four days ago, before the last look.
        let older = [review(plan, 3)];
        assert!(!waiting(Some(yesterday), NOW, &older, &[], &[]));
        assert!(waiting(
            Some(NOW.plus_seconds(-5 * DAY)),
            NOW,
            &older,
            &[],
            &[]
        ));
        // Actions and a family's next review alike.
        let action = [item(Due::Action {
            plan,
            what: "Ring school".into(),
            by: today().plus_days(SOON_DAYS),
            overdue: false,
        })];
        assert!(waiting(Some(yesterday), NOW, &action, &[], &[]));
        let next = [item(Due::NextReview {
            plan,
            on: today().plus_days(SOON_DAYS + 1),
        })];
        assert!(
            !waiting(Some(yesterday), NOW, &next, &[], &[]),
            "shows tomorrow"
        );
        assert!(!waiting(None, NOW, &next, &[], &[]), "not yet shown at all");
    }

    #[test]
    fn a_plan_changed_since_makes_its_due_items_new_again() {
        use crate::circle::{Audience, Byline};
        use crate::framework::FrameworkId;
        use crate::framework::adaptation::FrameworkVersion;
        use crate::ids::{CircleMemberId, OrgId};
        use crate::plan::PlanBody;
        let plan = Plan {
            id: PlanId::new(),
            org_id: OrgId::new(),
            circle_id: CircleId::new(),
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            audience: Audience::WholeCircle,
            byline: Byline::own(CircleMemberId::new()),
            body: PlanBody::default(),
            review_due: today().plus_days(3),
            closed: false,
            created_at: NOW.plus_seconds(-10 * DAY),
            updated_at: NOW.plus_seconds(-3600),
            updated_by: None,
            version: 2,
        };
        let due = [review(plan.id, 3)];
        let plans = std::slice::from_ref(&plan);
        assert!(waiting(Some(NOW.plus_seconds(-DAY)), NOW, &due, &[], plans));
        assert!(!waiting(Some(NOW.plus_seconds(-60)), NOW, &due, &[], plans));
        // Another plan's change is not this item's.
        let other = [review(PlanId::new(), 3)];
        assert!(!waiting(
            Some(NOW.plus_seconds(-DAY)),
            NOW,
            &other,
            &[],
            plans
        ));
    }

    #[test]
    fn a_team_count_alone_never_sends() {
        let due = [item(Due::TeamReviewsOverdue { count: 3 })];
        assert!(!waiting(None, NOW, &due, &[], &[]));
        assert!(!waiting(
            Some(NOW.plus_seconds(-30 * DAY)),
            NOW,
            &due,
            &[],
            &[]
        ));
    }

    /// Zoë's plan in a circle where Mum is a member, due for review in
    /// `in_days`, last changed an hour ago by `by`.
    fn changed_plan(in_days: i64, by: Option<CircleMemberId>) -> (Plan, CircleMember) {
        use crate::circle::member::CircleRole;
        use crate::circle::{Audience, Byline};
        use crate::framework::FrameworkId;
        use crate::framework::adaptation::FrameworkVersion;
        use crate::ids::OrgId;
        use crate::plan::PlanBody;
        let (org, circle) = (OrgId::new(), CircleId::new());
        let mum = CircleMember::new(
            org,
            circle,
            Some(crate::ids::UserId::new()),
            "Mum",
            "",
            CircleRole::ParentCarer,
            NOW.plus_seconds(-30 * DAY),
        )
        .unwrap();
        let plan = Plan {
            id: PlanId::new(),
            org_id: org,
            circle_id: circle,
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            audience: Audience::WholeCircle,
            byline: Byline::own(CircleMemberId::new()),
            body: PlanBody::default(),
            review_due: today().plus_days(in_days),
            closed: false,
            created_at: NOW.plus_seconds(-10 * DAY),
            updated_at: NOW.plus_seconds(-3600),
            updated_by: by,
            version: 2,
        };
        (plan, mum)
    }

    fn next_review(plan: &Plan) -> HomeFacts {
        HomeFacts {
            due: vec![item(Due::NextReview {
                plan: plan.id,
                on: plan.review_due,
            })],
            shared: Vec::new(),
            mine: Vec::new(),
            plans: vec![plan.clone()],
        }
    }

    #[test]
    fn your_own_change_to_a_plan_is_not_news_to_you() {
        let yesterday = Some(NOW.plus_seconds(-DAY));
        // Mum marked her action done an hour ago: her next review in three
        // days (shown four days ago) is not new to her because of it.
        let (plan, mum) = changed_plan(3, None);
        let mum_changed = Plan {
            updated_by: Some(mum.id),
            ..plan.clone()
        };
        let facts = HomeFacts {
            mine: vec![mum.clone()],
            ..next_review(&mum_changed)
        };
        assert!(!something_waiting(yesterday, NOW, &facts));
        // Someone else's change is news to her...
        let sam_changed = Plan {
            updated_by: Some(CircleMemberId::new()),
            ..plan.clone()
        };
        let facts = HomeFacts {
            mine: vec![mum.clone()],
            ..next_review(&sam_changed)
        };
        assert!(something_waiting(yesterday, NOW, &facts));
        // ...and so is a change by someone unknown (made before plans
        // recorded who changed them).
        let facts = HomeFacts {
            mine: vec![mum],
            ..next_review(&plan)
        };
        assert!(something_waiting(yesterday, NOW, &facts));
    }

    #[test]
    fn a_far_off_next_review_is_not_news_even_when_its_plan_changes() {
        // On the home page at any distance, but it needs the family only a
        // week before: a change by someone else a month before is no email.
        let (plan, _) = changed_plan(30, Some(CircleMemberId::new()));
        let facts = next_review(&plan);
        assert!(!something_waiting(
            Some(NOW.plus_seconds(-DAY)),
            NOW,
            &facts
        ));
        assert!(!something_waiting(None, NOW, &facts));
        // The same change with the review a week away is (looked at two
        // hours ago, earlier the same day: only the change is new).
        let (soon, _) = changed_plan(SOON_DAYS, Some(CircleMemberId::new()));
        let facts = next_review(&soon);
        assert!(something_waiting(
            Some(NOW.plus_seconds(-2 * 3600)),
            NOW,
            &facts
        ));
    }
}

//! Whether an email digest should go to a person for one organisation: is
//! anything waiting for them that they have not been told of, either on their
//! home page or by an earlier digest? The same facts as the home page
//! ([`super::due_for`], [`super::new_for_you`]) decide it, so a digest never
//! tells of something the home page would not show. The email itself says
//! only that something is waiting, never what.

use super::{Due, DueInCircle, NewForYou, SOON_DAYS};
use crate::clock::Timestamp;
use crate::plan::{Day, Plan};

/// Where "new" begins for a digest: the later of the person's last look at
/// their home page and the last digest sent to them; `None` if neither
/// happened (everything waiting is new).
pub fn digest_since(
    last_visit: Option<Timestamp>,
    last_sent: Option<Timestamp>,
) -> Option<Timestamp> {
    last_visit.max(last_sent)
}

/// The day a due item first showed on the home page: [`SOON_DAYS`] before
/// its date. A manager's count of a team's overdue reviews says nothing of
/// when, so it never starts a digest on its own.
fn showed_from(due: &Due) -> Option<Day> {
    match due {
        Due::Review { on, .. } | Due::NextReview { on, .. } => Some(on.plus_days(-SOON_DAYS)),
        Due::Action { by, .. } => Some(by.plus_days(-SOON_DAYS)),
        Due::TeamReviewsOverdue { .. } => None,
    }
}

fn plan_of(due: &Due) -> Option<crate::ids::PlanId> {
    match due {
        Due::Review { plan, .. } | Due::NextReview { plan, .. } | Due::Action { plan, .. } => {
            Some(*plan)
        }
        Due::TeamReviewsOverdue { .. } => None,
    }
}

/// Whether something is waiting for the person that came after `since`
/// ([`digest_since`]) by `now`. `due` is [`super::due_for`]'s answer for
/// today; `shared` is [`super::new_for_you`]'s over what was shared after
/// `since` (so any of it is new); `plans` are the plans `due` was worked out
/// from. A due item is new when it first showed on the home page after the
/// day of `since` (a look on that day already showed it), or when its plan
/// changed after `since`.
pub fn something_waiting(
    since: Option<Timestamp>,
    now: Timestamp,
    due: &[DueInCircle],
    shared: &[NewForYou],
    plans: &[Plan],
) -> bool {
    if !shared.is_empty() {
        return true;
    }
    let today = Day::of(now);
    due.iter().any(|d| {
        let Some(from) = showed_from(&d.due) else {
            return false;
        };
        let Some(since) = since else {
            return from <= today;
        };
        let showed_since = Day::of(since) < from && from <= today;
        let changed_since = plan_of(&d.due)
            .and_then(|id| plans.iter().find(|p| p.id == id))
            .is_some_and(|p| p.updated_at > since);
        showed_since || changed_since
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::home::Shared;
    use crate::ids::{CheckId, CircleId, PlanId};

    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);
    const DAY: i64 = 86_400;

    fn today() -> Day {
        Day::of(NOW)
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
        assert!(something_waiting(Some(NOW), NOW, &[], &shared, &[]));
        assert!(!something_waiting(Some(NOW), NOW, &[], &[], &[]));
        assert!(
            !something_waiting(None, NOW, &[], &[], &[]),
            "nothing at all"
        );
    }

    #[test]
    fn a_due_item_is_new_once_from_the_day_it_shows() {
        let plan = PlanId::new();
        // Due in a week: it showed on the home page from today.
        let due = [review(plan, SOON_DAYS)];
        let yesterday = NOW.plus_seconds(-DAY);
        assert!(something_waiting(Some(yesterday), NOW, &due, &[], &[]));
        assert!(something_waiting(None, NOW, &due, &[], &[]));
        // Looked at (or told of) earlier today: already seen.
        assert!(!something_waiting(
            Some(NOW.plus_seconds(-60)),
            NOW,
            &due,
            &[],
            &[]
        ));
        // Due in three days: it showed four days ago, before the last look.
        let older = [review(plan, 3)];
        assert!(!something_waiting(Some(yesterday), NOW, &older, &[], &[]));
        assert!(something_waiting(
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
        assert!(something_waiting(Some(yesterday), NOW, &action, &[], &[]));
        let next = [item(Due::NextReview {
            plan,
            on: today().plus_days(SOON_DAYS + 1),
        })];
        assert!(
            !something_waiting(Some(yesterday), NOW, &next, &[], &[]),
            "shows tomorrow"
        );
        assert!(
            !something_waiting(None, NOW, &next, &[], &[]),
            "not yet shown at all"
        );
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
            version: 2,
        };
        let due = [review(plan.id, 3)];
        let plans = std::slice::from_ref(&plan);
        assert!(something_waiting(
            Some(NOW.plus_seconds(-DAY)),
            NOW,
            &due,
            &[],
            plans
        ));
        assert!(!something_waiting(
            Some(NOW.plus_seconds(-60)),
            NOW,
            &due,
            &[],
            plans
        ));
        // Another plan's change is not this item's.
        let other = [review(PlanId::new(), 3)];
        assert!(!something_waiting(
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
        assert!(!something_waiting(None, NOW, &due, &[], &[]));
        assert!(!something_waiting(
            Some(NOW.plus_seconds(-30 * DAY)),
            NOW,
            &due,
            &[],
            &[]
        ));
    }
}

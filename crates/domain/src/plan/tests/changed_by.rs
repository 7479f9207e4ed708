//! Every change to a plan records who made it last, so that a person's own
//! change is never news to them.

use super::*;
use crate::ids::{ActionId, GoalId, PlanEntryId, ReviewId};

#[test]
fn every_change_records_who_made_it_last() {
    let c = Circle::new();
    let members = c.members();
    // Made by whoever typed it, even with someone else.
    let mut p = Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::with(&c.worker, &c.young).unwrap(),
        &Audience::choices(c.worker.role, false),
        &input(),
        NOW,
    )
    .unwrap();
    assert_eq!(p.updated_by, Some(c.worker.id));
    let later = NOW.plus_seconds(60);
    let action = ActionId::new();
    p.add_action(
        action,
        &NewAction {
            move_id: "coping.brave",
            what: "Try the climbing club",
            who: &c.young.id.to_string(),
            by_when: "2026-01-10",
            category: "none",
            ..NewAction::default()
        },
        &c.parent,
        &members,
        later,
    )
    .unwrap();
    assert_eq!((p.updated_by, p.updated_at), (Some(c.parent.id), later));
    p.mark_action(
        &action.to_string(),
        PlanEntryId::new(),
        "done",
        "Went twice",
        &c.young,
        later,
    )
    .unwrap();
    assert_eq!(p.updated_by, Some(c.young.id));
    p.add_goal(GoalId::new(), &c.nan, &c.nan, "Walk", "3", true, later)
        .unwrap();
    assert_eq!(p.updated_by, Some(c.nan.id));
    p.edit_prompts(&framework(), &[], &[], "2026-03-01", &c.guest, later)
        .unwrap();
    assert_eq!(p.updated_by, Some(c.guest.id));
    p.review(
        ReviewId::new(),
        &NewReview {
            worked: "The club.",
            outcome: "close",
            ..NewReview::default()
        },
        &c.worker,
        &members,
        true,
        later,
    )
    .unwrap();
    assert_eq!(p.updated_by, Some(c.worker.id));
}

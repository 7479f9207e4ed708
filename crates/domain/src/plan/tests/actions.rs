//! Actions: who does what by when, their categories, and how they are marked.

use super::*;
use crate::framework::Category;
use crate::ids::{ActionId, PlanEntryId};
use crate::text::TextError;

fn action<'a>(who: &'a str) -> NewAction<'a> {
    NewAction {
        move_id: "basics.housing",
        what: "Ring the housing office about the damp.",
        who,
        other: "",
        by_when: "2025-12-01",
        category: "housing",
    }
}

#[test]
fn actions_name_who_by_when_and_what_they_change() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let worker_id = c.worker.id.to_string();
    let a = ActionId::new();
    assert_eq!(
        p.add_action(a, &action(&worker_id), &c.worker, &members, NOW),
        Ok(Applied::Changed)
    );
    // The same form again adds nothing.
    assert_eq!(
        p.add_action(a, &action(&worker_id), &c.worker, &members, NOW),
        Ok(Applied::AlreadySaved)
    );
    let outside = NewAction {
        who: "other",
        other: " Mr Patel (head of year) ",
        move_id: "coping.brave",
        category: "none",
        ..action("")
    };
    p.add_action(ActionId::new(), &outside, &c.parent, &members, NOW)
        .unwrap();
    assert_eq!(p.body.actions.len(), 2);
    assert_eq!(p.body.actions[0].category, Some(Category::Housing));
    assert_eq!(p.body.actions[0].who, Who::Member(c.worker.id));
    assert_eq!(
        p.body.actions[1].who.name(&members),
        "Mr Patel (head of year)"
    );
    assert_eq!(p.body.actions[1].category, None);
    assert_eq!(p.body.actions[1].state(), ActionState::Open);

    let stranger = crate::ids::CircleMemberId::new().to_string();
    let long = "w".repeat(501);
    let bad = NewAction {
        move_id: "learning.school",
        what: &long,
        who: &stranger,
        other: "",
        by_when: "2025-02-30",
        category: "weather",
    };
    let problems = p
        .add_action(ActionId::new(), &bad, &c.worker, &members, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("move", &Problem::NotAFocusMove),
            ("what", &Problem::Text(TextError::TooLong { max: 500 })),
            ("who", &Problem::UnknownMember),
            ("by_when", &Problem::Day(DayError::NotADate)),
            ("category", &Problem::UnknownCategory),
        ]
    );
    let blank = NewAction {
        what: "  ",
        who: "other",
        other: "\u{0007}",
        by_when: "2024-01-01",
        ..action("")
    };
    let problems = p
        .add_action(ActionId::new(), &blank, &c.worker, &members, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("what", &Problem::Text(TextError::Empty)),
            (
                "other",
                &Problem::Text(TextError::ControlCharacter { code: 7 })
            ),
            ("by_when", &Problem::Day(DayError::Past)),
        ]
    );
    assert_eq!(p.body.actions.len(), 2, "nothing added by refused forms");
}

#[test]
fn actions_are_marked_with_a_comment_and_the_history_kept() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let a = ActionId::new();
    let young = c.young.id.to_string();
    p.add_action(a, &action(&young), &c.worker, &members, NOW)
        .unwrap();
    let id = a.to_string();
    let entry = PlanEntryId::new();
    assert_eq!(
        p.mark_action(&id, entry, "changed", "Emailed instead.", &c.young, NOW),
        Ok(Applied::Changed)
    );
    assert_eq!(
        p.mark_action(&id, entry, "changed", "Emailed instead.", &c.young, NOW),
        Ok(Applied::AlreadySaved),
        "sent twice, saved once"
    );
    p.mark_action(
        &id,
        PlanEntryId::new(),
        "done",
        "They came.",
        &c.parent,
        NOW,
    )
    .unwrap();
    let action = &p.body.actions[0];
    assert_eq!(action.state(), ActionState::Done);
    assert_eq!(action.updates.len(), 2);
    assert_eq!(action.updates[0].by, c.young.id);

    let problems = p
        .mark_action(&id, PlanEntryId::new(), "open", "", &c.parent, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("state", &Problem::UnknownChoice),
            ("comment", &Problem::Text(TextError::Empty)),
        ]
    );
    let problems = p
        .mark_action(
            &ActionId::new().to_string(),
            PlanEntryId::new(),
            "done",
            "x",
            &c.parent,
            NOW,
        )
        .unwrap_err();
    assert_eq!(fields(&problems), [("action", &Problem::UnknownAction)]);
}

#[test]
fn categories_are_the_fixed_list_or_none() {
    assert_eq!(parse_category("none"), Ok(None));
    assert_eq!(parse_category("money"), Ok(Some(Category::Money)));
    assert_eq!(parse_category(""), Err(Problem::UnknownCategory));
    assert_eq!(parse_category("Money"), Err(Problem::UnknownCategory));
}

//! Actions: who does what by when, their categories, and how they are marked.

use super::*;
use crate::framework::Category;
use crate::ids::{ActionId, PlanEntryId};
use crate::plan::odds::{CategoryOrigin, SERVICE_NAME_MAX, ServiceKind, Stuck};
use crate::text::TextError;

fn action<'a>(who: &'a str) -> NewAction<'a> {
    NewAction {
        move_id: "basics.housing",
        what: "Ring the housing office about the damp.",
        who,
        other: "",
        by_when: "2025-12-01",
        category: "housing",
        ..NewAction::default()
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
        ..NewAction::default()
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
    // Nothing chosen is the default: not a changing-the-odds action.
    assert_eq!(parse_category(""), Ok(None));
    assert_eq!(parse_category("default"), Err(Problem::UnknownCategory));
    assert_eq!(parse_category("Money"), Err(Problem::UnknownCategory));
}

#[test]
fn a_category_is_only_what_the_person_chose() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let who = c.worker.id.to_string();
    // Nothing chosen: no category, whatever the move's is (housing).
    let unchosen = NewAction {
        category: "none",
        ..action(&who)
    };
    p.add_action(ActionId::new(), &unchosen, &c.worker, &members, NOW)
        .unwrap();
    assert_eq!(p.body.actions[0].category, None);
    assert_eq!(p.body.actions[0].counted_category(), None);
    // "default" (the old "as usual for this move") is no longer a choice.
    let old_default = NewAction {
        category: "default",
        ..action(&who)
    };
    let problems = p
        .add_action(ActionId::new(), &old_default, &c.worker, &members, NOW)
        .unwrap_err();
    assert_eq!(fields(&problems), [("category", &Problem::UnknownCategory)]);
    // Chosen: counted. The new categories are on the list.
    let chosen = NewAction {
        category: "digital_access",
        ..action(&who)
    };
    p.add_action(ActionId::new(), &chosen, &c.worker, &members, NOW)
        .unwrap();
    assert_eq!(
        p.body.actions[1].counted_category(),
        Some(Category::DigitalAccess)
    );
    assert_eq!(p.body.actions[1].category_origin, CategoryOrigin::Chosen);
}

#[test]
fn a_changing_the_odds_action_can_be_stuck_on_a_service() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let who = c.worker.id.to_string();
    let stuck = NewAction {
        stuck: "yes",
        service: "social_care",
        service_name: "  Children's services, North team ",
        ..action(&who)
    };
    p.add_action(ActionId::new(), &stuck, &c.worker, &members, NOW)
        .unwrap();
    assert_eq!(
        p.body.actions[0].counted_stuck(),
        Some(&Stuck {
            service: ServiceKind::SocialCare,
            name: "Children's services, North team".into()
        })
    );
    // The name may be left out; the kind may not.
    let unnamed = NewAction {
        stuck: "yes",
        service: "housing",
        ..action(&who)
    };
    p.add_action(ActionId::new(), &unnamed, &c.worker, &members, NOW)
        .unwrap();
    assert_eq!(p.body.actions[1].stuck.as_ref().unwrap().name, "");
    let long = "n".repeat(SERVICE_NAME_MAX + 1);
    let bad = NewAction {
        stuck: "yes",
        service: "council",
        service_name: &long,
        category: "none",
        ..action(&who)
    };
    let problems = p
        .add_action(ActionId::new(), &bad, &c.worker, &members, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("stuck", &Problem::StuckWithoutCategory),
            ("service", &Problem::UnknownChoice),
            (
                "service_name",
                &Problem::Text(TextError::TooLong {
                    max: SERVICE_NAME_MAX
                })
            ),
        ]
    );
    assert_eq!(p.body.actions.len(), 2);
}

#[test]
fn a_category_filled_in_by_an_earlier_version_waits_to_be_confirmed() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let who = c.worker.id.to_string();
    for category in ["housing", "money", "none"] {
        let input = NewAction {
            category,
            ..action(&who)
        };
        p.add_action(ActionId::new(), &input, &c.worker, &members, NOW)
            .unwrap();
    }
    // As an earlier version wrote them: no origin recorded.
    let mut json: serde_json::Value = serde_json::from_str(&p.body.to_json().unwrap()).unwrap();
    for a in json["actions"].as_array_mut().unwrap() {
        a.as_object_mut().unwrap().remove("category_origin");
    }
    let body = PlanBody::from_json(&json.to_string()).unwrap();
    assert!(
        body.actions
            .iter()
            .all(|a| a.category_origin == CategoryOrigin::Unknown)
    );
    p.body = body;
    // Not counted before it is read against the framework, either.
    assert!(
        p.body
            .actions
            .iter()
            .all(|a| a.counted_category().is_none())
    );
    // The move (basics.housing) is a housing move in the framework: the
    // housing action may have been filled in; money was picked by hand.
    p.settle_categories(&framework());
    let a = &p.body.actions;
    assert_eq!(a[0].category_origin, CategoryOrigin::AutoFilled);
    assert_eq!(a[0].counted_category(), None);
    assert_eq!(a[0].category_to_confirm(), Some(Category::Housing));
    assert_eq!(a[1].counted_category(), Some(Category::Money));
    assert_eq!(a[2].category_origin, CategoryOrigin::Chosen);
    // Confirmed: counted from now on; sent twice, nothing more.
    let id = a[0].id.to_string();
    assert_eq!(
        p.confirm_category(&id, "keep", &c.parent, NOW),
        Ok(Applied::Changed)
    );
    assert_eq!(
        p.body.actions[0].counted_category(),
        Some(Category::Housing)
    );
    assert_eq!(
        p.confirm_category(&id, "clear", &c.parent, NOW),
        Ok(Applied::AlreadySaved)
    );
    assert_eq!(
        p.confirm_category(&id, "maybe", &c.parent, NOW),
        Err(vec![FieldProblem::new("confirm", Problem::UnknownChoice)])
    );
}

#[test]
fn clearing_a_filled_in_category_leaves_none() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let members = c.members();
    let who = c.worker.id.to_string();
    p.add_action(ActionId::new(), &action(&who), &c.worker, &members, NOW)
        .unwrap();
    p.body.actions[0].category_origin = CategoryOrigin::AutoFilled;
    let id = p.body.actions[0].id.to_string();
    assert_eq!(
        p.confirm_category(&id, "clear", &c.worker, NOW),
        Ok(Applied::Changed)
    );
    assert_eq!(p.body.actions[0].category, None);
    assert_eq!(p.body.actions[0].category_to_confirm(), None);
}

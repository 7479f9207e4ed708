//! The rules of plans, against the shipped framework.

use super::*;
use crate::circle::{Audience, Byline, CircleAccess, CircleMember, CircleRole};
use crate::clock::Timestamp;
use crate::framework::adaptation::{Adaptation, resolve_adapted};
use crate::framework::{AdaptedFramework, Category, FrameworkId, parse_framework};
use crate::ids::{ActionId, CircleId, GoalId, OrgId, PlanEntryId, PlanId, ReviewId, UserId};
use crate::text::TextError;

// 2025-11-24 16:00 UTC.
const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);
const CYP: &str = include_str!("../../../../frameworks/resilience-framework-cyp.toml");

fn framework() -> AdaptedFramework {
    let base = parse_framework("cyp.toml", CYP).unwrap();
    let mut adaptation = Adaptation::initial(FrameworkId::parse(base.id.as_str()).unwrap());
    adaptation
        .hidden
        .insert(crate::framework::MoveId::parse("coping.laugh").unwrap());
    resolve_adapted(&base, None, &adaptation)
}

struct Circle {
    org: OrgId,
    id: CircleId,
    young: CircleMember,
    parent: CircleMember,
    worker: CircleMember,
    guest: CircleMember,
    nan: CircleMember,
}

impl Circle {
    fn new() -> Self {
        let (org, id) = (OrgId::new(), CircleId::new());
        let m = |name: &str, role| {
            CircleMember::new(org, id, Some(UserId::new()), name, "", role, NOW).unwrap()
        };
        Circle {
            org,
            id,
            young: m("Zoë", CircleRole::FocusPerson),
            parent: m("Mum", CircleRole::ParentCarer),
            worker: m("Sam", CircleRole::Practitioner),
            guest: m("Dr Ali", CircleRole::GuestPractitioner),
            nan: m("Nan", CircleRole::Supporter),
        }
    }
    fn members(&self) -> Vec<CircleMember> {
        vec![
            self.young.clone(),
            self.parent.clone(),
            self.worker.clone(),
            self.guest.clone(),
            self.nan.clone(),
        ]
    }
}

fn input<'a>() -> NewPlan<'a> {
    NewPlan {
        focus: vec!["basics.housing", "coping.brave"],
        truths: vec![
            ("accepting", "Things are hard at home right now."),
            ("conserving", ""),
            ("commitment", "Zoë: once a week."),
            ("enlisting", "Her form tutor."),
        ],
        review_due: "2026-01-15",
        audience: "whole_circle",
    }
}

fn plan_by(c: &Circle, author: &CircleMember, audience: &str) -> Plan {
    Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::own(author.id),
        &Audience::choices(author.role, false),
        &NewPlan {
            audience,
            ..input()
        },
        NOW,
    )
    .unwrap()
}

fn fields(problems: &Problems) -> Vec<(&str, &Problem)> {
    problems
        .iter()
        .map(|p| (p.field.as_str(), &p.problem))
        .collect()
}

#[test]
fn a_plan_keeps_its_framework_version_focus_moves_and_prompts() {
    let c = Circle::new();
    let p = plan_by(&c, &c.worker, "whole_circle");
    assert_eq!(p.framework, framework().version);
    assert_eq!(p.version, 1);
    assert!(!p.closed);
    let focus: Vec<&str> = p.body.focus.iter().map(|m| m.as_str()).collect();
    assert_eq!(focus, ["basics.housing", "coping.brave"]);
    assert_eq!(
        p.truth("accepting"),
        Some("Things are hard at home right now.")
    );
    assert_eq!(p.truth("conserving"), None, "a blank prompt is left out");
    assert_eq!(p.review_due.as_iso(), "2026-01-15");
    assert!(!p.nudge_fewer_moves());
    // Stored and read back whole.
    let json = p.body.to_json().unwrap();
    assert_eq!(PlanBody::from_json(&json).unwrap(), p.body);
}

#[test]
fn more_than_five_moves_are_allowed_with_a_nudge_and_repeats_count_once() {
    let c = Circle::new();
    let p = Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::own(c.worker.id),
        &Audience::choices(c.worker.role, false),
        &NewPlan {
            focus: vec![
                "basics.housing",
                "basics.money",
                "basics.money",
                "basics.safe",
                "coping.brave",
                "coping.calm",
                "learning.school",
            ],
            ..input()
        },
        NOW,
    )
    .unwrap();
    assert_eq!(p.body.focus.len(), 6);
    assert!(p.nudge_fewer_moves());
}

#[test]
fn bad_input_names_every_field_at_once() {
    let c = Circle::new();
    let huge = "x".repeat(4001);
    let problems = Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::own(c.parent.id),
        &Audience::choices(c.parent.role, false),
        &NewPlan {
            focus: vec!["basics.housing", "basics.castles", "coping.laugh"],
            truths: vec![
                ("accepting", &huge),
                ("commitment", "ok\u{202E}"),
                ("hope", "not a truth"),
            ],
            review_due: "2020-01-01",
            audience: "restricted",
        },
        NOW,
    )
    .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("focus", &Problem::UnknownMove),
            ("focus", &Problem::UnknownMove),
            (
                "truth-accepting",
                &Problem::Text(TextError::TooLong { max: 4000 })
            ),
            (
                "truth-commitment",
                &Problem::Text(TextError::ControlCharacter { code: 0x202E })
            ),
            ("truths", &Problem::UnknownChoice),
            ("review_due", &Problem::Day(DayError::Past)),
            ("audience", &Problem::UnknownChoice),
        ],
        "hidden and unknown moves, restricted audience (not for plans)"
    );
    let none = Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::own(c.parent.id),
        &Audience::choices(c.parent.role, false),
        &NewPlan {
            focus: vec![],
            truths: vec![],
            review_due: "",
            audience: "",
        },
        NOW,
    )
    .unwrap_err();
    assert_eq!(
        fields(&none),
        [
            ("focus", &Problem::NoFocus),
            ("review_due", &Problem::Day(DayError::Missing)),
            ("audience", &Problem::UnknownChoice),
        ]
    );
}

/// Who sees a plan, by audience and author, written out by hand.
#[test]
fn who_sees_a_plan() {
    let c = Circle::new();
    // (author, audience, [young, parent, worker, guest, nan, team manager])
    let table: [(&CircleMember, &str, [bool; 6]); 9] = [
        (
            &c.worker,
            "only_me",
            [false, false, true, false, false, false],
        ),
        (
            &c.worker,
            "practitioners",
            [false, false, true, true, false, true],
        ),
        (
            &c.worker,
            "whole_circle",
            [true, true, true, true, true, true],
        ),
        (
            &c.young,
            "only_me",
            [true, false, false, false, false, false],
        ),
        (
            &c.young,
            "practitioners",
            [true, false, true, true, false, true],
        ),
        (
            &c.young,
            "whole_circle",
            [true, true, true, true, true, true],
        ),
        (
            &c.parent,
            "only_me",
            [false, true, false, false, false, false],
        ),
        (
            &c.parent,
            "practitioners",
            [false, true, true, true, false, true],
        ),
        (&c.nan, "whole_circle", [true, true, true, true, true, true]),
    ];
    for (author, audience, expected) in table {
        let p = plan_by(&c, author, audience);
        let readers = [
            CircleAccess::Member(c.young.clone()),
            CircleAccess::Member(c.parent.clone()),
            CircleAccess::Member(c.worker.clone()),
            CircleAccess::Member(c.guest.clone()),
            CircleAccess::Member(c.nan.clone()),
            CircleAccess::TeamManager,
        ];
        let seen: Vec<bool> = readers.iter().map(|r| p.seen_by(r)).collect();
        assert_eq!(seen, expected, "{} / {audience}", author.display_name);
    }
    // A plan typed by the worker with Zoë is theirs to see, even as a draft.
    let mut p = plan_by(&c, &c.worker, "only_me");
    p.byline = Byline::with(&c.worker, &c.young).unwrap();
    assert!(p.seen_by(&CircleAccess::Member(c.young.clone())));
    assert!(p.seen_by(&CircleAccess::Member(c.worker.clone())));
    assert!(!p.seen_by(&CircleAccess::Member(c.parent.clone())));
}

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
fn goals_up_to_three_each_rated_nought_to_ten_and_on_behalf_flagged() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    for (i, text) in ["Sleep better", "See my friends", "Go to school"]
        .iter()
        .enumerate()
    {
        let score = i.to_string();
        assert_eq!(
            p.add_goal(GoalId::new(), &c.young, &c.young, text, &score, true, NOW),
            Ok(Applied::Changed)
        );
    }
    assert!(p.body.goals.iter().all(|g| !g.byline.is_on_behalf()));
    let fourth = p
        .add_goal(GoalId::new(), &c.young, &c.young, "More", "5", true, NOW)
        .unwrap_err();
    assert_eq!(fields(&fourth), [("owner", &Problem::TooManyGoals)]);

    // Sam types Mum's goal with her: flagged as entered on her behalf.
    let g = GoalId::new();
    p.add_goal(
        g,
        &c.parent,
        &c.worker,
        "Get to the meetings",
        "10",
        true,
        NOW,
    )
    .unwrap();
    assert_eq!(
        p.add_goal(
            g,
            &c.parent,
            &c.worker,
            "Get to the meetings",
            "10",
            true,
            NOW
        ),
        Ok(Applied::AlreadySaved)
    );
    let goal = p.body.goals.last().unwrap();
    assert_eq!(goal.byline.author, c.parent.id);
    assert_eq!(goal.byline.entered_by, Some(c.worker.id));
    assert!(goal.ratings[0].byline.is_on_behalf());
    assert_eq!(goal.latest().map(|r| r.score), Some(10));

    // Mum may not set Nan's goal; ratings outside 0-10 are refused.
    let problems = p
        .add_goal(GoalId::new(), &c.nan, &c.parent, "", "11", true, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("owner", &Problem::NotForOthers),
            ("goal_text", &Problem::Text(TextError::Empty)),
            ("score", &Problem::Score(ScoreError::OutOfRange)),
        ]
    );
    // Switched off: no goals at all.
    let off = p
        .add_goal(GoalId::new(), &c.nan, &c.nan, "Walk", "3", false, NOW)
        .unwrap_err();
    assert_eq!(fields(&off), [("goal", &Problem::GoalsOff)]);
    assert_eq!(p.body.goals.len(), 4);
}

#[test]
fn a_review_rates_goals_and_carries_the_plan_forward_or_closes_it() {
    let c = Circle::new();
    let members = c.members();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let zoe_goal = GoalId::new();
    let mum_goal = GoalId::new();
    p.add_goal(zoe_goal, &c.young, &c.young, "Sleep better", "2", true, NOW)
        .unwrap();
    p.add_goal(mum_goal, &c.parent, &c.parent, "Fewer rows", "4", true, NOW)
        .unwrap();
    let (zoe, mum) = (zoe_goal.to_string(), mum_goal.to_string());

    // Mum reviews: she may rate her own goal, not Zoë's.
    let refused = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: "Bedtime routine.",
                to_change: "",
                ratings: vec![(&zoe, "5"), (&mum, "6")],
                outcome: "carry",
                next_review: "2026-02-01",
                ..NewReview::default()
            },
            &c.parent,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(
        fields(&refused),
        [(format!("rating-{zoe}").as_str(), &Problem::NotForOthers)]
    );

    // Sam reviews with both: Zoë's new rating is flagged as entered with her.
    let r = ReviewId::new();
    let review = NewReview {
        worked: "Bedtime routine.",
        to_change: "Ask school about lates.",
        ratings: vec![(&zoe, "5"), (&mum, "")],
        outcome: "carry",
        next_review: "2026-02-01",
        ..NewReview::default()
    };
    assert_eq!(
        p.review(r, &review, &c.worker, &members, true, NOW),
        Ok(Applied::Changed)
    );
    assert_eq!(
        p.review(r, &review, &c.worker, &members, true, NOW),
        Ok(Applied::AlreadySaved)
    );
    assert_eq!(p.review_due.as_iso(), "2026-02-01");
    let g = &p.body.goals[0];
    assert_eq!(g.ratings.len(), 2);
    assert_eq!(g.ratings[1].score, 5);
    assert_eq!(g.ratings[1].review, Some(r));
    assert_eq!(g.ratings[1].byline.entered_by, Some(c.worker.id));
    assert_eq!(
        p.body.goals[1].ratings.len(),
        1,
        "a blank rating is not one"
    );
    assert!(p.review_is_due(Day::from_iso("2026-02-01").unwrap()));
    assert!(!p.review_is_due(Day::from_iso("2026-01-31").unwrap()));

    let problems = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: " ",
                to_change: "",
                ratings: vec![(&zoe, "eleven"), ("not-a-goal", "3")],
                outcome: "carry",
                next_review: "2025-01-01",
                ..NewReview::default()
            },
            &c.worker,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("worked", &Problem::NothingSaid),
            (
                format!("rating-{zoe}").as_str(),
                &Problem::Score(ScoreError::OutOfRange)
            ),
            ("rating-not-a-goal", &Problem::UnknownGoal),
            ("next_review", &Problem::Day(DayError::Past)),
        ]
    );
    let odd = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: "x",
                outcome: "maybe",
                ..NewReview::default()
            },
            &c.worker,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(fields(&odd), [("outcome", &Problem::UnknownChoice)]);

    p.review(
        ReviewId::new(),
        &NewReview {
            worked: "All of it.",
            outcome: "close",
            ..NewReview::default()
        },
        &c.young,
        &members,
        true,
        NOW,
    )
    .unwrap();
    assert!(p.closed);
    assert!(!p.review_is_due(Day::from_iso("2030-01-01").unwrap()));
    assert_eq!(p.body.reviews.len(), 2);
    // A closed plan takes no more changes.
    let closed = p
        .add_goal(GoalId::new(), &c.nan, &c.nan, "Walk", "3", true, NOW)
        .unwrap_err();
    assert_eq!(fields(&closed), [("plan", &Problem::Closed)]);
}

#[test]
fn editing_the_prompts_and_review_date() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    p.edit_prompts(
        &framework(),
        &[("enlisting", "Gran too.")],
        "2026-03-01",
        &c.worker,
        NOW,
    )
    .unwrap();
    assert_eq!(p.truth("enlisting"), Some("Gran too."));
    assert_eq!(p.truth("accepting"), None);
    assert_eq!(p.review_due.as_iso(), "2026-03-01");
    let problems = p
        .edit_prompts(&framework(), &[], "2031-01-01", &c.worker, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [("review_due", &Problem::Day(DayError::TooFar))]
    );
}

#[test]
fn categories_are_the_fixed_list_or_none() {
    assert_eq!(parse_category("none"), Ok(None));
    assert_eq!(parse_category("money"), Ok(Some(Category::Money)));
    assert_eq!(parse_category(""), Err(Problem::UnknownCategory));
    assert_eq!(parse_category("Money"), Err(Problem::UnknownCategory));
}

#[test]
fn a_review_may_name_one_of_the_circle_s_checks_and_nothing_else() {
    use crate::ids::CheckId;
    let c = Circle::new();
    let members = c.members();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let ours = [CheckId::new(), CheckId::new()];
    let (chosen, elsewhere) = (ours[1].to_string(), CheckId::new().to_string());
    for bad in [elsewhere.as_str(), "not-a-check", "0"] {
        let refused = p
            .review(
                ReviewId::new(),
                &NewReview {
                    worked: "The club.",
                    outcome: "close",
                    check: bad,
                    checks: &ours,
                    ..NewReview::default()
                },
                &c.worker,
                &members,
                true,
                NOW,
            )
            .unwrap_err();
        assert_eq!(
            fields(&refused),
            [("check", &Problem::UnknownCheck)],
            "{bad}"
        );
        assert!(p.body.reviews.is_empty() && !p.closed, "nothing applied");
    }
    let named = NewReview {
        worked: "The club.",
        outcome: "carry",
        next_review: "2026-02-01",
        check: &chosen,
        checks: &ours,
        ..NewReview::default()
    };
    p.review(ReviewId::new(), &named, &c.worker, &members, true, NOW)
        .unwrap();
    assert_eq!(p.body.reviews[0].check, Some(ours[1]));
    // None named: none kept; and an older review read back has none.
    let none = NewReview {
        check: " ",
        checks: &ours,
        ..named
    };
    p.review(ReviewId::new(), &none, &c.worker, &members, true, NOW)
        .unwrap();
    assert_eq!(p.body.reviews[1].check, None);
    let json = p.body.to_json().unwrap();
    assert_eq!(json.matches("\"check\"").count(), 1, "{json}");
    let older = json.replace(&format!(",\"check\":\"{chosen}\""), "");
    assert!(
        PlanBody::from_json(&older)
            .unwrap()
            .reviews
            .iter()
            .all(|r| r.check.is_none())
    );
}

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
    p.edit_prompts(&framework(), &[], "2026-03-01", &c.guest, later)
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

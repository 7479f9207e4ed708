//! Making a plan: its framework version, focus moves, prompts and review
//! date, every bad field named at once; editing the prompts later.

use super::*;
use crate::text::TextError;

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
            ..NewPlan::default()
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
            ..NewPlan::default()
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

#[test]
fn editing_the_prompts_and_review_date() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    p.edit_prompts(
        &framework(),
        &[("enlisting", "Gran too.")],
        &[],
        "2026-03-01",
        &c.worker,
        NOW,
    )
    .unwrap();
    assert_eq!(p.truth("enlisting"), Some("Gran too."));
    assert_eq!(p.truth("accepting"), None);
    assert_eq!(p.review_due.as_iso(), "2026-03-01");
    let problems = p
        .edit_prompts(&framework(), &[], &[], "2031-01-01", &c.worker, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [("review_due", &Problem::Day(DayError::TooFar))]
    );
}

#[test]
fn moves_to_keep_going_sit_beside_the_moves_to_work_on() {
    let c = Circle::new();
    let made = |keep_going: Vec<&'static str>| {
        Plan::new(
            PlanId::new(),
            c.org,
            c.id,
            &framework(),
            Byline::own(c.worker.id),
            &Audience::choices(c.worker.role, false),
            &NewPlan {
                keep_going,
                ..input()
            },
            NOW,
        )
    };
    let p = made(vec![
        "belonging.friends",
        "learning.school",
        "learning.school",
    ])
    .unwrap();
    let kept: Vec<&str> = p.body.keep_going.iter().map(|m| m.as_str()).collect();
    assert_eq!(kept, ["belonging.friends", "learning.school"]);
    assert_eq!(p.body.focus.len(), 2, "the moves to work on are apart");
    // Hidden or unknown moves are refused, and so is a move in both lists.
    let problems = made(vec!["coping.laugh", "basics.castles", "basics.housing"]).unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("keep_going", &Problem::UnknownMove),
            ("keep_going", &Problem::UnknownMove),
            ("keep_going", &Problem::InBothLists),
        ]
    );
    // None is fine: a plan need not keep anything going.
    assert!(made(vec![]).unwrap().body.keep_going.is_empty());
}

#[test]
fn editing_the_moves_to_keep_going() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    p.edit_prompts(
        &framework(),
        &[],
        &["learning.school"],
        "2026-03-01",
        &c.parent,
        NOW,
    )
    .unwrap();
    assert_eq!(p.body.keep_going[0].as_str(), "learning.school");
    let problems = p
        .edit_prompts(
            &framework(),
            &[],
            &["coping.brave"],
            "2026-03-01",
            &c.parent,
            NOW,
        )
        .unwrap_err();
    assert_eq!(fields(&problems), [("keep_going", &Problem::InBothLists)]);
    assert_eq!(
        p.body.keep_going[0].as_str(),
        "learning.school",
        "nothing changed"
    );
    // A plan body written before keep-going lists reads with none.
    let old = r#"{"focus":["basics.housing"],"truths":[],"actions":[],"goals":[],"reviews":[]}"#;
    assert!(PlanBody::from_json(old).unwrap().keep_going.is_empty());
}

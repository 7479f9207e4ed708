//! A plan through its pages: made once however often the form is sent, with
//! every field of every form refused clearly when it is wrong (and what was
//! typed kept), actions added and marked with a comment, a review that
//! carries the plan forward and one that finishes it, the printable page, and
//! an audit entry for every change and every read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_store::AuditQuery;
use plans_common::{
    each_refused, first_plan, fresh_key, hidden, key_of_form, make_plan, new_plan_key,
    plan_changes, plans_path, send, setting, stored_plans, text,
};
use support::App;

#[tokio::test]
async fn a_plan_is_made_once_from_the_framework_in_force() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let list = app.get(&plans_path(&s.circle), &s.worker.cookie).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(
        list.body
            .contains(&format!("href=\"{}/new\"", plans_path(&s.circle)))
    );
    // The circle's pages lead to its plans.
    let overview = app
        .get(&format!("/circles/{}", s.circle.id), &s.worker.cookie)
        .await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"{}\"", plans_path(&s.circle)))
    );

    let form = app
        .get(&format!("{}/new", plans_path(&s.circle)), &s.worker.cookie)
        .await;
    let page = text(&form);
    // Moves grouped by compartment, the nudge, the noble truths' prompts, and
    // the audience chooser naming who will see it.
    assert!(page.contains("Good enough housing"), "{page}");
    assert!(page.contains("Most plans work best with 5 moves or fewer."));
    assert!(page.contains("Where are we really starting from, without judging?"));
    assert!(page.contains("Seen by you, Mum and Zoë"), "{page}");
    assert!(
        !form.body.contains("value=\"restricted\""),
        "no restricted plans"
    );

    let key = new_plan_key(&app, &s.worker, &s.circle).await;
    let first = send(
        &app,
        &s.worker,
        &format!("{}/new", plans_path(&s.circle)),
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("focus", "coping.brave"),
            ("truth-accepting", "Things are hard at home."),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let path = first
        .location
        .strip_suffix("?done=created")
        .unwrap()
        .to_owned();
    // The same form sent again: still one plan.
    let again = send(
        &app,
        &s.worker,
        &format!("{}/new", plans_path(&s.circle)),
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(stored_plans(&app, &s).await.len(), 1);
    assert_eq!(plan_changes(&app, s.org.id).await.len(), 1);

    let plan = app
        .get(&format!("{path}?done=created"), &s.worker.cookie)
        .await;
    assert_eq!(plan.status, StatusCode::OK);
    let shown = text(&plan);
    assert!(shown.contains("The plan is made."));
    assert!(shown.contains("Good enough housing") && shown.contains("Being brave"));
    assert!(shown.contains("Things are hard at home."));
    assert!(shown.contains("By Sam"));
    assert!(shown.contains("2026-01-15"));
    let stored = &first_plan(&app, &s).await;
    assert_eq!(
        stored.framework.edition.as_str(),
        "resilience-framework-cyp-2012"
    );
    assert_eq!(stored.framework.adaptation_version, 0);

    // Every read of a plan page is a read of the circle, audited.
    let reads = app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::RecordRead),
            ..AuditQuery::new(AuditScope::Organisation(s.org.id))
        })
        .await
        .unwrap();
    for page in ["plans", "plan_new", "plan"] {
        assert!(
            reads.iter().any(|e| e.detail.as_deref() == Some(page)),
            "{page} read not audited"
        );
    }
}

#[tokio::test]
async fn every_field_of_the_new_plan_form_refuses_bad_input_and_keeps_the_text() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let key = new_plan_key(&app, &s.worker, &s.circle).await;
    let new = format!("{}/new", plans_path(&s.circle));
    let huge = "x".repeat(4001);
    let reply = send(
        &app,
        &s.worker,
        &new,
        &[
            ("key", &key),
            ("focus", "basics.castles"),
            ("truth-accepting", "Kept words\u{202E}"),
            ("truth-conserving", &huge),
            ("review_due", "2020-01-01"),
            ("audience", "restricted"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(&reply);
    assert!(
        page.contains("One of the moves chosen is not in the framework."),
        "{page}"
    );
    assert!(page.contains("This has a hidden character in it."));
    assert!(page.contains("This is too long: please use 4000 characters or fewer."));
    assert!(page.contains("This date has passed."));
    assert!(page.contains("Please choose one of the choices."));
    assert!(
        reply.body.contains("Kept words\u{202E}"),
        "what was typed is kept"
    );
    assert!(reply.body.contains("value=\"2020-01-01\""));
    assert_eq!(hidden(&reply, "key"), key, "the same plan id, so one plan");

    each_refused(
        &app,
        &s.worker,
        &new,
        &key,
        vec![
            (
                vec![("review_due", "2026-01-15"), ("audience", "only_me")],
                "Please choose at least one move to work on.",
            ),
            (
                vec![
                    ("focus", "coping.brave"),
                    ("review_due", ""),
                    ("audience", "only_me"),
                ],
                "Please give a date.",
            ),
            (
                vec![
                    ("focus", "coping.brave"),
                    ("review_due", "2026-02-30"),
                    ("audience", "only_me"),
                ],
                "This is not a date.",
            ),
            (
                vec![
                    ("focus", "coping.brave"),
                    ("review_due", "2031-01-01"),
                    ("audience", "only_me"),
                ],
                "more than two years away",
            ),
            (
                vec![
                    ("focus", "coping.brave"),
                    ("review_due", "2026-01-15"),
                    ("audience", "everyone"),
                ],
                "Please choose one of the choices.",
            ),
            (
                vec![
                    ("focus", "coping.brave"),
                    ("review_due", "2026-01-15"),
                    ("audience", "only_me"),
                    ("with", "nobody-here"),
                ],
                "Please choose someone in the circle.",
            ),
        ],
    )
    .await;
    // A form without its plan id was not made by this page.
    let reply = send(&app, &s.worker, &new, &[("focus", "coping.brave")]).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(stored_plans(&app, &s).await.is_empty());
    assert!(plan_changes(&app, s.org.id).await.is_empty());
}

#[tokio::test]
async fn actions_are_added_marked_and_reviewed() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let page = app.get(&path, &s.parent.cookie).await;
    let key = key_of_form(&page, &format!("{path}/actions"));
    let mum = s.parent.member.as_ref().unwrap().id.to_string();

    // Bad input on the action form: all of it said, all of it kept.
    let long = "w".repeat(501);
    let bad = send(
        &app,
        &s.parent,
        &format!("{path}/actions"),
        &[
            ("key", &key),
            ("move", "learning.school"),
            ("what", &long),
            ("who", "someone"),
            ("by_when", "2025-01-01"),
            ("category", "weather"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = text(&bad);
    for message in [
        "Please choose one of the moves of this plan.",
        "This is too long: please use 500 characters or fewer.",
        "Please choose someone in the circle.",
        "This date has passed.",
        "Please choose one of the choices.",
    ] {
        assert!(said.contains(message), "{message}: {said}");
    }
    assert!(bad.body.contains(&long), "the text is kept");
    let other = send(
        &app,
        &s.parent,
        &format!("{path}/actions"),
        &[
            ("key", &key),
            ("move", "coping.brave"),
            ("what", "Ask"),
            ("who", "other"),
            ("other", "\u{0007}"),
            ("by_when", "2025-12-01"),
            ("category", "none"),
        ],
    )
    .await;
    assert!(text(&other).contains("This has a hidden character in it."));

    // Chosen by the person: housing is about changing the odds.
    let fields = [
        ("key", key.as_str()),
        ("move", "basics.housing"),
        ("what", "Ring the housing office about the damp"),
        ("who", mum.as_str()),
        ("by_when", "2025-12-01"),
        ("category", "housing"),
    ];
    let added = send(&app, &s.parent, &format!("{path}/actions"), &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(added.location, format!("{path}?done=action_added"));
    let twice = send(&app, &s.parent, &format!("{path}/actions"), &fields).await;
    assert_eq!(
        twice.status,
        StatusCode::SEE_OTHER,
        "sent twice: saved once"
    );
    let outside = send(
        &app,
        &s.worker,
        &format!("{path}/actions"),
        &[
            ("key", &fresh_key()),
            ("move", "coping.brave"),
            ("what", "Talk to the school"),
            ("who", "other"),
            ("other", "Mr Pätel, head of year"),
            ("by_when", "2025-12-10"),
            ("category", "none"),
        ],
    )
    .await;
    assert_eq!(outside.status, StatusCode::SEE_OTHER, "{}", outside.body);
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.body.actions.len(), 2);
    assert_eq!(
        plan.body.actions[0].category,
        Some(moves_core::framework::Category::Housing)
    );
    assert_eq!(plan.body.actions[1].category, None, "none chosen");

    let page = app.get(&path, &s.young.cookie).await;
    let shown = text(&page);
    assert!(shown.contains("Changing the odds: Housing"), "{shown}");
    assert!(shown.contains("Mr Pätel, head of year"));
    assert!(shown.contains("Not done yet"));

    // Zoë marks the first action done, with a comment; sent twice, saved once.
    let action = plan.body.actions[0].id;
    let mark = format!("{path}/actions/{action}");
    let entry = key_of_form(&page, &mark);
    let empty = send(
        &app,
        &s.young,
        &mark,
        &[("key", &entry), ("state", "done"), ("comment", "  ")],
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&empty).contains("Please write something here."));
    let odd = send(
        &app,
        &s.young,
        &mark,
        &[("key", &entry), ("state", "open"), ("comment", "x")],
    )
    .await;
    assert!(text(&odd).contains("Please choose one of the choices."));
    for _ in 0..2 {
        let done = send(
            &app,
            &s.young,
            &mark,
            &[
                ("key", &entry),
                ("state", "done"),
                ("comment", "They came round 🎉"),
            ],
        )
        .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    }
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.body.actions[0].updates.len(), 1);
    let unknown = send(
        &app,
        &s.young,
        &format!("{path}/actions/{}", moves_core::ids::ActionId::new()),
        &[("key", &entry), ("state", "done"), ("comment", "x")],
    )
    .await;
    assert!(text(&unknown).contains("That action is not in this plan."));
    let shown = text(&app.get(&path, &s.worker.cookie).await);
    assert!(shown.contains("They came round 🎉"));

    // A review that carries on, then one that finishes the plan.
    let review = app.get(&format!("{path}/review"), &s.worker.cookie).await;
    assert_eq!(review.status, StatusCode::OK);
    assert!(text(&review).contains("Did each of us manage what we said we would"));
    let rkey = hidden(&review, "key");
    let nothing = send(
        &app,
        &s.worker,
        &format!("{path}/review"),
        &[
            ("key", &rkey),
            ("worked", ""),
            ("to_change", ""),
            ("outcome", "carry"),
            ("next_review", "2025-01-01"),
        ],
    )
    .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = text(&nothing);
    assert!(
        said.contains("Please say what worked or what to change.")
            && said.contains("This date has passed.")
    );
    let odd = send(
        &app,
        &s.worker,
        &format!("{path}/review"),
        &[("key", &rkey), ("worked", "x"), ("outcome", "maybe")],
    )
    .await;
    assert!(text(&odd).contains("Please choose one of the choices."));
    let carried = [
        ("key", rkey.as_str()),
        ("worked", "The bedtime routine."),
        ("to_change", "Ask school about lates."),
        ("outcome", "carry"),
        ("next_review", "2026-02-01"),
    ];
    for _ in 0..2 {
        let r = send(&app, &s.worker, &format!("{path}/review"), &carried).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.body.reviews.len(), 1, "sent twice, saved once");
    assert_eq!(plan.review_due.as_iso(), "2026-02-01");
    let closing = app.get(&format!("{path}/review"), &s.young.cookie).await;
    let ckey = hidden(&closing, "key");
    let closed = send(
        &app,
        &s.young,
        &format!("{path}/review"),
        &[
            ("key", &ckey),
            ("worked", "All of it."),
            ("outcome", "close"),
        ],
    )
    .await;
    assert_eq!(closed.location, format!("{path}?done=closed"));
    let shown = text(&app.get(&path, &s.young.cookie).await);
    assert!(
        shown.contains("This plan is finished.")
            && shown.contains("Kept going, to review again on 2026-02-01.")
    );
    // A finished plan takes no more changes.
    let fresh = fresh_key();
    let mut late_fields = fields.to_vec();
    late_fields[0] = ("key", fresh.as_str());
    let late = send(&app, &s.young, &format!("{path}/actions"), &late_fields).await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&late).contains("This plan is finished, so it cannot be changed."));

    let details: Vec<String> = plan_changes(&app, s.org.id)
        .await
        .into_iter()
        .filter_map(|e| e.detail)
        .collect();
    for d in [
        "created",
        "action_added",
        "action_marked",
        "reviewed",
        "closed",
    ] {
        assert!(details.iter().any(|x| x == d), "{d} in {details:?}");
    }
    assert_eq!(details.len(), 6, "{details:?}");
}

#[tokio::test]
async fn the_printable_plan_is_one_page_of_what_matters() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let print = app.get(&format!("{path}/print"), &s.parent.cookie).await;
    assert_eq!(print.status, StatusCode::OK);
    let shown = text(&print);
    assert!(shown.contains("Good enough housing") && shown.contains("Things are hard at home."));
    assert!(
        !print
            .body
            .contains("<form method=\"post\" action=\"/circles"),
        "no forms"
    );
    let css = app.get("/static/site.css", "").await;
    assert!(css.body.contains("@page { size: A4"));
}

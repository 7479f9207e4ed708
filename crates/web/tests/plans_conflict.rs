//! Two people changing one plan at once: an edit made from a stale form is
//! refused with both versions shown and the second person's text kept; what
//! two people add from pages opened at the same version (actions) both land:
//! adding never overwrites.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use plans_common::{first_plan, hidden, key_of_form, make_plan, send, setting, text};
use support::App;

#[tokio::test]
async fn the_second_of_two_edits_sees_both_versions_and_keeps_its_text() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let edit = format!("{path}/edit");
    let sams = app.get(&edit, &s.worker.cookie).await;
    let mums = app.get(&edit, &s.parent.cookie).await;
    assert_eq!((sams.status, mums.status), (StatusCode::OK, StatusCode::OK));
    let (v1, v2) = (hidden(&sams, "version"), hidden(&mums, "version"));
    assert_eq!(v1, v2);

    let first = send(
        &app,
        &s.worker,
        &edit,
        &[
            ("version", &v1),
            ("truth-accepting", "Sam's words"),
            ("review_due", "2026-02-01"),
        ],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert_eq!(first.location, format!("{path}?done=edited"));
    let second = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &v2),
            ("truth-accepting", "Mum's words"),
            ("review_due", "2026-03-01"),
        ],
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    let shown = text(&second);
    assert!(
        shown.contains("Someone else changed this plan while you were writing."),
        "{shown}"
    );
    assert!(
        shown.contains("Sam's words") && shown.contains("2026-02-01"),
        "their version"
    );
    assert!(
        second.body.contains(">Mum's words</textarea>")
            || second.body.contains(">Mum&#x27;s words</textarea>")
            || second.body.contains(">Mum&#39;s words</textarea>"),
        "her text kept"
    );
    assert!(second.body.contains("value=\"2026-03-01\""));
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.truth("accepting"), Some("Sam's words"));
    assert_eq!(plan.version, 2);
    // Sending again, knowing, saves hers.
    let again = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &hidden(&second, "version")),
            ("truth-accepting", "Mum's words"),
            ("review_due", "2026-03-01"),
        ],
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.truth("accepting"), Some("Mum's words"));
    // Bad input on the edit form is said and kept.
    let v = plan.version.to_string();
    let bad = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &v),
            ("truth-accepting", "a\u{202E}b"),
            ("review_due", "soon"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = text(&bad);
    assert!(
        said.contains("This has a hidden character in it.") && said.contains("This is not a date.")
    );
    // A form that never had a version is stale.
    let none = send(
        &app,
        &s.parent,
        &edit,
        &[("truth-accepting", "x"), ("review_due", "2026-03-01")],
    )
    .await;
    assert_eq!(none.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn what_two_people_add_from_the_same_page_both_land() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    // Both opened the page at version 1; each adds an action.
    let actions = format!("{path}/actions");
    let mut pages = Vec::new();
    for who in [&s.worker, &s.parent] {
        pages.push(app.get(&path, &who.cookie).await);
    }
    for ((who, what), page) in [
        (&s.worker, "Ring the school"),
        (&s.parent, "Walk to school together"),
    ]
    .into_iter()
    .zip(&pages)
    {
        let key = key_of_form(page, &actions);
        let r = send(
            &app,
            who,
            &format!("{path}/actions"),
            &[
                ("key", &key),
                ("move", "coping.brave"),
                ("what", what),
                ("who", "other"),
                ("other", "Gran"),
                ("by_when", "2025-12-01"),
                ("category", "none"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.body.actions.len(), 2);
    assert_eq!(plan.version, 3);
}

//! Who sees a plan, by its audience and author, written out by hand; and that
//! guessed ids (another circle's, another organisation's, made up) are 404
//! while a team manager may read but not change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, PlanId};
use moves_store::AuditEntry;
use plans_common::{Person, fresh_key, hidden, make_plan, plans_path, send, setting, text};
use support::{App, T0};

const OK: StatusCode = StatusCode::OK;
const NO: StatusCode = StatusCode::NOT_FOUND;

#[tokio::test]
async fn who_sees_each_plan() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    // (author, audience, [Sam, Mum, Zoë, Max the team manager, Ada the
    // administrator who is not in the circle, Kim a practitioner not in it])
    let table: [(&Person, &str, [StatusCode; 6]); 7] = [
        (&s.worker, "only_me", [OK, NO, NO, NO, NO, NO]),
        (&s.worker, "practitioners", [OK, NO, NO, OK, NO, NO]),
        (&s.worker, "whole_circle", [OK, OK, OK, OK, NO, NO]),
        (&s.parent, "only_me", [NO, OK, NO, NO, NO, NO]),
        (&s.parent, "practitioners", [OK, OK, NO, OK, NO, NO]),
        (&s.young, "practitioners", [OK, NO, OK, OK, NO, NO]),
        (&s.young, "whole_circle", [OK, OK, OK, OK, NO, NO]),
    ];
    let readers = [
        &s.worker,
        &s.parent,
        &s.young,
        &s.manager,
        &s.admin,
        &s.outsider,
    ];
    for (author, audience, expected) in table {
        let path = make_plan(&app, author, &s.circle, audience).await;
        for (reader, want) in readers.iter().zip(expected) {
            for page in [path.clone(), format!("{path}/print")] {
                let got = app.get(&page, &reader.cookie).await.status;
                assert_eq!(
                    got,
                    want,
                    "{audience} plan, reader {}: {page}",
                    reader.csrf.len()
                );
            }
            // The list shows a plan to exactly those who may open it.
            let list = app.get(&plans_path(&s.circle), &reader.cookie).await;
            if list.status == OK {
                assert_eq!(
                    list.body.contains(&path),
                    want == OK,
                    "{audience} in the list"
                );
            } else {
                assert_eq!(list.status, NO);
            }
        }
    }
}

#[tokio::test]
async fn guessed_ids_are_not_found_and_managers_only_read() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let b = setting(&app, "B").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let plan_id = path.rsplit('/').next().unwrap().to_owned();

    // Another organisation's practitioner, naming A's circle or their own.
    assert_eq!(app.get(&path, &b.worker.cookie).await.status, NO);
    let in_b = format!("{}/{plan_id}", plans_path(&b.circle));
    assert_eq!(app.get(&in_b, &b.worker.cookie).await.status, NO);
    // Another circle of the same organisation, whose member Kim is.
    let kim = app
        .store
        .user_by_login("kim@a.example")
        .await
        .unwrap()
        .unwrap();
    let other = Circle::new(
        CircleId::new(),
        s.org.id,
        &NewCircle {
            focus_name: "Ali",
            ..NewCircle::default()
        },
        kim.id,
        T0,
    )
    .unwrap();
    let member = CircleMember::new(
        s.org.id,
        other.id,
        Some(kim.id),
        "Kim",
        "",
        CircleRole::Practitioner,
        T0,
    )
    .unwrap();
    let audit = AuditEntry::new(
        AuditScope::Organisation(s.org.id),
        T0,
        Some(kim.id),
        AuditAction::CircleChanged,
    );
    app.store
        .create_circle(&other, &[member], &audit)
        .await
        .unwrap();
    let elsewhere = format!("{}/{plan_id}", plans_path(&other));
    for suffix in ["", "/print", "/edit", "/review"] {
        let got = app
            .get(&format!("{elsewhere}{suffix}"), &s.outsider.cookie)
            .await
            .status;
        assert_eq!(got, NO, "{suffix}");
    }
    let made_up = format!("{}/{}", plans_path(&s.circle), PlanId::new());
    assert_eq!(app.get(&made_up, &s.worker.cookie).await.status, NO);
    assert_eq!(
        app.get(
            &format!("{}/not-an-id", plans_path(&s.circle)),
            &s.worker.cookie
        )
        .await
        .status,
        NO
    );
    let posted = send(
        &app,
        &b.worker,
        &format!("{path}/actions"),
        &[("key", &fresh_key())],
    )
    .await;
    assert_eq!(posted.status, NO);

    // Max manages the circle's team: he reads the plan, without forms, and
    // may not change it.
    let read = app.get(&path, &s.manager.cookie).await;
    assert_eq!(read.status, OK);
    assert!(!read.body.contains(&format!("action=\"{path}/actions\"")));
    let key = fresh_key();
    let tried = send(
        &app,
        &s.manager,
        &format!("{path}/actions"),
        &[
            ("key", &key),
            ("move", "basics.housing"),
            ("what", "x"),
            ("who", "other"),
            ("other", "x"),
            ("by_when", "2025-12-01"),
            ("category", "none"),
        ],
    )
    .await;
    assert_eq!(tried.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("{path}/edit"), &s.manager.cookie)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&format!("{}/new", plans_path(&s.circle)), &s.manager.cookie)
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // A parent may not make a plan "with" someone else.
    let page = app
        .get(&format!("{}/new", plans_path(&s.circle)), &s.parent.cookie)
        .await;
    assert!(!page.body.contains("name=\"with\""));
    let zoe = s.young.member.as_ref().unwrap().id.to_string();
    let with = send(
        &app,
        &s.parent,
        &format!("{}/new", plans_path(&s.circle)),
        &[
            ("key", &hidden(&page, "key")),
            ("focus", "coping.brave"),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
            ("with", &zoe),
        ],
    )
    .await;
    assert_eq!(with.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&with).contains("Only a worker can fill this in for someone else."));
    // Sam may, and the plan says so.
    let page = app
        .get(&format!("{}/new", plans_path(&s.circle)), &s.worker.cookie)
        .await;
    let key = hidden(&page, "key");
    let made = send(
        &app,
        &s.worker,
        &format!("{}/new", plans_path(&s.circle)),
        &[
            ("key", &key),
            ("focus", "coping.brave"),
            ("review_due", "2026-01-15"),
            ("audience", "only_me"),
            ("with", &zoe),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let mine = made
        .location
        .strip_suffix("?done=created")
        .unwrap()
        .to_owned();
    let shown = text(&app.get(&mine, &s.young.cookie).await);
    assert!(shown.contains("Entered by Sam with Zoë"), "{shown}");
    assert_eq!(
        app.get(&mine, &s.parent.cookie).await.status,
        NO,
        "a draft of theirs"
    );
}

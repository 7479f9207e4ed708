//! Guessed ids, other organisations' circles and circles one is not in are
//! not found.

use super::{add_member, form, signed_in, started, text};
use crate::support::{self, App};
use axum::http::StatusCode;
use moves_core::ids::CircleId;
use moves_core::membership::Role;
use moves_core::team::Team;

#[tokio::test]
async fn guessed_ids_and_circles_one_is_not_in_are_not_found() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let north = Team::new(a.id, "North", support::T0).unwrap();
    app.store
        .create_team(
            &north,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(
        &app,
        &sam,
        &[("focus_name", "Zoë"), ("team", &north.id.to_string())],
    )
    .await;
    let boss = signed_in(&app, "Boss", "boss@a.example", &a, Role::Manager).await;
    let boss_user = app
        .store
        .user_by_login("boss@a.example")
        .await
        .unwrap()
        .unwrap();
    let other_boss = signed_in(&app, "Other boss", "other@a.example", &a, Role::Manager).await;
    let admin = signed_in(&app, "Admin", "admin@a.example", &a, Role::OrgAdmin).await;
    let viewer = signed_in(&app, "Vic", "vic@a.example", &a, Role::Viewer).await;
    let b_worker = signed_in(&app, "Bo", "bo@b.example", &b, Role::Practitioner).await;
    let b_admin = signed_in(&app, "Bee", "bee@b.example", &b, Role::OrgAdmin).await;
    assert!(
        app.store
            .add_team_member(
                a.id,
                north.id,
                boss_user.id,
                support::T0,
                &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );

    let pages = ["", "/members", "/people", "/close"];
    for who in [&other_boss, &admin, &viewer, &b_worker, &b_admin] {
        for page in pages {
            let reply = app.get(&format!("/circles/{id}{page}"), &who.cookie).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{page}");
            assert!(!reply.body.contains("Zoë"));
        }
        let v = "1";
        let add = add_member(
            &app,
            who,
            id,
            v,
            &[
                ("account", "no"),
                ("name", "Intruder"),
                ("role", "supporter"),
            ],
        )
        .await;
        assert_eq!(add.status, StatusCode::NOT_FOUND);
        for action in ["close", "reopen"] {
            let reply = app
                .post(
                    &format!("/circles/{id}/{action}"),
                    &who.cookie,
                    form(&[("_csrf", &who.csrf), ("version", v), ("reflection", "x")]),
                )
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{action}");
        }
    }
    // Made-up and malformed ids look the same.
    for path in [
        format!("/circles/{}", CircleId::new()),
        "/circles/not-an-id".to_owned(),
        "/circles/1".to_owned(),
    ] {
        assert_eq!(
            app.get(&path, &sam.cookie).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(app.store.circle_members(a.id, id).await.unwrap().len(), 2);
    assert!(app.store.circle(a.id, id).await.unwrap().unwrap().is_open());

    // The manager of the circle's team sees it, without its protected details
    // and without the forms of its practitioners.
    let seen = app.get(&format!("/circles/{id}"), &boss.cookie).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.body.contains("/close\""));
    let list = app.get("/circles", &boss.cookie).await;
    assert!(text(&list).contains("Circles of your teams") && list.body.contains(&id.to_string()));
    assert!(
        !app.get("/circles", &other_boss.cookie)
            .await
            .body
            .contains(&id.to_string())
    );
    let closing = app.get(&format!("/circles/{id}/close"), &boss.cookie).await;
    assert_eq!(
        closing.status,
        StatusCode::FORBIDDEN,
        "in sight, not theirs to close"
    );
}

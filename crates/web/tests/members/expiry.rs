//! Expired invitations: gone, adding nothing, and an unused username free to
//! give again.

use super::{NEW_PASSWORD, invite, invite_path, roles_of};
use crate::support::{App, form, with_admin};
use axum::http::StatusCode;
use moves_core::membership::Role;

#[tokio::test]
async fn an_expired_invite_is_gone_and_adds_nothing() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let reply = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Late Person"),
            ("email", "late@example.org"),
            ("username", ""),
            ("role", "manager"),
        ],
    )
    .await;
    let path = invite_path(&reply.body);
    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK);
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    app.clock.advance_seconds(72 * 3600);
    assert_eq!(app.get(&path, "").await.status, StatusCode::GONE);
    let late = app
        .post(
            &path,
            &visitor,
            form(&[("_csrf", &page.csrf()), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(late.status, StatusCode::GONE);
    assert!(roles_of(&app, "late@example.org", &org).await.is_empty());
    let late = app
        .store
        .user_by_login("late@example.org")
        .await
        .unwrap()
        .unwrap();
    assert!(late.password_hash.is_none());
}

#[tokio::test]
async fn a_username_whose_invitation_expired_unused_can_be_given_again() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let kai = [
        ("name", "Kai"),
        ("email", ""),
        ("username", "kai.r"),
        ("role", "young_person"),
    ];
    let first = invite(&app, &cookie, &csrf, &kai).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let old_path = invite_path(&first.body);
    // While the link works, the username is taken.
    let taken = invite(&app, &cookie, &csrf, &kai).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        taken.body.contains("This username is taken"),
        "{}",
        taken.body
    );

    app.clock.advance_seconds(72 * 3600);
    let cookie = app.session_cookie("ada@example.org").await;
    let csrf = app.get("/admin/members", &cookie).await.csrf();
    let again = invite(&app, &cookie, &csrf, &kai).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let path = invite_path(&again.body);
    assert_ne!(path, old_path);
    assert_eq!(app.get(&old_path, "").await.status, StatusCode::GONE);
    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK);
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let done = app
        .post(
            &path,
            &visitor,
            form(&[("_csrf", &page.csrf()), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(roles_of(&app, "kai.r", &org).await, vec![Role::YoungPerson]);

    // Now it is Kai's: nobody else gets it.
    let taken = invite(&app, &cookie, &csrf, &kai).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("This username is taken"));
}

//! Only an organisation's administrator invites and revokes, and only in their
//! own organisation.

use super::invite;
use crate::support::{App, form, with_admin};
use axum::http::StatusCode;
use moves_core::membership::Role;

#[tokio::test]
async fn another_organisations_membership_is_not_found() {
    let app = App::empty().await;
    let other = app.organisation("Other Trust").await;
    let them = app
        .person(
            "Their Worker",
            "worker@other.example",
            &other,
            Role::Practitioner,
        )
        .await;
    let theirs = app.store.memberships_of_user(them.id).await.unwrap();
    let (_, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    for path in [
        format!("/admin/members/{}/revoke", theirs[0].id),
        "/admin/members/not-an-id/revoke".to_owned(),
    ] {
        let reply = app.post(&path, &cookie, form(&[("_csrf", &csrf)])).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert!(app.store.memberships_of_user(them.id).await.unwrap()[0].is_active());
    let page = app.get("/admin/members", &cookie).await;
    assert!(!page.body.contains("Their Worker"));
}

#[tokio::test]
async fn a_practitioner_may_not_invite_or_revoke() {
    let app = App::empty().await;
    let org = app.organisation("Hub").await;
    let admin = app
        .person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    app.person("Pat", "pat@example.org", &org, Role::Practitioner)
        .await;
    let pat = app.session_cookie("pat@example.org").await;
    assert_eq!(
        app.get("/admin/members", &pat).await.status,
        StatusCode::FORBIDDEN
    );
    let home = app.get("/", &pat).await;
    assert!(!home.body.contains("/admin/members"));
    let csrf = home.csrf();
    let reply = invite(
        &app,
        &pat,
        &csrf,
        &[
            ("name", "X"),
            ("email", "x@example.org"),
            ("username", ""),
            ("role", "org_admin"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(
        app.store
            .user_by_login("x@example.org")
            .await
            .unwrap()
            .is_none()
    );
    let ms = app.store.memberships_of_user(admin.id).await.unwrap();
    let reply = app
        .post(
            &format!("/admin/members/{}/revoke", ms[0].id),
            &pat,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

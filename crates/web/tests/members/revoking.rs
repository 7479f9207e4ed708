//! Revoking a role takes it away at the next request; an administrator cannot
//! revoke their own administrator role.

use super::{invite, invite_path, roles_of};
use crate::support::{App, form, with_admin};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_store::AuditQuery;

#[tokio::test]
async fn revoke_takes_the_role_away_at_the_next_request() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let admin2 = app
        .person("Second Admin", "second@example.org", &org, Role::OrgAdmin)
        .await;
    let second = app.session_cookie("second@example.org").await;
    assert_eq!(
        app.get("/admin/members", &second).await.status,
        StatusCode::OK
    );

    let list = app.get("/admin/members", &cookie).await;
    assert!(list.body.contains("Second Admin"), "{}", list.body);
    assert!(list.body.contains("second@example.org"));
    let membership = app
        .store
        .memberships_of_user(admin2.id)
        .await
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    let revoked = app
        .post(
            &format!("/admin/members/{}/revoke", membership.id),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER, "{}", revoked.body);
    assert_eq!(revoked.location, "/admin/members?revoked=1");
    // The next request of the revoked person no longer has the role.
    assert_eq!(
        app.get("/admin/members", &second).await.status,
        StatusCode::FORBIDDEN
    );
    let list = app.get("/admin/members", &cookie).await;
    assert!(list.body.contains("Removed"), "{}", list.body);
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    assert!(entries.iter().any(|e| e.action == AuditAction::RoleChanged
        && e.detail.as_deref() == Some("revoked")
        && e.subject.as_deref() == Some(membership.id.to_string().as_str())));

    // The role can be given back by a new invitation, once accepted.
    let reply = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Second Admin"),
            ("email", "second@example.org"),
            ("username", ""),
            ("role", "org_admin"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let path = invite_path(&reply.body);
    let page = app.get(&path, &second).await;
    let accepted = app
        .post(&path, &second, form(&[("_csrf", &page.csrf())]))
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(
        roles_of(&app, "second@example.org", &org).await,
        vec![Role::OrgAdmin]
    );
    assert_eq!(
        app.get("/admin/members", &second).await.status,
        StatusCode::OK
    );
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    assert!(
        entries.iter().any(|e| e.action == AuditAction::RoleChanged
            && e.detail.as_deref() == Some("org_admin")
            && e.subject.as_deref() == Some(membership.id.to_string().as_str())),
        "the audit names the membership given back"
    );
}

#[tokio::test]
async fn an_admin_cannot_revoke_their_own_admin_role() {
    let app = App::empty().await;
    let (_, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let ada = app
        .store
        .user_by_login("ada@example.org")
        .await
        .unwrap()
        .unwrap();
    let own = app.store.memberships_of_user(ada.id).await.unwrap();
    let reply = app
        .post(
            &format!("/admin/members/{}/revoke", own[0].id),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let page = app.get(&reply.location, &cookie).await;
    assert!(
        page.body
            .contains("You cannot remove your own administrator role"),
        "{}",
        page.body
    );
    assert_eq!(
        app.store.memberships_of_user(ada.id).await.unwrap().len(),
        1
    );
}

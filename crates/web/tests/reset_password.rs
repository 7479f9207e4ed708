//! An administrator resets a member's password: a one-time link, handed over,
//! that sets a new password once and signs the person out everywhere. Refused
//! for people who also belong to another organisation, for oneself, and for
//! another organisation's members (not found).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::Clock;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::MembershipId;
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::user::User;
use moves_store::AuditQuery;
use support::{App, PASSWORD, form, with_admin};

const NEW_PASSWORD: &str = "a brand new long passphrase";

async fn membership_of(app: &App, user: &User, org: &Organisation) -> MembershipId {
    app.store
        .memberships_of_user(user.id)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.org_id == org.id)
        .unwrap()
        .id
}

async fn resets_issued(app: &App, org: &Organisation) -> usize {
    app.store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == AuditAction::PasswordResetIssued)
        .count()
}

fn set_password_path(body: &str) -> String {
    let at = body.find("/set-password/").expect(body);
    body[at..].split(['"', '<']).next().unwrap().to_owned()
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_signs_the_person_out() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let pats_session = app.session_cookie("pat@example.org").await;
    let id = membership_of(&app, &pat, &org).await;

    let members = app.get("/admin/members", &cookie).await;
    assert!(
        members
            .body
            .contains(&format!("/admin/members/{id}/reset-password")),
        "{}",
        members.body
    );

    let reply = app
        .post(
            &format!("/admin/members/{id}/reset-password"),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("It works once, for 24 hours."));
    assert!(reply.body.contains("has not been sent by email"));
    assert_eq!(resets_issued(&app, &org).await, 1);
    let path = set_password_path(&reply.body);

    // Until the link is used, nothing has changed.
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let done = app
        .post(
            &path,
            &visitor,
            form(&[("_csrf", &page.csrf()), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);

    // The old password and the old session no longer work; the new password does.
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.sign_in("pat@example.org", NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let old = app.get("/", &pats_session).await;
    assert!(!old.body.contains("Pat Parent"), "{}", old.body);
    // And the link worked once.
    assert_eq!(app.get(&path, "").await.status, StatusCode::GONE);
}

#[tokio::test]
async fn refused_for_someone_who_also_belongs_to_another_organisation() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let other = app.organisation("Other Trust").await;
    let sam = app
        .person("Sam Social", "sam@example.org", &org, Role::Practitioner)
        .await;
    app.store
        .add_membership(&Membership::new(
            other.id,
            sam.id,
            Role::OrgAdmin,
            app.clock.now(),
        ))
        .await
        .unwrap();
    let id = membership_of(&app, &sam, &org).await;
    let reply = app
        .post(
            &format!("/admin/members/{id}/reset-password"),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(!reply.body.contains("/set-password/"));
    let page = app.get(&reply.location, &cookie).await;
    assert!(
        page.body.contains("also belongs to another organisation"),
        "{}",
        page.body
    );
    assert_eq!(resets_issued(&app, &org).await, 0);
}

#[tokio::test]
async fn refused_for_oneself() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let ada = app
        .store
        .user_by_login("ada@example.org")
        .await
        .unwrap()
        .unwrap();
    let id = membership_of(&app, &ada, &org).await;
    let reply = app
        .post(
            &format!("/admin/members/{id}/reset-password"),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let page = app.get(&reply.location, &cookie).await;
    assert!(page.body.contains("Change my password"), "{}", page.body);
    assert_eq!(resets_issued(&app, &org).await, 0);
}

#[tokio::test]
async fn another_organisations_member_is_not_found_and_a_forged_request_is_refused() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let other = app.organisation("Other Trust").await;
    let theirs = app
        .person("Olu Other", "olu@example.org", &other, Role::ParentCarer)
        .await;
    let their_id = membership_of(&app, &theirs, &other).await;
    for path in [
        format!("/admin/members/{their_id}/reset-password"),
        "/admin/members/not-an-id/reset-password".to_owned(),
    ] {
        let reply = app.post(&path, &cookie, form(&[("_csrf", &csrf)])).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let id = membership_of(&app, &pat, &org).await;
    let forged = app
        .post(
            &format!("/admin/members/{id}/reset-password"),
            &cookie,
            form(&[("_csrf", "not-the-token")]),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(resets_issued(&app, &org).await, 0);
    assert_eq!(resets_issued(&app, &other).await, 0);
}

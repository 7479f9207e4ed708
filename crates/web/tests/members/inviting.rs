//! Invitations accepted: by email with a new password, by username for a young
//! person, and by someone who already has an account.

use super::{NEW_PASSWORD, audit_actions, invite, invite_path, roles_of};
use crate::support::{App, PASSWORD, form, with_admin};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn invite_link_set_password_sign_in_and_be_a_member() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let reply = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Siân ap Rhys"),
            ("email", "sian@example.org"),
            ("username", ""),
            ("role", "practitioner"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("The invitation for \u{2068}Siân ap Rhys\u{2069}"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("works once, for 72 hours."));
    let path = invite_path(&reply.body);
    // Nothing is a membership until the link is used.
    assert!(roles_of(&app, "sian@example.org", &org).await.is_empty());
    assert!(
        audit_actions(&app, &org)
            .await
            .contains(&AuditAction::InviteCreated)
    );

    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Northside Hub"), "{}", page.body);
    assert!(page.body.contains("practitioner"));
    let cookie = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let csrf = page.csrf();
    // A refused password does not use the link.
    let short = app
        .post(
            &path,
            &cookie,
            form(&[("_csrf", &csrf), ("password", "short")]),
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = app
        .post(
            &path,
            &cookie,
            form(&[("_csrf", &csrf), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert!(done.location.starts_with("/sign-in?"), "{}", done.location);
    assert_eq!(
        roles_of(&app, "sian@example.org", &org).await,
        vec![Role::Practitioner]
    );
    let actions = audit_actions(&app, &org).await;
    assert!(actions.contains(&AuditAction::InviteUsed));
    assert!(actions.contains(&AuditAction::RoleChanged));

    let signed_in = app.sign_in("sian@example.org", NEW_PASSWORD).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    let sian = format!(
        "moves-session={}",
        signed_in.cookie("moves-session").unwrap()
    );
    let home = app.get("/", &sian).await;
    assert!(home.body.contains("Northside Hub"), "{}", home.body);
    // A practitioner may not manage members.
    assert_eq!(
        app.get("/admin/members", &sian).await.status,
        StatusCode::FORBIDDEN
    );

    // The link worked once.
    let again = app.get(&path, "").await;
    assert_eq!(again.status, StatusCode::GONE);
    let again = app
        .post(
            &path,
            &cookie,
            form(&[("_csrf", &csrf), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(again.status, StatusCode::GONE);
}

#[tokio::test]
async fn a_young_person_is_invited_by_username() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let reply = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Zoë"),
            ("email", ""),
            ("username", "zoe.b"),
            ("role", "young_person"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let path = invite_path(&reply.body);
    let page = app.get(&path, "").await;
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let done = app
        .post(
            &path,
            &visitor,
            form(&[("_csrf", &page.csrf()), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(roles_of(&app, "ZOE.B", &org).await, vec![Role::YoungPerson]);
    assert_eq!(
        app.sign_in("zoe.b", NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_existing_person_signs_in_and_accepts() {
    let app = App::empty().await;
    let other = app.organisation("Other Trust").await;
    let existing = app
        .person("Bo Existing", "bo@example.org", &other, Role::Manager)
        .await;
    let (org, cookie, csrf) = with_admin(&app, "Hub", "ada@example.org").await;
    let reply = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Someone Else"),
            ("email", "BO@example.org"),
            ("username", ""),
            ("role", "viewer"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    // The existing person was reused, not a second one made.
    let bo = app
        .store
        .user_by_login("bo@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(bo.id, existing.id);
    assert_eq!(bo.display_name, "Bo Existing");
    let path = invite_path(&reply.body);

    // Not signed in: asked to sign in first; posting does not accept.
    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/sign-in?next="), "{}", page.body);
    let (visitor, visitor_csrf) = app.visitor().await;
    let refused = app
        .post(&path, &visitor, form(&[("_csrf", &visitor_csrf)]))
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(roles_of(&app, "bo@example.org", &org).await.is_empty());

    // Someone else signed in cannot accept it either.
    let ada_page = app.get(&path, &cookie).await;
    assert!(ada_page.body.contains("/sign-in?next="));
    let refused = app.post(&path, &cookie, form(&[("_csrf", &csrf)])).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(roles_of(&app, "bo@example.org", &org).await.is_empty());

    let bo_cookie = app.session_cookie("bo@example.org").await;
    let page = app.get(&path, &bo_cookie).await;
    let accepted = app
        .post(&path, &bo_cookie, form(&[("_csrf", &page.csrf())]))
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(accepted.location, "/");
    assert_eq!(
        roles_of(&app, "bo@example.org", &org).await,
        vec![Role::Viewer]
    );
    // The password is unchanged.
    assert_eq!(
        app.sign_in("bo@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    // Used once: gone.
    let again = app
        .post(&path, &bo_cookie, form(&[("_csrf", &page.csrf())]))
        .await;
    assert_eq!(again.status, StatusCode::GONE);
    // Inviting the same person to the same role again is refused.
    let twice = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Bo"),
            ("email", "bo@example.org"),
            ("username", ""),
            ("role", "viewer"),
        ],
    )
    .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn without_a_public_address_the_link_shown_is_whole_from_the_browser_s_host() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let app = App::empty().await;
    let (_, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let body = form(&[
        ("_csrf", csrf.as_str()),
        ("name", "Siân ap Rhys"),
        ("email", "sian@example.org"),
        ("username", ""),
        ("role", "practitioner"),
    ]);
    let reply = app
        .send(
            Request::post("/admin/members/invite")
                .header(header::HOST, "moves.hillside.example:8080")
                .header(header::COOKIE, &cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("value=\"http://moves.hillside.example:8080/invite/"),
        "a link that can be copied and opened as it is: {}",
        reply.body
    );
    // The whole link works: its path is the invitation.
    let page = app.get(&invite_path(&reply.body), "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

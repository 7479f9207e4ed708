//! The members page and invitations: invite, accept, revoke, and the answers to
//! wrong people and bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditQuery, AuditScope};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use support::{App, PASSWORD, form, with_admin};

const NEW_PASSWORD: &str = "a new long memorable passphrase";

/// The `/invite/...` path in the page shown after inviting.
fn invite_path(body: &str) -> String {
    let at = body.find("/invite/").expect(body);
    body[at..].split(['"', '<']).next().unwrap().to_owned()
}

async fn invite(app: &App, cookie: &str, csrf: &str, fields: &[(&str, &str)]) -> support::Reply {
    let mut pairs = vec![("_csrf", csrf)];
    pairs.extend_from_slice(fields);
    app.post("/admin/members/invite", cookie, form(&pairs))
        .await
}

async fn audit_actions(app: &App, org: &Organisation) -> Vec<AuditAction> {
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    entries.into_iter().map(|e| e.action).collect()
}

async fn roles_of(app: &App, login: &str, org: &Organisation) -> Vec<Role> {
    let user = app.store.user_by_login(login).await.unwrap().unwrap();
    app.store
        .memberships_of_user(user.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.org_id == org.id)
        .map(|m| m.role)
        .collect()
}

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

#[tokio::test]
async fn bad_input_gets_field_errors_and_creates_nothing() {
    let app = App::empty().await;
    let org = app.organisation("Hub").await;
    app.person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    let cookie = app.session_cookie("ada@example.org").await;
    let home = app.get("/", &cookie).await;
    assert!(home.body.contains("/admin/members"), "{}", home.body);
    let csrf = home.csrf();
    // A username somebody has.
    let ok = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Kid"),
            ("email", ""),
            ("username", "kid_1"),
            ("role", "young_person"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let before = audit_actions(&app, &org).await.len();

    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case<'_>; 7] = [
        (
            &[
                ("name", " "),
                ("email", "a@example.org"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "name-error",
            "Enter the person",
        ),
        (
            &[
                ("name", "A"),
                ("email", "not-an-email"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "email-error",
            "Enter an email address in the right form",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", "KID_1"),
                ("role", "young_person"),
            ],
            "username-error",
            "This username is taken",
        ),
        (
            &[
                ("name", "evil\u{202E}txt"),
                ("email", "b@example.org"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "name-error",
            "hidden control character",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", "no spaces"),
                ("role", "viewer"),
            ],
            "username-error",
            "only letters, digits",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", ""),
                ("role", "viewer"),
            ],
            "email-error",
            "Enter an email address or a username.",
        ),
        (
            &[
                ("name", "A"),
                ("email", "c@example.org"),
                ("username", ""),
                ("role", "overlord"),
            ],
            "role-error",
            "Choose a role.",
        ),
    ];
    for (fields, id, message) in cases {
        let reply = invite(&app, &cookie, &csrf, fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(
            reply.body.contains(&format!("id=\"{id}\"")),
            "{fields:?}: {}",
            reply.body
        );
        assert!(reply.body.contains(message), "{fields:?}: {}", reply.body);
        assert!(!reply.body.contains("/invite/"), "{fields:?}");
    }
    for login in [
        "a@example.org",
        "b@example.org",
        "c@example.org",
        "no spaces",
    ] {
        assert!(
            app.store.user_by_login(login).await.unwrap().is_none(),
            "{login}"
        );
    }
    assert_eq!(
        audit_actions(&app, &org).await.len(),
        before,
        "nothing audited"
    );

    // Odd but real Unicode names are fine, and are shown as typed.
    let ok = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Siân ap Rhys"),
            ("email", "sian@example.org"),
            ("username", ""),
            ("role", "parent_carer"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(ok.body.contains("Siân ap Rhys"));
    let sian = app
        .store
        .user_by_login("SIAN@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sian.display_name, "Siân ap Rhys");
    assert!(sian.password_hash.is_none());
}

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

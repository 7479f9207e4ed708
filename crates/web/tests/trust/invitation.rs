//! Hole 1: an invitation never sets or resets the password of an account that
//! exists already. Without SMTP the inviter is shown the link, so a link that
//! set the password of someone else's account (an administrator made by
//! `moves admin create-org` who has not used their link yet) would hand that
//! account, and the other organisation, to the inviter. An existing person
//! accepts by signing in as themselves.

use crate::support::{App, PASSWORD, Reply, T0, form, with_admin};
use axum::http::StatusCode;
use moves_core::auth::one_time::{OneTimeToken, set_password_path};
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::user::{Email, User};

const TAKEN_OVER: &str = "the inviter chose this passphrase";

async fn invite(app: &App, cookie: &str, csrf: &str, name: &str, email: &str) -> String {
    let reply = app
        .post(
            "/admin/members/invite",
            cookie,
            form(&[
                ("_csrf", csrf),
                ("name", name),
                ("email", email),
                ("username", ""),
                ("role", "practitioner"),
            ]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let at = reply.body.find("/invite/").expect("the link is shown");
    reply.body[at..]
        .split(['"', '<'])
        .next()
        .unwrap()
        .to_owned()
}

/// A person as `moves admin create-org` leaves them: an account without a
/// password, a role, and a set-password link of their own.
async fn administrator_without_password(
    app: &App,
    org: &Organisation,
    email: &str,
) -> (User, String) {
    let user = User::new("Bea Admin", Some(Email::parse(email).unwrap()), T0).unwrap();
    app.store.create_user(&user).await.unwrap();
    app.store
        .add_membership(&Membership::new(org.id, user.id, Role::OrgAdmin, T0))
        .await
        .unwrap();
    let (token, link) = OneTimeToken::set_password(user.id, Some(org.id), T0).unwrap();
    app.store.create_one_time_token(&link).await.unwrap();
    (user, token)
}

/// Opens the invitation and tries to set a password with it, as the inviter
/// holding the link would.
async fn try_to_set_password(app: &App, path: &str) -> (Reply, Reply) {
    let page = app.get(path, "").await;
    // The page may offer no form at all: the token comes from another page.
    let (cookie, csrf) = app.visitor().await;
    let sent = app
        .post(
            path,
            &cookie,
            form(&[("_csrf", &csrf), ("password", TAKEN_OVER)]),
        )
        .await;
    (page, sent)
}

async fn assert_not_taken_over(app: &App, user: &User, org_a: &Organisation) {
    let stored = app.store.user(user.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash, None, "no password was set");
    let roles: Vec<Role> = app
        .store
        .memberships_of_user(user.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.org_id == org_a.id)
        .map(|m| m.role)
        .collect();
    assert!(roles.is_empty(), "not joined: {roles:?}");
    let login = user.email.as_ref().unwrap().as_str();
    let tried = app.sign_in(login, TAKEN_OVER).await;
    assert_eq!(
        tried.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cannot sign in"
    );
}

#[tokio::test]
async fn inviting_another_organisations_new_administrator_does_not_take_their_account() {
    let app = App::empty().await;
    let (a, cookie, csrf) = with_admin(&app, "Organisation A", "ada@a.example").await;
    let b = app.organisation("Organisation B").await;
    let (bea, own_link) = administrator_without_password(&app, &b, "bea@b.example").await;

    let path = invite(&app, &cookie, &csrf, "Bea", "bea@b.example").await;
    let (page, sent) = try_to_set_password(&app, &path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        !page.body.contains("name=\"password\""),
        "the invitation offers no password: {}",
        page.body
    );
    assert_ne!(sent.location, "/sign-in?password_set=1", "{}", sent.body);
    assert_not_taken_over(&app, &bea, &a).await;

    // Bea's own link still sets her password, and then she accepts A's
    // invitation by signing in as herself.
    let own = app.get(&set_password_path(&own_link), "").await;
    let c = format!("moves-csrf={}", own.cookie("moves-csrf").unwrap());
    let set = app
        .post(
            &set_password_path(&own_link),
            &c,
            form(&[("_csrf", &own.csrf()), ("password", PASSWORD)]),
        )
        .await;
    assert_eq!(set.location, "/sign-in?password_set=1", "{}", set.body);
    let session = app.session_cookie("bea@b.example").await;
    let page = app.get(&path, &session).await;
    let accepted = app
        .post(&path, &session, form(&[("_csrf", &page.csrf())]))
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let roles: Vec<Role> = app
        .store
        .memberships_of_user(bea.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.org_id == a.id)
        .map(|m| m.role)
        .collect();
    assert_eq!(roles, vec![Role::Practitioner]);
}

#[tokio::test]
async fn an_invitation_waiting_elsewhere_keeps_its_account_from_other_inviters() {
    let app = App::empty().await;
    let (a, cookie_a, csrf_a) = with_admin(&app, "Organisation A", "ada@a.example").await;
    let (_, cookie_b, csrf_b) = with_admin(&app, "Organisation B", "bo@b.example").await;
    // B invites Kim first (a new person), then A invites the same address:
    // A's link must not be able to set the password B's link will set.
    let from_b = invite(&app, &cookie_b, &csrf_b, "Kim", "kim@example.org").await;
    let from_a = invite(&app, &cookie_a, &csrf_a, "Kim", "kim@example.org").await;
    let kim = app
        .store
        .user_by_login("kim@example.org")
        .await
        .unwrap()
        .unwrap();
    let (page, _) = try_to_set_password(&app, &from_a).await;
    assert!(!page.body.contains("name=\"password\""), "{}", page.body);
    assert_not_taken_over(&app, &kim, &a).await;
    // B's invitation still sets Kim's first password.
    let page = app.get(&from_b, "").await;
    assert!(page.body.contains("name=\"password\""), "{}", page.body);
}

#[tokio::test]
async fn a_new_persons_invitation_stops_setting_a_password_once_they_hold_a_role_elsewhere() {
    let app = App::empty().await;
    let (a, cookie, csrf) = with_admin(&app, "Organisation A", "ada@a.example").await;
    let b = app.organisation("Organisation B").await;
    let path = invite(&app, &cookie, &csrf, "Lee", "lee@example.org").await;
    let lee = app
        .store
        .user_by_login("lee@example.org")
        .await
        .unwrap()
        .unwrap();
    // Meanwhile the installation's administrator makes Lee B's administrator
    // (`moves admin create-org` reuses the account).
    app.store
        .add_membership(&Membership::new(b.id, lee.id, Role::OrgAdmin, T0))
        .await
        .unwrap();
    let (page, _) = try_to_set_password(&app, &path).await;
    assert!(!page.body.contains("name=\"password\""), "{}", page.body);
    assert_not_taken_over(&app, &lee, &a).await;
}

#[tokio::test]
async fn an_account_another_organisation_made_is_never_given_away_after_its_link_expired() {
    let app = App::empty().await;
    let (_, cookie_a, csrf_a) = with_admin(&app, "Organisation A", "ada@a.example").await;
    with_admin(&app, "Organisation B", "bo@b.example").await;
    // A invites Kim (a new account); nobody uses the link before it expires.
    invite(&app, &cookie_a, &csrf_a, "Kim", "kim@example.org").await;
    app.clock.advance_seconds(73 * 3600);
    let kim = app
        .store
        .user_by_login("kim@example.org")
        .await
        .unwrap()
        .unwrap();
    // B's administrator (signed in again: days went by), shown the link,
    // must not be able to choose Kim's password: the account is A's to give
    // again.
    let (cookie_b, csrf_b) = signed_in_again(&app, "bo@b.example").await;
    let from_b = invite(&app, &cookie_b, &csrf_b, "Kim", "kim@example.org").await;
    let (page, sent) = try_to_set_password(&app, &from_b).await;
    assert!(!page.body.contains("name=\"password\""), "{}", page.body);
    assert_ne!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let stored = app.store.user(kim.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash, None, "no password was set");
    // A gives it again (once B's link has gone too), and Kim sets it.
    app.clock.advance_seconds(73 * 3600);
    let (cookie_a, csrf_a) = signed_in_again(&app, "ada@a.example").await;
    let again = invite(&app, &cookie_a, &csrf_a, "Kim", "kim@example.org").await;
    let page = app.get(&again, "").await;
    assert!(page.body.contains("name=\"password\""), "{}", page.body);
}

/// A new session for an administrator, with the token of the members page.
async fn signed_in_again(app: &App, email: &str) -> (String, String) {
    let cookie = app.session_cookie(email).await;
    let page = app.get("/admin/members", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    (cookie, page.csrf())
}

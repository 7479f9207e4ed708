//! Changing one's own password: the current one is needed, wrong guesses are
//! throttled like sign-in, a refused new password changes nothing, and a change
//! signs the person out everywhere.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_store::AuditQuery;
use support::{App, PASSWORD, form};

const NEW_PASSWORD: &str = "a brand new long passphrase";

async fn change(app: &App, cookie: &str, csrf: &str, current: &str, new: &str) -> support::Reply {
    app.post(
        "/account/password",
        cookie,
        form(&[("_csrf", csrf), ("current", current), ("password", new)]),
    )
    .await
}

#[tokio::test]
async fn a_person_changes_their_password_and_is_signed_out_everywhere() {
    let app = App::empty().await;
    let org = app.organisation("Northside Hub").await;
    app.person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let here = app.session_cookie("pat@example.org").await;
    let elsewhere = app.session_cookie("pat@example.org").await;
    let home = app.get("/", &here).await;
    assert!(
        home.body.contains("href=\"/account/password\""),
        "{}",
        home.body
    );
    let page = app.get("/account/password", &here).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let csrf = page.csrf();

    let wrong = change(&app, &here, &csrf, "not my password", NEW_PASSWORD).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("This is not your current password."));
    let weak = change(&app, &here, &csrf, PASSWORD, "password").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("aria-invalid=\"true\""), "{}", weak.body);
    // Neither changed anything.
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    let done = change(&app, &here, &csrf, PASSWORD, NEW_PASSWORD).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location, "/sign-in?password_set=1");
    for cookie in [&here, &elsewhere] {
        let page = app.get("/account/password", cookie).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "signed out: {cookie}");
    }
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.sign_in("pat@example.org", NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e.action == AuditAction::PasswordSet && e.detail.as_deref() == Some("changed"))
    );
}

#[tokio::test]
async fn guessing_the_current_password_is_throttled() {
    let app = App::empty().await;
    let org = app.organisation("Northside Hub").await;
    app.person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let cookie = app.session_cookie("pat@example.org").await;
    let csrf = app.get("/account/password", &cookie).await.csrf();
    let mut statuses = Vec::new();
    for i in 0..50 {
        let reply = change(&app, &cookie, &csrf, &format!("guess {i}"), NEW_PASSWORD).await;
        statuses.push(reply.status);
        if reply.status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
    }
    assert_eq!(
        statuses.last(),
        Some(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    // Even the right password is refused while throttled.
    let right = change(&app, &cookie, &csrf, PASSWORD, NEW_PASSWORD).await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_forged_or_huge_request_changes_nothing() {
    let app = App::empty().await;
    let org = app.organisation("Northside Hub").await;
    app.person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let cookie = app.session_cookie("pat@example.org").await;
    let csrf = app.get("/account/password", &cookie).await.csrf();
    let forged = change(&app, &cookie, "not-the-token", PASSWORD, NEW_PASSWORD).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let huge = "x".repeat(200_000);
    let reply = change(&app, &cookie, &csrf, &huge, NEW_PASSWORD).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = change(&app, &cookie, &csrf, PASSWORD, &huge).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

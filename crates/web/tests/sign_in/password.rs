//! The right password signs in, and signing out ends the session for real.

use super::app;
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_store::AuditQuery;

#[tokio::test]
async fn the_right_password_signs_in_and_sign_out_ends_the_session_for_real() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let home = app.get("/", &cookie).await;
    assert_eq!(home.status, StatusCode::OK);
    // Fluent isolates the names it fills in (U+2068 … U+2069).
    assert!(
        home.body
            .contains("Signed in as \u{2068}Sam Practitioner\u{2069}"),
        "{}",
        home.body
    );
    assert!(
        home.body
            .contains("You are working in \u{2068}Demo Borough\u{2069}"),
        "{}",
        home.body
    );

    let csrf = home.csrf();
    let out = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    assert_eq!(
        (out.status, out.location.as_str()),
        (StatusCode::SEE_OTHER, "/sign-in?signed_out=1")
    );
    assert!(
        out.cookies
            .iter()
            .any(|c| c.starts_with("moves-session=;") && c.contains("Max-Age=0"))
    );

    // The old cookie, sent again, is worth nothing.
    let again = app.get("/", &cookie).await;
    assert!(
        !again.body.contains("Signed in as"),
        "a signed-out cookie must not work"
    );
    let protected = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    assert_eq!(protected.status, StatusCode::SEE_OTHER);
    assert!(
        protected.location.starts_with("/sign-in?next="),
        "{}",
        protected.location
    );

    let log = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(
            app.org_id().await,
        )))
        .await
        .unwrap();
    let actions: Vec<AuditAction> = log.iter().map(|e| e.action).collect();
    assert_eq!(actions, vec![AuditAction::SignOut, AuditAction::SignIn]);
}

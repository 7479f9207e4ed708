//! How a session ends: idle, after twelve hours, at a revoked membership, and
//! the offer to stay signed in before the idle timeout.

use super::app;
use crate::support::T0;
use axum::http::StatusCode;

#[tokio::test]
async fn an_idle_session_ends_and_the_person_is_told() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    app.clock.advance_seconds(29 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "still active"
    );
    app.clock.advance_seconds(29 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "activity keeps it alive"
    );
    app.clock.advance_seconds(31 * 60);
    let page = app.get("/sign-in", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("signed out after a while without activity"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn a_session_ends_after_twelve_hours_however_active() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    for _ in 0..25 {
        app.clock.advance_seconds(29 * 60);
        let _ = app.get("/", &cookie).await;
    }
    assert!(!app.get("/", &cookie).await.body.contains("Signed in as"));
}

#[tokio::test]
async fn a_revoked_membership_is_refused_at_the_next_request() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let before = app.get("/", &cookie).await.body;
    assert!(
        before.contains("Your roles here") && before.contains("practitioner"),
        "{before}"
    );
    let sam = app
        .store
        .user_by_login("sam@example.org")
        .await
        .unwrap()
        .unwrap();
    let m = app
        .store
        .memberships_of_user(sam.id)
        .await
        .unwrap()
        .remove(0);
    app.store
        .revoke_membership(
            app.org_id().await,
            m.id,
            T0,
            &crate::support::set_up(moves_core::audit::AuditAction::RoleChanged),
        )
        .await
        .unwrap();
    let page = app.get("/", &cookie).await;
    assert!(!page.body.contains("Your roles here"), "{}", page.body);
    assert!(page.body.contains("not a member of any organisation"));
}

#[tokio::test]
async fn signed_in_pages_offer_to_stay_signed_in_before_the_idle_timeout() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let home = app.get("/", &cookie).await;
    assert!(home.body.contains("id=\"idle-warning\""), "{}", home.body);
    assert!(home.body.contains("data-idle-seconds=\"1800\""));
    assert!(
        home.body.contains(" hidden>"),
        "hidden until the script shows it"
    );
    assert!(
        !app.get("/sign-in", "").await.body.contains("idle-warning"),
        "not for visitors"
    );

    app.clock.advance_seconds(28 * 60);
    let kept = app
        .post(
            "/session/keep-alive",
            &cookie,
            format!("_csrf={}", home.csrf()),
        )
        .await;
    assert_eq!(kept.status, StatusCode::NO_CONTENT);
    app.clock.advance_seconds(28 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "kept alive"
    );
    let stale = app
        .post("/session/keep-alive", &cookie, "_csrf=wrong".to_owned())
        .await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
}

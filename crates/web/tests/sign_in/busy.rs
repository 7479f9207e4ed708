//! A full password-hashing queue: the next sign-in is answered at once with 503,
//! `Retry-After` and a plain page, and nothing about it is counted or checked;
//! one that finds room in the queue waits its turn and gets in.

use crate::support::{App, PASSWORD, text};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_store::AuditQuery;
use moves_web::hashing::HashingLimits;

async fn app_with(limits: HashingLimits) -> App {
    let app = App::empty_with(|c| c.hashing = limits).await;
    let org = app.organisation("Demo Borough").await;
    app.person(
        "Sam Practitioner",
        "sam@example.org",
        &org,
        Role::Practitioner,
    )
    .await;
    app
}

#[tokio::test]
async fn a_full_queue_answers_503_with_retry_after_and_counts_nothing() {
    let app = app_with(HashingLimits {
        workers: 1,
        queue: 0,
    })
    .await;
    let held = app.hashing.enter().await.unwrap();
    for password in [PASSWORD, "a wrong guess"] {
        let busy = app.sign_in("sam@example.org", password).await;
        assert_eq!(
            busy.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            busy.body
        );
        let wait: u64 = busy.retry_after.as_deref().unwrap().parse().unwrap();
        assert!((1..=60).contains(&wait), "{wait}");
        assert!(
            text(&busy).contains("Many people are signing in right now"),
            "{}",
            busy.body
        );
    }
    drop(held);
    let failed = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Installation))
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == AuditAction::SignInFailed)
        .count();
    assert_eq!(failed, 0, "nothing was checked");
    // Nothing was counted: five wrong guesses are still allowed.
    for i in 0..5 {
        let reply = app.sign_in("sam@example.org", &format!("guess {i}")).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(
        app.sign_in("sam@example.org", "guess 6").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_sign_in_that_finds_room_waits_its_turn() {
    let app = app_with(HashingLimits {
        workers: 1,
        queue: 1,
    })
    .await;
    let held = app.hashing.enter().await.unwrap();
    let first = app.sign_in("sam@example.org", PASSWORD);
    let second = async {
        while app.hashing.waiting() == 0 {
            tokio::task::yield_now().await;
        }
        let reply = app.sign_in("sam@example.org", PASSWORD).await;
        drop(held);
        reply
    };
    let (first, second) = tokio::join!(first, second);
    assert_eq!(second.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
}

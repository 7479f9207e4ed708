//! The throttle under concurrency and from several addresses: sixty wrong
//! passwords at once are checked no more than the limit allows; guesses from one
//! address never lock the owner out from another, while a guess spread over
//! many addresses still stops; a used reset link lifts every lock; a class
//! signing in together all get in.

use super::app;
use crate::support::{App, PASSWORD};
use axum::http::StatusCode;
use futures::future::join_all;
use moves_core::Clock;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::one_time::{OneTimeToken, Purpose, set_password_path};
use moves_core::membership::Role;
use moves_store::AuditQuery;
use std::net::{IpAddr, Ipv4Addr};

const NEW_PASSWORD: &str = "a fresh and rather long passphrase";

fn address(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(198, 51, 100, last))
}

/// Wrong passwords actually checked: each one checked and wrong is audited
/// once (`sign_in_failed`); refused ones are not checked and not audited.
async fn checked_and_wrong(app: &App) -> usize {
    app.store
        .list_audit(&AuditQuery::new(AuditScope::Installation))
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == AuditAction::SignInFailed)
        .count()
}

/// `count` wrong passwords for Sam from `from`, one after another.
async fn guess(app: &App, from: IpAddr, count: usize) -> Vec<StatusCode> {
    let mut statuses = Vec::new();
    for i in 0..count {
        let reply = app
            .sign_in_from("sam@example.org", &format!("guess {i}"), from)
            .await;
        statuses.push(reply.status);
    }
    statuses
}

/// Two workers, as on the two-core machine this must serve, whatever the
/// machine running the test has: the queue then holds 64, so no sign-in below
/// is turned away as busy.
fn two_cores(config: &mut moves_web::WebConfig) {
    config.hashing = moves_web::hashing::HashingLimits {
        workers: 2,
        queue: 2 * moves_web::hashing::QUEUE_PER_WORKER,
    };
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_wrong_passwords_at_once_are_checked_no_more_than_the_limit() {
    let app = App::empty_with(two_cores).await;
    let org = app.organisation("Demo Borough").await;
    app.person(
        "Sam Practitioner",
        "sam@example.org",
        &org,
        Role::Practitioner,
    )
    .await;
    let app = &app;
    let replies = join_all((0..60).map(|i| async move {
        let guess = format!("wrong {i}");
        app.sign_in_from("sam@example.org", &guess, address(66))
            .await
    }))
    .await;
    let wrong = replies
        .iter()
        .filter(|r| r.status == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    let refused: Vec<_> = replies
        .iter()
        .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
        .collect();
    assert_eq!(
        wrong,
        5,
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert_eq!(refused.len(), 55);
    assert!(
        refused
            .iter()
            .all(|r| r.retry_after.as_deref() == Some("900"))
    );
    assert_eq!(checked_and_wrong(app).await, 5, "only five were checked");
}

#[tokio::test]
async fn guesses_from_one_address_do_not_lock_the_owner_out_from_another() {
    let app = app().await;
    let statuses = guess(&app, address(66), 20).await;
    assert!(
        statuses[..5]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY)
    );
    assert!(
        statuses[5..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS)
    );
    // Sam, at home, signs in.
    let home = app
        .sign_in_from("sam@example.org", PASSWORD, address(7))
        .await;
    assert_eq!(home.status, StatusCode::SEE_OTHER, "{}", home.body);
    // The guessing address is still held off, even with the right password.
    let there = app
        .sign_in_from("sam@example.org", PASSWORD, address(66))
        .await;
    assert_eq!(there.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_guess_spread_over_many_addresses_still_stops() {
    let app = app().await;
    for a in 0..10 {
        let statuses = guess(&app, address(100 + a), 5).await;
        assert!(
            statuses
                .iter()
                .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
            "address {a}: {statuses:?}"
        );
    }
    assert_eq!(checked_and_wrong(&app).await, 50);
    // Fifty wrong in the window: the account is held, from any address, and
    // however right the password.
    let next = app
        .sign_in_from("sam@example.org", PASSWORD, address(7))
        .await;
    assert_eq!(next.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(next.body.contains("Too many attempts"), "{}", next.body);
    assert_eq!(checked_and_wrong(&app).await, 50);
    app.clock.advance_seconds(15 * 60);
    assert_eq!(
        app.sign_in_from("sam@example.org", PASSWORD, address(7))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_used_reset_link_lifts_every_lock() {
    let app = app().await;
    // Held off from one address (its strict limit) and, by forty-five more
    // from nine others, from everywhere (the account's limit).
    guess(&app, address(66), 6).await;
    for a in 0..9 {
        guess(&app, address(100 + a), 5).await;
    }
    for from in [address(66), address(7)] {
        let held = app.sign_in_from("sam@example.org", PASSWORD, from).await;
        assert_eq!(held.status, StatusCode::TOO_MANY_REQUESTS, "{from}");
    }

    let sam = app
        .store
        .user_by_login("sam@example.org")
        .await
        .unwrap()
        .unwrap();
    let (token, link) =
        OneTimeToken::issue(sam.id, None, Purpose::SetPassword, app.clock.now(), 24).unwrap();
    app.store.create_one_time_token(&link).await.unwrap();
    let path = set_password_path(&token);
    let page = app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let done = app
        .post(
            &path,
            &visitor,
            format!(
                "_csrf={}&password={}",
                page.csrf(),
                urlencoding::encode(NEW_PASSWORD)
            ),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);

    for from in [address(66), address(7)] {
        let reply = app
            .sign_in_from("sam@example.org", NEW_PASSWORD, from)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{from}: {}",
            reply.body
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_class_of_thirty_signing_in_at_once_all_get_in() {
    let app = App::empty_with(two_cores).await;
    let org = app.organisation("Northside School").await;
    let mut logins = Vec::new();
    for pupil in 0..30 {
        let email = format!("pupil{pupil}@example.org");
        app.person(&format!("Pupil {pupil}"), &email, &org, Role::YoungPerson)
            .await;
        logins.push(email);
    }
    // One classroom, one address.
    let replies = join_all(
        logins
            .iter()
            .map(|l| app.sign_in_from(l, PASSWORD, address(30))),
    )
    .await;
    let statuses: Vec<StatusCode> = replies.iter().map(|r| r.status).collect();
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(checked_and_wrong(&app).await, 0);
}

//! Codes at sign-in: a right one signs in once and fails replayed; five wrong
//! ones throttle the prompt, however many arrive at once (at sign-in and while
//! setting up).

use super::{code_at, session_cookie, signed_in_home, text, wrong_code};
use crate::support::{App, PASSWORD};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn a_right_code_signs_in_once_and_the_same_code_replayed_fails() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &org,
            Role::Practitioner,
        )
        .await;
    let (secret, _) = app.enrol(&sam).await;

    // Where the person was going is kept through the second step.
    let (visitor_cookie, visitor_csrf) = app.visitor().await;
    let form = format!(
        "_csrf={visitor_csrf}&login=sam%40example.org&password={}&next=%2Fframework",
        urlencoding::encode(PASSWORD)
    );
    let reply = app.post("/sign-in", &visitor_cookie, form).await;
    assert_eq!(reply.location, "/sign-in/code?next=%2Fframework");
    let pending = session_cookie(&reply);
    let page = app.get("/sign-in/code?next=%2Fframework", &pending).await;
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    assert!(page.body.contains("inputmode=\"numeric\""));
    let code = code_at(&secret, app.now());
    let done = app
        .post(
            "/sign-in/code",
            &pending,
            format!("_csrf={}&code={code}&next=%2Fframework", page.csrf()),
        )
        .await;
    assert_eq!(
        (done.status, done.location.as_str()),
        (StatusCode::SEE_OTHER, "/framework")
    );
    let full = session_cookie(&done);
    assert_ne!(full, pending, "a new session id once the code is given");
    assert!(signed_in_home(
        &app.get("/", &full).await,
        "Sam Practitioner"
    ));
    assert!(!signed_in_home(
        &app.get("/", &pending).await,
        "Sam Practitioner"
    ));
    let signed_in = app
        .log(&org)
        .await
        .into_iter()
        .filter(|e| e.action == AuditAction::SignIn)
        .count();
    assert_eq!(signed_in, 1, "one sign-in, audited when it completed");

    // The same code again, from another browser within its 30 seconds: refused.
    app.sign_out(&full).await;
    let again = app.pending("sam@example.org").await;
    let replay = app.give_code(&again, &code).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&replay).contains("it has been used already"),
        "{}",
        replay.body
    );
    // The next code works.
    app.clock.advance_seconds(30);
    let next = app.give_code(&again, &code_at(&secret, app.now())).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER, "{}", next.body);
    // Two servers given the same fresh code at once: one signs in.
    app.clock.advance_seconds(30);
    let one = app.pending("sam@example.org").await;
    let two = app.pending("sam@example.org").await;
    let fresh = code_at(&secret, app.now());
    let (a, b) = tokio::join!(app.give_code(&one, &fresh), app.give_code(&two, &fresh));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::UNPROCESSABLE_ENTITY]
    );
}

#[tokio::test]
async fn five_wrong_codes_throttle_the_prompt() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &org,
            Role::Practitioner,
        )
        .await;
    let (secret, _) = app.enrol(&sam).await;
    let before = app
        .store
        .totp_factor(sam.id)
        .await
        .unwrap()
        .unwrap()
        .last_used_step;
    let pending = app.pending("sam@example.org").await;
    for _ in 0..5 {
        let wrong = app
            .give_code(&pending, &wrong_code(&secret, app.now()))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        app.clock.advance_seconds(10);
    }
    // The sixth, even a right one, is not looked at.
    let right = app.give_code(&pending, &code_at(&secret, app.now())).await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        app.store
            .totp_factor(sam.id)
            .await
            .unwrap()
            .unwrap()
            .last_used_step,
        before,
        "no code was used"
    );
    // Signing in again does not reset the count: it is the person's, in the database.
    let other = app.pending("sam@example.org").await;
    let still = app.give_code(&other, &code_at(&secret, app.now())).await;
    assert_eq!(still.status, StatusCode::TOO_MANY_REQUESTS);
    // After the window, it works.
    app.clock.advance_seconds(15 * 60);
    let later = app.pending("sam@example.org").await;
    let ok = app.give_code(&later, &code_at(&secret, app.now())).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
}

/// Wrong codes actually checked: each is audited once as a failed sign-in
/// (`second_factor`); refused ones are not looked at.
fn wrong_codes_checked(log: &[moves_store::AuditEntry]) -> usize {
    log.iter()
        .filter(|e| {
            e.action == AuditAction::SignInFailed && e.detail.as_deref() == Some("second_factor")
        })
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_wrong_codes_at_once_are_checked_no_more_than_the_limit() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &org,
            Role::Practitioner,
        )
        .await;
    let (secret, codes) = app.enrol(&sam).await;
    let pending = app.pending("sam@example.org").await;
    let wrong = wrong_code(&secret, app.now());
    let replies = futures::future::join_all((0..20).map(|_| app.give_code(&pending, &wrong))).await;
    let statuses: Vec<StatusCode> = replies.iter().map(|r| r.status).collect();
    let count = |s: StatusCode| statuses.iter().filter(|x| **x == s).count();
    assert_eq!(count(StatusCode::UNPROCESSABLE_ENTITY), 5, "{statuses:?}");
    assert_eq!(count(StatusCode::TOO_MANY_REQUESTS), 15, "{statuses:?}");
    assert_eq!(wrong_codes_checked(&app.log(&org).await), 5);
    // A recovery code is a code too: refused, unused, while throttled.
    let recovery = app.give_code(&pending, &codes[0]).await;
    assert_eq!(recovery.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.store.unused_recovery_codes(sam.id).await.unwrap(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_codes_at_once_while_setting_up_are_checked_no_more_than_the_limit() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &org,
            Role::Practitioner,
        )
        .await;
    let reply = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(reply.location, "/account/two-factor");
    let pending = session_cookie(&reply);
    let page = app.get("/account/two-factor", &pending).await;
    let csrf = page.csrf();
    let secret = app.store.totp_factor(sam.id).await.unwrap().unwrap().secret;
    let wrong = wrong_code(&secret, app.now());
    let replies = futures::future::join_all((0..20).map(|_| {
        app.post(
            "/account/two-factor",
            &pending,
            format!("_csrf={csrf}&code={wrong}"),
        )
    }))
    .await;
    let statuses: Vec<StatusCode> = replies.iter().map(|r| r.status).collect();
    let count = |s: StatusCode| statuses.iter().filter(|x| **x == s).count();
    assert_eq!(count(StatusCode::UNPROCESSABLE_ENTITY), 5, "{statuses:?}");
    assert_eq!(count(StatusCode::TOO_MANY_REQUESTS), 15, "{statuses:?}");
    assert_eq!(wrong_codes_checked(&app.log(&org).await), 5);
    // Even the right code waits now.
    let right = app
        .post(
            "/account/two-factor",
            &pending,
            format!("_csrf={csrf}&code={}", code_at(&secret, app.now())),
        )
        .await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
}

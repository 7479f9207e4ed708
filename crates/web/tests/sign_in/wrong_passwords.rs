//! Wrong, huge and odd passwords: throttled without revealing accounts, and a
//! clear answer.

use super::app;
use crate::support::PASSWORD;
use axum::http::StatusCode;

#[tokio::test]
async fn fifty_wrong_passwords_are_throttled_without_revealing_accounts() {
    let app = app().await;
    let mut statuses = Vec::new();
    for i in 0..50 {
        let reply = app
            .sign_in("sam@example.org", &format!("wrong guess {i}"))
            .await;
        statuses.push(reply.status);
        if reply.status == StatusCode::UNPROCESSABLE_ENTITY {
            assert!(
                reply
                    .body
                    .contains("The email address, username or password is not right")
            );
        }
    }
    assert!(
        statuses[..5]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert!(
        statuses[5..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let throttled = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(
        throttled.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(
        throttled.body.contains("Too many attempts"),
        "{}",
        throttled.body
    );
    // An account that does not exist gets exactly the same answers.
    for i in 0..5 {
        let reply = app
            .sign_in("nobody@example.org", &format!("guess {i}"))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            reply
                .body
                .contains("The email address, username or password is not right")
        );
    }
    assert_eq!(
        app.sign_in("nobody@example.org", "guess").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // After the window has passed, the right password works again.
    app.clock.advance_seconds(16 * 60);
    assert_eq!(
        app.sign_in("sam@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn huge_and_odd_passwords_get_a_clear_answer() {
    let app = app().await;
    let (cookie, csrf) = app.visitor().await;
    let megabyte = "a".repeat(1024 * 1024);
    let huge = app
        .post(
            "/sign-in",
            &cookie,
            format!("_csrf={csrf}&login=sam%40example.org&password={megabyte}"),
        )
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        huge.body.contains("too much to send at once"),
        "{}",
        huge.body
    );
    // Under the body limit but far over any password: refused without hashing.
    let long = app.sign_in("sam@example.org", &"b".repeat(100_000)).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    for odd in ["", "\u{202E}evil", "Ελένη 🌱", "\0"] {
        let reply = app.sign_in(odd, odd).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{odd:?}");
    }
    assert_eq!(app.sessions().await, 0);
}

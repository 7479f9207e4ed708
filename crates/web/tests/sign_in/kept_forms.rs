//! A form sent after the session ended is kept for its writer only, shown
//! once and for an hour at most.

use super::app;
use axum::http::StatusCode;
use moves_core::membership::Role;

#[tokio::test]
async fn a_form_sent_after_the_session_ended_is_kept_for_its_writer_and_shown_once() {
    let app = app().await;
    let org = app.org_id().await;
    app.person(
        "Jo Other",
        "jo@example.org",
        &app.store.organisation(org).await.unwrap().unwrap(),
        Role::Practitioner,
    )
    .await;
    let cookie = app.session_cookie("sam@example.org").await;
    let csrf = app.get("/", &cookie).await.csrf();
    app.clock.advance_seconds(31 * 60);

    // Sam sends a form after the idle timeout: it is kept, not lost.
    let body = format!("_csrf={csrf}&organisation={org}");
    let sent = app.post("/organisation", &cookie, body).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert!(
        sent.location.starts_with("/sign-in?kept=1&next=%2Fkept%2F"),
        "{}",
        sent.location
    );
    let kept_path = urlencoding::decode(sent.location.split("next=").nth(1).unwrap())
        .unwrap()
        .into_owned();
    let notice = app.get(&sent.location, "").await;
    assert!(
        notice.body.contains("It is kept safe for an hour"),
        "{}",
        notice.body
    );

    // Nobody else can open it.
    let jo = app.session_cookie("jo@example.org").await;
    assert_eq!(app.get(&kept_path, &jo).await.status, StatusCode::NOT_FOUND);

    // Sam signs in again and sees exactly what was sent, ready to send once more.
    let sam = app.session_cookie("sam@example.org").await;
    let page = app.get(&kept_path, &sam).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("action=\"/organisation\""),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("name=\"organisation\" value=\"{org}\"")),
        "{}",
        page.body
    );
    assert!(!page.body.contains(&csrf), "the old token is not reused");
    let resent = app
        .post(
            "/organisation",
            &sam,
            format!("_csrf={}&organisation={org}", page.csrf()),
        )
        .await;
    assert_eq!(
        (resent.status, resent.location.as_str()),
        (StatusCode::SEE_OTHER, "/")
    );
    // Shown once: it cannot be sent a second time from here.
    assert_eq!(
        app.get(&kept_path, &sam).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_kept_form_waits_an_hour_at_most() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let csrf = app.get("/", &cookie).await.csrf();
    app.clock.advance_seconds(31 * 60);
    let sent = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    let kept_path = urlencoding::decode(sent.location.split("next=").nth(1).unwrap())
        .unwrap()
        .into_owned();
    app.clock.advance_seconds(61 * 60);
    let sam = app.session_cookie("sam@example.org").await;
    assert_eq!(
        app.get(&kept_path, &sam).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn nobody_can_plant_a_kept_form_for_someone_signed_out() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    app.clock.advance_seconds(31 * 60);
    // The session's cookie but not its token (a forged post): nothing is kept.
    let forged = app
        .post("/sign-out", &cookie, "_csrf=forged".to_owned())
        .await;
    assert_eq!(
        forged.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        forged.location
    );
    assert!(
        forged.body.contains("signed out before the form was sent"),
        "{}",
        forged.body
    );
}

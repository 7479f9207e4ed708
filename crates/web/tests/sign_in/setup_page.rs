//! The setup page needs its code and takes odd Unicode.

use crate::support::{App, T0};
use axum::http::StatusCode;
use moves_core::auth::token::setup_code_hash;

#[tokio::test]
async fn the_setup_page_needs_its_code_and_takes_odd_unicode() {
    let app = App::empty().await;
    let store = app.store.clone();
    store
        .add_setup_code(&setup_code_hash("ABCD-EFGH-JKLM-NPQR"), T0)
        .await
        .unwrap();
    assert_eq!(app.get("/", "").await.location, "/setup");
    let page = app.get("/setup", "").await;
    let cookie = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let csrf = page.csrf();
    let form = |code: &str, email: &str| {
        format!(
            "_csrf={csrf}&code={code}&organisation_name={}&admin_name={}&admin_email={}&password={}",
            urlencoding::encode("Δήμος Ηρακλείου 🌱"),
            urlencoding::encode("Siân ap Rhys"),
            urlencoding::encode(email),
            urlencoding::encode("Ελένη-πάει-σπίτι"),
        )
    };
    let no_code = app
        .post("/setup", &cookie, form("", "sian@example.org"))
        .await;
    assert_eq!(no_code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_code.body.contains("Enter the setup code"),
        "{}",
        no_code.body
    );
    assert!(
        !no_code.body.contains("Ελένη-πάει-σπίτι"),
        "the password is never sent back"
    );
    let wrong = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQS", "sian@example.org"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("That setup code is not right"),
        "{}",
        wrong.body
    );
    let hidden = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQR", "sian\u{202E}@example.org"),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        store.count_organisations().await.unwrap(),
        0,
        "nothing created by failures"
    );

    let done = app
        .post(
            "/setup",
            &cookie,
            form("abcd efgh jklm npqr", "sian@example.org"),
        )
        .await;
    assert_eq!(
        (done.status, done.location.as_str()),
        (StatusCode::SEE_OTHER, "/"),
        "{}",
        done.body
    );
    let session = format!("moves-session={}", done.cookie("moves-session").unwrap());
    let home = app.get("/", &session).await;
    assert!(
        home.body.contains("Δήμος Ηρακλείου 🌱") && home.body.contains("Siân ap Rhys"),
        "{}",
        home.body
    );
    // Once done, the page is gone and the code cannot be used again.
    assert_eq!(app.get("/setup", "").await.status, StatusCode::NOT_FOUND);
    let again = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQR", "other@example.org"),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(store.count_organisations().await.unwrap(), 1);
}

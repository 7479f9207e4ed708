//! The digest settings page (`/account/emails`): reached from the home page,
//! off by default, turned on and off with the form (again is harmless), and
//! not offered, with the reason said plainly, when the server sends no email
//! or the person has no email address. A form without its token changes
//! nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::membership::{Membership, Role};
use moves_web::mail::Mailer;
use support::{App, PASSWORD, T0, form};

const NO_MAIL_SERVER: &str = "This server does not send emails";
const NO_EMAIL: &str = "You have no email address here";

async fn app_with_mail() -> App {
    // Nothing is sent from this page, so the server need not exist.
    let mailer = Mailer::new("smtp://127.0.0.1:9", "Resilient Moves <moves@example.org>").unwrap();
    App::empty_with(|c| {
        c.mailer = Some(mailer);
        c.public_url = Some("https://moves.example.org".to_owned());
    })
    .await
}

async fn choose(app: &App, cookie: &str, csrf: &str, choice: &str) -> support::Reply {
    app.post(
        "/account/emails",
        cookie,
        form(&[("_csrf", csrf), ("digest", choice)]),
    )
    .await
}

#[tokio::test]
async fn a_person_turns_digests_on_and_off() {
    let app = app_with_mail().await;
    let org = app.organisation("Northside Hub").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let cookie = app.session_cookie("pat@example.org").await;
    let home = app.get("/", &cookie).await;
    assert!(
        home.body.contains("href=\"/account/emails\""),
        "{}",
        home.body
    );

    let page = app.get("/account/emails", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("the email never says what"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("id=\"digest-off\" name=\"digest\" value=\"off\" checked"),
        "off by default: {}",
        page.body
    );
    let csrf = page.csrf();

    // Without the form's token: refused, nothing changed.
    let forged = app
        .post("/account/emails", &cookie, form(&[("digest", "on")]))
        .await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    assert!(!app.store.wants_digests(pat.id).await.unwrap());
    // A choice that is neither: refused.
    let odd = choose(&app, &cookie, &csrf, "maybe").await;
    assert_ne!(odd.status, StatusCode::SEE_OTHER);

    for _ in 0..2 {
        let on = choose(&app, &cookie, &csrf, "on").await;
        assert_eq!(on.status, StatusCode::SEE_OTHER, "{}", on.body);
        assert_eq!(on.location, "/account/emails?done=saved");
        assert!(app.store.wants_digests(pat.id).await.unwrap());
    }
    let page = app.get("/account/emails?done=saved", &cookie).await;
    assert!(page.body.contains("Saved."), "{}", page.body);
    assert!(
        page.body
            .contains("id=\"digest-on\" name=\"digest\" value=\"on\" checked"),
        "{}",
        page.body
    );
    let off = choose(&app, &cookie, &csrf, "off").await;
    assert_eq!(off.status, StatusCode::SEE_OTHER, "{}", off.body);
    assert!(!app.store.wants_digests(pat.id).await.unwrap());
}

#[tokio::test]
async fn without_a_mail_server_digests_are_not_offered() {
    let app = App::empty().await;
    let org = app.organisation("Northside Hub").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let cookie = app.session_cookie("pat@example.org").await;
    let page = app.get("/account/emails", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains(NO_MAIL_SERVER), "{}", page.body);
    assert!(!page.body.contains("name=\"digest\""), "no form");
    let on = choose(&app, &cookie, &page.csrf(), "on").await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert_eq!(on.location, "/account/emails");
    assert!(!app.store.wants_digests(pat.id).await.unwrap());
}

#[tokio::test]
async fn without_an_email_address_digests_are_not_offered() {
    let app = app_with_mail().await;
    let org = app.organisation("Northside Hub").await;
    let mut kim = moves_core::user::User::new("Kim", None, T0).unwrap();
    kim.username = Some("kim".to_owned());
    kim.password_hash = Some(moves_core::auth::password::hash_password(PASSWORD).unwrap());
    app.store.create_user(&kim).await.unwrap();
    app.store
        .add_membership(&Membership::new(org.id, kim.id, Role::YoungPerson, T0))
        .await
        .unwrap();
    let cookie = app.session_cookie("kim").await;
    let page = app.get("/account/emails", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains(NO_EMAIL), "{}", page.body);
    assert!(!page.body.contains("name=\"digest\""), "no form");
    let on = choose(&app, &cookie, &page.csrf(), "on").await;
    assert_eq!(on.location, "/account/emails");
    assert!(!app.store.wants_digests(kim.id).await.unwrap());
}

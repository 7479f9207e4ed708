//! Email through a real SMTP conversation (a test server on a local port):
//! invitations and reset links are emailed, not shown; a failed send shows the
//! link after all; a username has no email so its link is shown; a parent's
//! sign-in from a new device is emailed to them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::membership::Role;
use moves_web::mail::Mailer;
use std::time::Duration;
use support::smtp::{SmtpSink, plain};
use support::{App, PASSWORD, form, with_admin};

const PUBLIC: &str = "https://moves.example.org";

async fn app_sending_to(sink: &SmtpSink) -> App {
    let mailer = Mailer::new(&sink.url, "Resilient Moves <moves@example.org>").unwrap();
    App::empty_with(|c| {
        c.mailer = Some(mailer);
        c.public_url = Some(PUBLIC.to_owned());
    })
    .await
}

async fn invite(
    app: &App,
    cookie: &str,
    csrf: &str,
    email: &str,
    username: &str,
) -> support::Reply {
    app.post(
        "/admin/members/invite",
        cookie,
        form(&[
            ("_csrf", csrf),
            ("name", "Siân ap Rhys"),
            ("email", email),
            ("username", username),
            ("role", "parent_carer"),
        ]),
    )
    .await
}

/// The first link to this site in a message.
fn link_in(data: &str) -> String {
    let text = plain(data);
    let at = text.find(PUBLIC).expect(&text);
    text[at..].split_whitespace().next().unwrap().to_owned()
}

#[tokio::test]
async fn an_invitation_is_emailed_and_not_shown() {
    let sink = SmtpSink::start(false).await;
    let app = app_sending_to(&sink).await;
    let (_org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let reply = invite(&app, &cookie, &csrf, "sian@example.org", "").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply.body.contains("We have emailed the link to"),
        "{}",
        reply.body
    );
    assert!(!reply.body.contains("/invite/"), "the link is not shown");

    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].to, vec!["<sian@example.org>".to_owned()]);
    assert!(
        messages[0]
            .data
            .contains("Subject: You are invited to join Northside Hub")
    );
    let link = link_in(&messages[0].data);
    assert!(link.starts_with(&format!("{PUBLIC}/invite/")), "{link}");
    // The emailed link is the working one.
    let page = app.get(&link[PUBLIC.len()..], "").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Northside Hub"));
}

#[tokio::test]
async fn a_username_has_no_email_so_its_link_is_shown() {
    let sink = SmtpSink::start(false).await;
    let app = app_sending_to(&sink).await;
    let (_org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let reply = invite(&app, &cookie, &csrf, "", "kai.r").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply.body.contains(&format!("{PUBLIC}/invite/")),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("has not been sent by email"));
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn when_sending_fails_the_link_is_shown_after_all() {
    let sink = SmtpSink::start(true).await;
    let app = app_sending_to(&sink).await;
    let (_org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let reply = invite(&app, &cookie, &csrf, "sian@example.org", "").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("could not be sent"), "{}", reply.body);
    let at = reply.body.find("/invite/").expect(&reply.body);
    let path: String = reply.body[at..]
        .split(['"', '<'])
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(app.get(&path, "").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_reset_link_is_emailed() {
    let sink = SmtpSink::start(false).await;
    let app = app_sending_to(&sink).await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let id = app.store.memberships_of_user(pat.id).await.unwrap()[0].id;
    let reply = app
        .post(
            &format!("/admin/members/{id}/reset-password"),
            &cookie,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(!reply.body.contains("/set-password/"));
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].to, vec!["<pat@example.org>".to_owned()]);
    let link = link_in(&messages[0].data);
    assert!(
        link.starts_with(&format!("{PUBLIC}/set-password/")),
        "{link}"
    );
    assert_eq!(
        app.get(&link[PUBLIC.len()..], "").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_parent_is_emailed_about_a_sign_in_from_a_new_device() {
    let sink = SmtpSink::start(false).await;
    let app = app_sending_to(&sink).await;
    let org = app.organisation("Northside Hub").await;
    app.person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    // Two sign-ins without the device cookie: the second is from a new device.
    for _ in 0..2 {
        let reply = app.sign_in("pat@example.org", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    }
    // The notice is sent beside the sign-in; wait for it.
    let mut messages = Vec::new();
    for _ in 0..100 {
        messages = sink.messages();
        if !messages.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(messages.len(), 1, "one notice");
    assert_eq!(messages[0].to, vec!["<pat@example.org>".to_owned()]);
    assert!(plain(&messages[0].data).contains("from a device we have not seen before"));
}

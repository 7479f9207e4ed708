//! Hole 11: a set-password link works only while it is the person's newest
//! and their password has not been set since. Setting a password by any path
//! (a link, changing it, an invitation) ends every live set-password link of
//! that person, and making a new link ends the older ones.

use crate::support::{App, PASSWORD, form, with_admin};
use axum::http::StatusCode;
use moves_core::membership::Role;

async fn reset_link(app: &App, cookie: &str, csrf: &str, membership: &str) -> String {
    let reply = app
        .post(
            &format!("/admin/members/{membership}/reset-password"),
            cookie,
            form(&[("_csrf", csrf)]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let at = reply
        .body
        .find("/set-password/")
        .expect("the link is shown");
    reply.body[at..]
        .split(['"', '<'])
        .next()
        .unwrap()
        .to_owned()
}

async fn is_live(app: &App, path: &str) -> bool {
    let page = app.get(path, "").await;
    match page.status {
        StatusCode::OK => true,
        StatusCode::GONE => false,
        other => panic!("{path}: {other}"),
    }
}

async fn set_with(app: &App, path: &str, password: &str) -> StatusCode {
    // As someone who kept the form open since before the link ended.
    let (cookie, csrf) = app.visitor().await;
    app.post(
        path,
        &cookie,
        form(&[("_csrf", &csrf), ("password", password)]),
    )
    .await
    .status
}

#[tokio::test]
async fn a_newer_link_ends_the_older_one() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let membership = app.store.memberships_of_user(pat.id).await.unwrap()[0]
        .id
        .to_string();
    let first = reset_link(&app, &cookie, &csrf, &membership).await;
    let second = reset_link(&app, &cookie, &csrf, &membership).await;
    assert!(!is_live(&app, &first).await, "the older link ended");
    assert!(is_live(&app, &second).await);
    assert_eq!(
        set_with(&app, &first, "a guess made with the old link").await,
        StatusCode::GONE
    );
    assert_eq!(
        set_with(&app, &second, "a brand new long passphrase").await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn changing_the_password_ends_every_live_link() {
    let app = App::empty().await;
    let (org, cookie, csrf) = with_admin(&app, "Northside Hub", "ada@example.org").await;
    let pat = app
        .person("Pat Parent", "pat@example.org", &org, Role::ParentCarer)
        .await;
    let membership = app.store.memberships_of_user(pat.id).await.unwrap()[0]
        .id
        .to_string();
    let link = reset_link(&app, &cookie, &csrf, &membership).await;
    // Pat found the old password after all, and changes it.
    let session = app.session_cookie("pat@example.org").await;
    let page = app.get("/account/password", &session).await;
    let changed = app
        .post(
            "/account/password",
            &session,
            form(&[
                ("_csrf", &page.csrf()),
                ("current", PASSWORD),
                ("password", "pats own new passphrase"),
            ]),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert!(
        !is_live(&app, &link).await,
        "the reset link no longer works"
    );
    assert_eq!(
        set_with(&app, &link, "whoever holds the link").await,
        StatusCode::GONE
    );
    let signed_in = app
        .sign_in("pat@example.org", "pats own new passphrase")
        .await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
}

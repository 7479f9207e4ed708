//! Parents and young people are never asked for a code but are told of
//! sign-ins from new devices.

use super::{session_cookie, signed_in_home, text};
use crate::support::{App, PASSWORD};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;
use moves_core::organisation::Organisation;

#[tokio::test]
async fn parents_and_young_people_are_never_asked_for_a_code_but_told_of_new_devices() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let kim = app
        .person("Kim Parent", "kim@example.org", &org, Role::ParentCarer)
        .await;
    app.person("Jo Young", "jo@example.org", &org, Role::YoungPerson)
        .await;

    let mut kims_phone = String::new();
    for (login, name) in [
        ("kim@example.org", "Kim Parent"),
        ("jo@example.org", "Jo Young"),
    ] {
        let reply = app.sign_in(login, PASSWORD).await;
        if login.starts_with("kim") {
            kims_phone = reply.cookie("moves-device").unwrap();
        }
        assert_eq!(
            (reply.status, reply.location.as_str()),
            (StatusCode::SEE_OTHER, "/"),
            "{login}"
        );
        let home = app.get("/", &session_cookie(&reply)).await;
        assert!(signed_in_home(&home, name));
        assert!(
            !text(&home).contains("new device"),
            "the first device is no news"
        );
        assert!(reply.cookie("moves-device").is_some_and(|d| d.len() >= 43));
        assert!(
            reply.cookies.iter().any(|c| c.starts_with("moves-device=")
                && c.contains("HttpOnly")
                && c.contains("Max-Age=")),
            "{:?}",
            reply.cookies
        );
        // No second-factor pages for them.
        let cookie = session_cookie(&reply);
        assert_eq!(app.get("/sign-in/code", &cookie).await.location, "/");
        assert_eq!(app.get("/account/two-factor", &cookie).await.location, "/");
        assert_eq!(app.store.totp_factor(kim.id).await.unwrap(), None);
    }

    // Kim's phone keeps its device cookie.
    let phone = format!("moves-device={kims_phone}");
    let sign_in_from = |device: String| {
        let app = &app;
        async move {
            let (cookie, csrf) = app.visitor().await;
            let form = format!(
                "_csrf={csrf}&login=kim%40example.org&password={}",
                urlencoding::encode(PASSWORD)
            );
            app.post("/sign-in", &format!("{cookie}; {device}"), form)
                .await
        }
    };
    let known = sign_in_from(phone.clone()).await;
    assert_eq!(
        known.cookie("moves-device"),
        Some(kims_phone.clone()),
        "the same device id"
    );
    let news = |org: &Organisation| {
        let org = org.clone();
        let app = &app;
        async move {
            app.log(&org)
                .await
                .into_iter()
                .filter(|e| e.action == AuditAction::NewDeviceSignIn)
                .count()
        }
    };
    assert_eq!(news(&org).await, 0);

    // A sign-in from another computer, a day later.
    app.clock.advance_seconds(24 * 3600);
    let elsewhere = sign_in_from(String::new()).await;
    assert_eq!(elsewhere.status, StatusCode::SEE_OTHER);
    assert_eq!(elsewhere.location, "/", "still no code");
    assert_eq!(news(&org).await, 1, "audited");
    let entry = app
        .log(&org)
        .await
        .into_iter()
        .find(|e| e.action == AuditAction::NewDeviceSignIn)
        .unwrap();
    assert_eq!(entry.actor, Some(kim.id));
    // Kim sees it at home, on the phone too.
    let on_phone = sign_in_from(phone.clone()).await;
    let home = app.get("/", &session_cookie(&on_phone)).await;
    assert!(
        text(&home).contains("We noticed a sign-in from a new device on 25 November 2025."),
        "{}",
        home.body
    );
    assert!(text(&home).contains("tell your worker"));
    assert_eq!(news(&org).await, 1, "the phone is known");
    // A week later the notice is gone.
    app.clock.advance_seconds(8 * 24 * 3600);
    let later = sign_in_from(phone).await;
    assert!(!text(&app.get("/", &session_cookie(&later)).await).contains("new device"));
}

//! A circle is closed with a reflection and opened again.

use super::{form, hidden, log, signed_in, started, text};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn circles_are_closed_with_a_reflection_and_reopened() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let page = app.get(&format!("/circles/{id}/close"), &sam.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    let v = hidden(&page, "version");
    let close = |reflection: &'static str, v: String| {
        let body = form(&[
            ("_csrf", &sam.csrf),
            ("version", &v),
            ("reflection", reflection),
        ]);
        let path = format!("/circles/{id}/close");
        let cookie = sam.cookie.clone();
        let app = &app;
        async move { app.post(&path, &cookie, body).await }
    };
    for (bad, message) in [
        ("  \n ", "Write a closing reflection."),
        ("Done\u{202D}", "hidden character"),
    ] {
        let reply = close(bad, v.clone()).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(text(&reply).contains(message));
    }
    let reply = close("Zoë is settled.\nWe keep in touch.", v.clone()).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let overview = app
        .get(&format!("/circles/{id}?done=closed"), &sam.cookie)
        .await;
    let shown = text(&overview);
    assert!(shown.contains("Closed") && shown.contains("Zoë is settled."));
    // The same close sent again is stale: nothing changes, and they are told.
    let again = close("Another reflection", v).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(text(&again).contains("Someone changed this circle"));
    assert!(
        again.body.contains("Another reflection"),
        "what they typed is kept"
    );
    // Closed circles take no new people.
    let members = app
        .get(&format!("/circles/{id}/members"), &sam.cookie)
        .await;
    assert!(text(&members).contains("This circle is closed"));

    let v = hidden(&overview, "version");
    let reopen = app
        .post(
            &format!("/circles/{id}/reopen"),
            &sam.cookie,
            form(&[("_csrf", &sam.csrf), ("version", &v)]),
        )
        .await;
    assert_eq!(reopen.location, format!("/circles/{id}?done=reopened"));
    assert!(app.store.circle(a.id, id).await.unwrap().unwrap().is_open());
    // A second click on the old button changes nothing.
    let twice = app
        .post(
            &format!("/circles/{id}/reopen"),
            &sam.cookie,
            form(&[("_csrf", &sam.csrf), ("version", &v)]),
        )
        .await;
    assert_eq!(twice.location, format!("/circles/{id}?done=stale"));
    let details: Vec<Option<String>> = log(&app, a.id, AuditAction::CircleChanged)
        .await
        .into_iter()
        .map(|e| e.detail)
        .collect();
    assert_eq!(
        details,
        [
            Some("reopened".into()),
            Some("closed".into()),
            Some("created".into())
        ]
    );
}

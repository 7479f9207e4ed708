//! A session id planted before sign-in is never used after it.

use super::app;
use crate::support::PASSWORD;
use axum::http::StatusCode;
use moves_core::session::hash_token;

#[tokio::test]
async fn a_session_id_planted_before_sign_in_is_never_used_after_it() {
    let app = app().await;
    let (csrf_cookie, csrf) = app.visitor().await;
    let planted = "moves-session=attacker-chosen-value-0123456789";
    let form = format!(
        "_csrf={csrf}&login=sam%40example.org&password={}",
        urlencoding::encode(PASSWORD)
    );
    let reply = app
        .post("/sign-in", &format!("{csrf_cookie}; {planted}"), form)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let issued = reply.cookie("moves-session").unwrap();
    assert_ne!(format!("moves-session={issued}"), planted);
    assert!(issued.len() >= 43, "a long random id");
    assert!(
        app.store
            .session(&hash_token("attacker-chosen-value-0123456789"))
            .await
            .unwrap()
            .is_none()
    );

    // Signing in again from a signed-in browser rotates the id and ends the old one.
    let first = format!("moves-session={issued}");
    let page = app.get("/sign-in", &first).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "already signed in goes home"
    );
    // A signed-in person's forms carry their session's token.
    let csrf = app.get("/", &first).await.csrf();
    let form = format!(
        "_csrf={csrf}&login=sam%40example.org&password={}",
        urlencoding::encode(PASSWORD)
    );
    let second = app.post("/sign-in", &first, form).await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    assert_ne!(second.cookie("moves-session").unwrap(), issued);
    assert!(
        app.store
            .session(&hash_token(&issued))
            .await
            .unwrap()
            .is_none(),
        "the old session ended"
    );
}

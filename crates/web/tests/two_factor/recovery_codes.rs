//! Each recovery code works once.

use super::{session_cookie, signed_in_home};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn a_recovery_code_works_once() {
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
    let (_, codes) = app.enrol(&sam).await;
    let pending = app.pending("sam@example.org").await;
    // As typed: upper case, spaces instead of dashes.
    let typed = codes[2].to_uppercase().replace('-', " ");
    let done = app.give_code(&pending, &typed).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let full = session_cookie(&done);
    assert!(signed_in_home(
        &app.get("/", &full).await,
        "Sam Practitioner"
    ));
    assert_eq!(app.store.unused_recovery_codes(sam.id).await.unwrap(), 9);
    assert!(
        app.log(&org).await.iter().any(
            |e| e.action == AuditAction::SignIn && e.detail.as_deref() == Some("recovery_code")
        )
    );

    app.sign_out(&full).await;
    let again = app.pending("sam@example.org").await;
    let reused = app.give_code(&again, &codes[2]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.store.unused_recovery_codes(sam.id).await.unwrap(), 9);
    let other = app.give_code(&again, &codes[7]).await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

//! An administrator resets a member's lost factor, never another
//! organisation's.

use super::{signed_in_home, text};
use crate::support::{App, PASSWORD};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;
use moves_store::AuditEntry;

#[tokio::test]
async fn an_admin_resets_a_members_factor_and_nobody_elses() {
    let app = App::empty().await;
    let a = app.organisation_requiring_mfa("Organisation A").await;
    let b = app.organisation_requiring_mfa("Organisation B").await;
    let ada = app
        .person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    let pat = app
        .person("Pat Practitioner", "pat@a.example", &a, Role::Practitioner)
        .await;
    let bob = app
        .person("Bob Practitioner", "bob@b.example", &b, Role::Practitioner)
        .await;
    let (ada_secret, _) = app.enrol(&ada).await;
    let (pat_secret, _) = app.enrol(&pat).await;
    app.enrol(&bob).await;
    let pat_session = app.sign_in_with_code("pat@a.example", &pat_secret).await;
    let admin = app.sign_in_with_code("ada@a.example", &ada_secret).await;

    let page = app.get("/admin/security", &admin).await;
    assert!(text(&page).contains("Pat Practitioner"));
    assert!(
        !text(&page).contains("Bob Practitioner"),
        "only this organisation's staff"
    );
    let csrf = page.csrf();

    // Another organisation's member, an unknown id, junk: not found, nothing changes.
    for id in [
        bob.id.to_string(),
        moves_core::ids::UserId::new().to_string(),
        "junk".into(),
    ] {
        let reply = app
            .post(
                &format!("/admin/members/{id}/reset-two-factor"),
                &admin,
                format!("_csrf={csrf}"),
            )
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{id}");
    }
    assert!(app.store.totp_factor(bob.id).await.unwrap().is_some());

    let reset = app
        .post(
            &format!("/admin/members/{}/reset-two-factor", pat.id),
            &admin,
            format!("_csrf={csrf}"),
        )
        .await;
    assert_eq!(
        (reset.status, reset.location.as_str()),
        (StatusCode::SEE_OTHER, "/admin/security?reset=done")
    );
    assert_eq!(app.store.totp_factor(pat.id).await.unwrap(), None);
    assert_eq!(app.store.unused_recovery_codes(pat.id).await.unwrap(), 0);
    let audited: Vec<AuditEntry> = app
        .log(&a)
        .await
        .into_iter()
        .filter(|e| e.action == AuditAction::MfaChanged && e.detail.as_deref() == Some("reset"))
        .collect();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].actor, Some(ada.id));
    assert_eq!(audited[0].subject, Some(pat.id.to_string()));
    // Pat's sessions ended; at the next sign-in Pat sets up a new factor.
    assert!(!signed_in_home(
        &app.get("/", &pat_session).await,
        "Pat Practitioner"
    ));
    assert_eq!(
        app.sign_in("pat@a.example", PASSWORD).await.location,
        "/account/two-factor"
    );
    // Resetting again: nothing to reset, nothing logged.
    let again = app
        .post(
            &format!("/admin/members/{}/reset-two-factor", pat.id),
            &admin,
            format!("_csrf={csrf}"),
        )
        .await;
    assert_eq!(again.location, "/admin/security?reset=nothing");

    // A practitioner may not reset anyone.
    app.clock.advance_seconds(30);
    let bob_secret = app.store.totp_factor(bob.id).await.unwrap().unwrap().secret;
    let bob_session = app.sign_in_with_code("bob@b.example", &bob_secret).await;
    let bob_csrf = app.get("/", &bob_session).await.csrf();
    let refused = app
        .post(
            &format!("/admin/members/{}/reset-two-factor", bob.id),
            &bob_session,
            format!("_csrf={bob_csrf}"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(app.store.totp_factor(bob.id).await.unwrap().is_some());
}

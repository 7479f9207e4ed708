//! An administrator turns the requirement off only with a reason.

use super::{session_cookie, signed_in_home, text};
use crate::support::{App, PASSWORD};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;
use moves_store::AuditEntry;

#[tokio::test]
async fn an_admin_turns_the_requirement_off_only_with_a_reason() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let ada = app
        .person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    app.person(
        "Sam Practitioner",
        "sam@example.org",
        &org,
        Role::Practitioner,
    )
    .await;
    let (secret, _) = app.enrol(&ada).await;
    let admin = app.sign_in_with_code("ada@example.org", &secret).await;

    let page = app.get("/admin/security", &admin).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(text(&page).contains("Sam Practitioner") && text(&page).contains("Not set up yet"));
    let csrf = page.csrf();
    // Off without a reason: refused, nothing changes.
    for reason in ["", "%20%20%20"] {
        let refused = app
            .post(
                "/admin/security",
                &admin,
                format!("_csrf={csrf}&required=off&reason={reason}"),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(text(&refused).contains("Give a reason"), "{}", refused.body);
    }
    assert!(app.store.org_mfa_setting(org.id).await.unwrap().required);
    assert!(
        !app.log(&org)
            .await
            .iter()
            .any(|e| e.action == AuditAction::MfaChanged)
    );
    // Staff are still asked to set up a factor.
    assert_eq!(
        app.sign_in("sam@example.org", PASSWORD).await.location,
        "/account/two-factor"
    );

    let off = app
        .post(
            "/admin/security",
            &admin,
            format!("_csrf={csrf}&required=off&reason=Staff+share+tablets+until+March"),
        )
        .await;
    assert_eq!(
        (off.status, off.location.as_str()),
        (StatusCode::SEE_OTHER, "/admin/security?saved=1")
    );
    let setting = app.store.org_mfa_setting(org.id).await.unwrap();
    assert!(!setting.required);
    assert_eq!(
        setting.off_reason.as_deref(),
        Some("Staff share tablets until March")
    );
    assert_eq!(setting.changed_by, Some(ada.id));
    let changed: Vec<AuditEntry> = app
        .log(&org)
        .await
        .into_iter()
        .filter(|e| e.action == AuditAction::MfaChanged)
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].actor, Some(ada.id));
    assert_eq!(changed[0].detail.as_deref(), Some("required_off"));
    let shown = app.get("/admin/security?saved=1", &admin).await;
    assert!(text(&shown).contains("Staff share tablets until March"));
    assert!(text(&shown).contains("Turned off by Ada Admin"));

    // Staff now sign in with a password only.
    let sam = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(
        (sam.status, sam.location.as_str()),
        (StatusCode::SEE_OTHER, "/")
    );
    assert!(signed_in_home(
        &app.get("/", &session_cookie(&sam)).await,
        "Sam Practitioner"
    ));

    // On again: asked again.
    let on = app
        .post(
            "/admin/security",
            &admin,
            format!("_csrf={csrf}&required=on"),
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert!(app.store.org_mfa_setting(org.id).await.unwrap().required);
    assert_eq!(
        app.sign_in("sam@example.org", PASSWORD).await.location,
        "/account/two-factor"
    );
    assert!(
        app.log(&org)
            .await
            .iter()
            .any(|e| e.action == AuditAction::MfaChanged
                && e.detail.as_deref() == Some("required_on"))
    );

    // A practitioner may not see or change the setting.
    let sam_full = app.sign_in("sam@example.org", PASSWORD).await;
    let sam_cookie = session_cookie(&sam_full);
    assert_eq!(
        app.get("/admin/security", &sam_cookie).await.status,
        StatusCode::SEE_OTHER
    );
}

/// Turned off by someone who is no longer known (or by no one, as demo data
/// is): the page says when, never "Turned off by  on".
#[tokio::test]
async fn the_off_note_never_leaves_the_name_blank() {
    let app = App::empty().await;
    // Turned off by a person who is not in the database.
    let org = app.organisation("Northside Hub").await;
    app.person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    let admin = app.session_cookie("ada@example.org").await;
    let page = app.get("/admin/security", &admin).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let shown = text(&page);
    assert!(shown.contains("Turned off on"), "{shown}");
    assert!(!shown.contains("Turned off by"), "{shown}");
}

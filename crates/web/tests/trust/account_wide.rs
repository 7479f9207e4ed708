//! Hole 2: what acts on a whole account (its second factor, its password, its
//! sessions) reaches every organisation the person belongs to. An
//! administrator of one organisation may not do it to someone who also
//! belongs to another, or who administers the installation; whatever the
//! person does to their own account is written to the log of every
//! organisation they belong to.

use crate::log;
use crate::support::{App, PASSWORD, T0, form};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::auth::mfa::TotpFactor;
use moves_core::auth::password::hash_password;
use moves_core::auth::totp;
use moves_core::membership::{Membership, Role};
use moves_core::user::{Email, User};

/// Gives `user` a working second factor, set up a while ago.
async fn enrol(app: &App, user: &User) {
    let secret = totp::new_secret().unwrap();
    let hashes: Vec<String> = totp::new_recovery_codes()
        .unwrap()
        .iter()
        .map(|c| totp::recovery_code_hash(c))
        .collect();
    let long_ago = T0.plus_seconds(-3600);
    app.store
        .begin_totp_enrolment(&TotpFactor::begin(user.id, secret.clone(), long_ago))
        .await
        .unwrap();
    let step = totp::step_at(long_ago).unwrap();
    assert!(
        app.store
            .confirm_totp_enrolment(user.id, &secret, step, &hashes, long_ago, &[])
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn an_administrator_cannot_reset_the_factor_of_someone_who_belongs_elsewhere_too() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    app.person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    // Pat works in A and administers B.
    let pat = app
        .person("Pat", "pat@example.org", &a, Role::Practitioner)
        .await;
    app.store
        .add_membership(&Membership::new(b.id, pat.id, Role::OrgAdmin, T0))
        .await
        .unwrap();
    // Ivy works in A and administers the installation.
    let mut ivy = User::new("Ivy", Some(Email::parse("ivy@example.org").unwrap()), T0).unwrap();
    ivy.installation_admin = true;
    ivy.password_hash = Some(hash_password(PASSWORD).unwrap());
    app.store.create_user(&ivy).await.unwrap();
    app.store
        .add_membership(&Membership::new(a.id, ivy.id, Role::Practitioner, T0))
        .await
        .unwrap();
    enrol(&app, &pat).await;
    enrol(&app, &ivy).await;
    let pat_session = app.session_cookie("pat@example.org").await;

    let admin = app.session_cookie("ada@a.example").await;
    let csrf = app.get("/admin/security", &admin).await.csrf();
    for who in [&pat, &ivy] {
        let reply = app
            .post(
                &format!("/admin/members/{}/reset-two-factor", who.id),
                &admin,
                form(&[("_csrf", &csrf)]),
            )
            .await;
        assert_ne!(
            reply.location, "/admin/security?reset=done",
            "{}: {}",
            who.display_name, reply.body
        );
        assert!(
            app.store.totp_factor(who.id).await.unwrap().is_some(),
            "{}'s factor is kept",
            who.display_name
        );
        let page = app.get(&reply.location, &admin).await;
        assert!(
            page.body.contains("also belongs to another organisation")
                || page.body.contains("administers this installation"),
            "the administrator is told why: {}",
            page.body
        );
    }
    // Pat is still signed in: nothing of Pat's account was touched.
    let home = app.get("/", &pat_session).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Signed in as"), "{}", home.body);
    let resets = log(&app, &a)
        .await
        .into_iter()
        .filter(|e| e.action == AuditAction::MfaChanged)
        .count();
    assert_eq!(resets, 0);
}

#[tokio::test]
async fn a_password_change_is_written_to_every_organisations_log() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    let pat = app
        .person("Pat", "pat@example.org", &a, Role::Practitioner)
        .await;
    app.store
        .add_membership(&Membership::new(b.id, pat.id, Role::ParentCarer, T0))
        .await
        .unwrap();
    let session = app.session_cookie("pat@example.org").await;
    let page = app.get("/account/password", &session).await;
    let changed = app
        .post(
            "/account/password",
            &session,
            form(&[
                ("_csrf", &page.csrf()),
                ("current", PASSWORD),
                ("password", "a brand new long passphrase"),
            ]),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    for org in [&a, &b] {
        let set: Vec<_> = log(&app, org)
            .await
            .into_iter()
            .filter(|e| e.action == AuditAction::PasswordSet)
            .collect();
        assert_eq!(set.len(), 1, "{}", org.name);
        assert_eq!(set[0].subject, Some(pat.id.to_string()));
    }
}

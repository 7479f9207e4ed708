//! Staff without a factor must set one up before they reach their home page.

use super::{code_at, session_cookie, signed_in_home, text, wrong_code};
use crate::support::{App, PASSWORD, T0};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::auth::totp;
use moves_core::membership::{Membership, Role};
use moves_core::session::{SessionStage, hash_token};

#[tokio::test]
async fn staff_without_a_factor_must_set_one_up_before_reaching_home() {
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

    let reply = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(
        (reply.status, reply.location.as_str()),
        (StatusCode::SEE_OTHER, "/account/two-factor")
    );
    let pending = session_cookie(&reply);
    assert_eq!(
        app.store
            .session(&hash_token(
                reply.cookie("moves-session").as_deref().unwrap()
            ))
            .await
            .unwrap()
            .unwrap()
            .stage,
        SessionStage::SecondFactorPending
    );
    // Home is out of reach: back to the second step, which has nothing to ask yet.
    let home = app.get("/", &pending).await;
    assert_eq!(
        (home.status, home.location.as_str()),
        (StatusCode::SEE_OTHER, "/sign-in/code")
    );
    let code_page = app.get("/sign-in/code", &pending).await;
    assert_eq!(code_page.location, "/account/two-factor");

    let page = app.get("/account/two-factor", &pending).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let factor = app.store.totp_factor(sam.id).await.unwrap().unwrap();
    assert!(!factor.is_enrolled());
    assert!(page.body.contains("<svg"), "a QR code");
    assert!(page.body.contains("role=\"img\""));
    assert!(
        page.body
            .contains("otpauth://totp/Resilient%20Moves:sam%40example.org?secret=")
    );
    assert!(
        page.body.contains(&totp::grouped(&factor.secret)),
        "the key to type"
    );
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    assert!(page.body.contains("inputmode=\"numeric\""));
    // Shown again, the same secret (the app may have scanned it already).
    app.get("/account/two-factor", &pending).await;
    assert_eq!(
        app.store.totp_factor(sam.id).await.unwrap().unwrap().secret,
        factor.secret
    );

    let csrf = page.csrf();
    let wrong = app
        .post(
            "/account/two-factor",
            &pending,
            format!(
                "_csrf={csrf}&code={}",
                wrong_code(&factor.secret, app.now())
            ),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&wrong).contains("That code does not match"),
        "{}",
        wrong.body
    );
    assert!(
        !app.store
            .totp_factor(sam.id)
            .await
            .unwrap()
            .unwrap()
            .is_enrolled()
    );

    let code = code_at(&factor.secret, app.now());
    let done = app
        .post(
            "/account/two-factor",
            &pending,
            format!("_csrf={csrf}&code={code}"),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let codes: Vec<&str> = done
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap())
        .collect();
    assert_eq!(codes.len(), 10, "{}", done.body);
    assert!(codes.iter().all(|c| totp::is_recovery_code_shaped(c)));
    assert_eq!(app.store.unused_recovery_codes(sam.id).await.unwrap(), 10);
    // Signed in now, on a new session; the pending one is gone.
    let full = session_cookie(&done);
    assert_ne!(full, pending);
    assert!(signed_in_home(
        &app.get("/", &full).await,
        "Sam Practitioner"
    ));
    assert!(!signed_in_home(
        &app.get("/", &pending).await,
        "Sam Practitioner"
    ));
    // The confirming code cannot be used again.
    let factor = app.store.totp_factor(sam.id).await.unwrap().unwrap();
    assert_eq!(factor.last_used_step, totp::step_at(app.now()));
    // Set up: the page never shows the secret again.
    let status = app.get("/account/two-factor", &full).await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(!status.body.contains(&totp::grouped(&factor.secret)));
    assert!(
        text(&status).contains("Recovery codes you have not used yet: 10"),
        "{}",
        status.body
    );

    let actions: Vec<(AuditAction, Option<String>)> = app
        .log(&org)
        .await
        .into_iter()
        .map(|e| (e.action, e.detail))
        .collect();
    assert!(
        actions.contains(&(AuditAction::MfaChanged, Some("enrolled".into()))),
        "{actions:?}"
    );
    assert!(
        actions.contains(&(AuditAction::SignIn, Some("totp_enrolled".into()))),
        "{actions:?}"
    );
    assert!(actions.contains(&(AuditAction::SignInFailed, Some("second_factor".into()))));
}

/// Hole 2: a second factor guards the whole account, so setting one up is
/// written to the log of every organisation the person belongs to, not only
/// the one they signed in to.
#[tokio::test]
async fn setting_up_a_factor_is_written_to_every_organisations_log() {
    let app = App::empty().await;
    let north = app.organisation_requiring_mfa("Northside Hub").await;
    let south = app.organisation("Southside Family Centre").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &north,
            Role::Practitioner,
        )
        .await;
    app.store
        .add_membership(&Membership::new(south.id, sam.id, Role::ParentCarer, T0))
        .await
        .unwrap();

    let reply = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(reply.location, "/account/two-factor");
    let pending = session_cookie(&reply);
    let page = app.get("/account/two-factor", &pending).await;
    let secret = app.store.totp_factor(sam.id).await.unwrap().unwrap().secret;
    let done = app
        .post(
            "/account/two-factor",
            &pending,
            format!("_csrf={}&code={}", page.csrf(), code_at(&secret, app.now())),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);

    for org in [&north, &south] {
        let enrolled: Vec<_> = app
            .log(org)
            .await
            .into_iter()
            .filter(|e| e.action == AuditAction::MfaChanged)
            .collect();
        assert_eq!(enrolled.len(), 1, "{}: {enrolled:?}", org.name);
        assert_eq!(enrolled[0].subject, Some(sam.id.to_string()));
        assert_eq!(enrolled[0].detail.as_deref(), Some("enrolled"));
        assert_eq!(enrolled[0].actor, Some(sam.id));
    }
}

//! The second factor, driven like a browser: staff set up an authenticator app
//! before reaching anything, a session waiting for its code reaches nothing
//! signed-in, codes work once (a replay fails, five wrong ones throttle), each
//! recovery code works once, an administrator turns the requirement off only
//! with a reason and resets a member's lost factor (never another
//! organisation's), and parents and young people are never asked for a code but
//! told of sign-ins from new devices. Time is a fixed clock; codes are made with
//! `totp-rs`, as an authenticator app makes them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::{Method, StatusCode};
use moves_core::audit::{AuditAction, AuditEntry, AuditQuery, AuditScope};
use moves_core::auth::mfa::TotpFactor;
use moves_core::auth::totp;
use moves_core::clock::{Clock, Timestamp};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::permission::Rule;
use moves_core::session::{SessionStage, hash_token};
use moves_core::user::User;
use support::{App, PASSWORD, Reply};
use totp_rs::{Builder, Secret};

/// The code an authenticator app shows for `secret` at `now`.
fn code_at(secret: &str, now: Timestamp) -> String {
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    totp.generate(u64::try_from(now.as_millis() / 1000).unwrap())
        .to_string()
}

/// A code that is certainly not the current one (nor the one either side).
fn wrong_code(secret: &str, now: Timestamp) -> String {
    let near: Vec<String> = [-30, 0, 30]
        .iter()
        .map(|s| code_at(secret, now.plus_seconds(*s)))
        .collect();
    (0..1_000_000)
        .map(|n| format!("{n:06}"))
        .find(|c| !near.contains(c))
        .unwrap()
}

fn text(reply: &Reply) -> String {
    reply.body.replace(['\u{2068}', '\u{2069}'], "")
}

fn session_cookie(reply: &Reply) -> String {
    format!("moves-session={}", reply.cookie("moves-session").unwrap())
}

impl App {
    fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Sets up a factor for `user` directly in the store, as if done a while ago;
    /// returns its secret and recovery codes.
    async fn enrol(&self, user: &User) -> (String, Vec<String>) {
        let secret = totp::new_secret().unwrap();
        let codes = totp::new_recovery_codes().unwrap();
        let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
        let long_ago = self.now().plus_seconds(-3600);
        self.store
            .begin_totp_enrolment(&TotpFactor::begin(user.id, secret.clone(), long_ago))
            .await
            .unwrap();
        let step = totp::step_at(long_ago).unwrap();
        assert!(
            self.store
                .confirm_totp_enrolment(user.id, &secret, step, &hashes, long_ago)
                .await
                .unwrap()
        );
        (secret, codes)
    }

    /// Signs in with the password and expects to be sent to the code page;
    /// returns the pending session's cookie.
    async fn pending(&self, login: &str) -> String {
        let reply = self.sign_in(login, PASSWORD).await;
        assert_eq!(
            (reply.status, reply.location.as_str()),
            (StatusCode::SEE_OTHER, "/sign-in/code"),
            "{}",
            reply.body
        );
        session_cookie(&reply)
    }

    /// Posts a code on the code page.
    async fn give_code(&self, pending: &str, code: &str) -> Reply {
        let page = self.get("/sign-in/code", pending).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let form = format!("_csrf={}&code={}", page.csrf(), urlencoding::encode(code));
        self.post("/sign-in/code", pending, form).await
    }

    /// Signs in with password and the current code; returns the full session's cookie.
    async fn sign_in_with_code(&self, login: &str, secret: &str) -> String {
        let pending = self.pending(login).await;
        let done = self.give_code(&pending, &code_at(secret, self.now())).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location, "/");
        // A step later, so the next sign-in has a fresh code.
        self.clock.advance_seconds(30);
        session_cookie(&done)
    }

    async fn sign_out(&self, cookie: &str) {
        let csrf = self.get("/", cookie).await.csrf();
        let out = self
            .post("/sign-out", cookie, format!("_csrf={csrf}"))
            .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
    }

    async fn log(&self, org: &Organisation) -> Vec<AuditEntry> {
        self.store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
            .await
            .unwrap()
    }
}

fn signed_in_home(reply: &Reply, name: &str) -> bool {
    reply.status == StatusCode::OK && text(reply).contains(&format!("Signed in as {name}"))
}

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

/// A concrete path for a route pattern (ids that match nothing).
fn concrete(path: &str) -> String {
    path.replace("{*path}", "site.css")
        .replace("{key}", "x")
        .replace("{token}", "x")
        .replace("{id}", "basics")
}

#[tokio::test]
async fn a_pending_session_reaches_no_signed_in_route() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let ada = app
        .person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    app.enrol(&ada).await;
    let pending = app.pending("ada@example.org").await;
    let csrf = app.get("/sign-in/code", &pending).await.csrf();

    let routes = moves_web::router::routes();
    let mut checked = 0;
    for entry in routes.entries() {
        let path = concrete(entry.path);
        let reply = if entry.method == Method::GET {
            app.get(&path, &pending).await
        } else {
            app.post(&path, &pending, format!("_csrf={csrf}")).await
        };
        let what = format!(
            "{} {path}: {} {}",
            entry.method, reply.status, reply.location
        );
        match entry.rule {
            Rule::SignedIn | Rule::May(_) | Rule::InCircle => {
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "{what}");
                assert_eq!(reply.location, "/sign-in/code", "{what}");
                checked += 1;
            }
            Rule::SecondFactorStep | Rule::Public => {
                assert_ne!(reply.status, StatusCode::FORBIDDEN, "{what}");
                assert!(!reply.status.is_server_error(), "{what}");
                assert!(!text(&reply).contains("Signed in as"), "{what}");
            }
        }
    }
    assert!(checked >= 5, "the signed-in routes were tried ({checked})");
    // Still pending after all that, and still only that.
    let session = app
        .store
        .session(&hash_token(pending.trim_start_matches("moves-session=")))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.stage, SessionStage::SecondFactorPending);
    let sign_in = app.get("/sign-in", &pending).await;
    assert_eq!(
        sign_in.status,
        StatusCode::OK,
        "the sign-in page: not signed in"
    );
    // And it does not wait for ever.
    app.clock.advance_seconds(15 * 60);
    let late = app.get("/sign-in/code", &pending).await;
    assert!(
        late.location.starts_with("/sign-in?next="),
        "{}",
        late.location
    );
}

#[tokio::test]
async fn a_right_code_signs_in_once_and_the_same_code_replayed_fails() {
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
    let (secret, _) = app.enrol(&sam).await;

    // Where the person was going is kept through the second step.
    let (visitor_cookie, visitor_csrf) = app.visitor().await;
    let form = format!(
        "_csrf={visitor_csrf}&login=sam%40example.org&password={}&next=%2Fframework",
        urlencoding::encode(PASSWORD)
    );
    let reply = app.post("/sign-in", &visitor_cookie, form).await;
    assert_eq!(reply.location, "/sign-in/code?next=%2Fframework");
    let pending = session_cookie(&reply);
    let page = app.get("/sign-in/code?next=%2Fframework", &pending).await;
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    assert!(page.body.contains("inputmode=\"numeric\""));
    let code = code_at(&secret, app.now());
    let done = app
        .post(
            "/sign-in/code",
            &pending,
            format!("_csrf={}&code={code}&next=%2Fframework", page.csrf()),
        )
        .await;
    assert_eq!(
        (done.status, done.location.as_str()),
        (StatusCode::SEE_OTHER, "/framework")
    );
    let full = session_cookie(&done);
    assert_ne!(full, pending, "a new session id once the code is given");
    assert!(signed_in_home(
        &app.get("/", &full).await,
        "Sam Practitioner"
    ));
    assert!(!signed_in_home(
        &app.get("/", &pending).await,
        "Sam Practitioner"
    ));
    let signed_in = app
        .log(&org)
        .await
        .into_iter()
        .filter(|e| e.action == AuditAction::SignIn)
        .count();
    assert_eq!(signed_in, 1, "one sign-in, audited when it completed");

    // The same code again, from another browser within its 30 seconds: refused.
    app.sign_out(&full).await;
    let again = app.pending("sam@example.org").await;
    let replay = app.give_code(&again, &code).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&replay).contains("it has been used already"),
        "{}",
        replay.body
    );
    // The next code works.
    app.clock.advance_seconds(30);
    let next = app.give_code(&again, &code_at(&secret, app.now())).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER, "{}", next.body);
    // Two servers given the same fresh code at once: one signs in.
    app.clock.advance_seconds(30);
    let one = app.pending("sam@example.org").await;
    let two = app.pending("sam@example.org").await;
    let fresh = code_at(&secret, app.now());
    let (a, b) = tokio::join!(app.give_code(&one, &fresh), app.give_code(&two, &fresh));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::UNPROCESSABLE_ENTITY]
    );
}

#[tokio::test]
async fn five_wrong_codes_throttle_the_prompt() {
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
    let (secret, _) = app.enrol(&sam).await;
    let before = app
        .store
        .totp_factor(sam.id)
        .await
        .unwrap()
        .unwrap()
        .last_used_step;
    let pending = app.pending("sam@example.org").await;
    for _ in 0..5 {
        let wrong = app
            .give_code(&pending, &wrong_code(&secret, app.now()))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        app.clock.advance_seconds(10);
    }
    // The sixth, even a right one, is not looked at.
    let right = app.give_code(&pending, &code_at(&secret, app.now())).await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        app.store
            .totp_factor(sam.id)
            .await
            .unwrap()
            .unwrap()
            .last_used_step,
        before,
        "no code was used"
    );
    // Signing in again does not reset the count: it is the person's, in the database.
    let other = app.pending("sam@example.org").await;
    let still = app.give_code(&other, &code_at(&secret, app.now())).await;
    assert_eq!(still.status, StatusCode::TOO_MANY_REQUESTS);
    // After the window, it works.
    app.clock.advance_seconds(15 * 60);
    let later = app.pending("sam@example.org").await;
    let ok = app.give_code(&later, &code_at(&secret, app.now())).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
}

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

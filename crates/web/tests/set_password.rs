//! Setting a password with a one-time link, as a person (and an attacker) would:
//! a good link works once and then sign-in works; a used, expired, unknown or
//! wrong-purpose link gets one plain page and changes nothing; a refused password
//! leaves the link usable; a 1 MB body is turned away; odd Unicode works.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::mfa::OrgMfaSetting;
use moves_core::auth::one_time::{OneTimeToken, Purpose, set_password_path};
use moves_core::auth::password::verify_password;
use moves_core::clock::{FixedClock, Timestamp};
use moves_core::ids::UserId;
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::session::{Session, SessionStage, hash_token};
use moves_core::user::{Email, User};
use moves_store::Store;
use moves_store::{AuditEntry, AuditQuery};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use moves_web::{AppState, WebConfig};
use std::sync::Arc;
use tower::ServiceExt;

const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);
const GOOD: &str = "vivid otter canal";
const GONE: &str = "This link has expired or has already been used. Ask for a new one.";

struct App {
    router: Router,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    org: Organisation,
    user: User,
    /// The anonymous CSRF cookie and the token that goes with it.
    csrf: (String, String),
    _dir: tempfile::TempDir,
}

struct Reply {
    status: StatusCode,
    location: String,
    cookies: Vec<String>,
    body: String,
}

impl Reply {
    fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.iter().find_map(|c| {
            c.split(';')
                .next()?
                .strip_prefix(&format!("{name}="))
                .map(str::to_owned)
        })
    }
    fn csrf(&self) -> String {
        self.body
            .split("name=\"_csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    }
    /// The page's text with Fluent's isolation marks taken out.
    fn text(&self) -> String {
        self.body.replace(['\u{2068}', '\u{2069}'], "")
    }
}

async fn send(router: &Router, req: Request<Body>) -> Reply {
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let cookies = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        location,
        cookies,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

async fn without_second_factor(store: &dyn Store, org: &Organisation) {
    let by = UserId::new();
    let off = OrgMfaSetting::turn_off("tests of set-password links", by, T0).unwrap();
    let audit = AuditEntry::new(
        AuditScope::Installation,
        T0,
        Some(by),
        AuditAction::MfaChanged,
    );
    store
        .set_org_mfa_setting(org.id, &off, &audit)
        .await
        .unwrap();
}

async fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = SqliteStore::open(&dir.path().join("m.db"), &SqliteSettings::default())
        .await
        .unwrap();
    sqlite.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(sqlite);
    let org = Organisation::new("Northside Family Hub", false, T0).unwrap();
    store.create_organisation(&org).await.unwrap();
    // These tests are about passwords, so staff sign in without a second factor
    // here (new organisations require one; tests/two_factor.rs covers that).
    without_second_factor(store.as_ref(), &org).await;
    let user = User::new(
        "Siân ap Rhys",
        Some(Email::parse("sian@example.org").unwrap()),
        T0,
    )
    .unwrap();
    store.create_user(&user).await.unwrap();
    store
        .add_membership(&Membership::new(org.id, user.id, Role::OrgAdmin, T0))
        .await
        .unwrap();
    let clock = Arc::new(FixedClock::at(T0));
    let config = WebConfig {
        max_body_bytes: WebConfig::DEFAULT_MAX_BODY_BYTES,
        ..WebConfig::default()
    };
    let router = moves_web::router(AppState::new(
        moves_core::Ctx::new(store.clone(), clock.clone()),
        config,
    ));
    let page = send(
        &router,
        Request::get("/sign-in").body(Body::empty()).unwrap(),
    )
    .await;
    let csrf = (
        format!("moves-csrf={}", page.cookie("moves-csrf").unwrap()),
        page.csrf(),
    );
    App {
        router,
        store,
        clock,
        org,
        user,
        csrf,
        _dir: dir,
    }
}

impl App {
    /// A fresh set-password link for the person; returns the token.
    async fn link(&self, purpose: Purpose) -> String {
        let (token, record) =
            OneTimeToken::issue(self.user.id, Some(self.org.id), purpose, T0, 72).unwrap();
        self.store.create_one_time_token(&record).await.unwrap();
        token
    }

    async fn get(&self, uri: &str) -> Reply {
        send(
            &self.router,
            Request::get(uri)
                .header(header::COOKIE, &self.csrf.0)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    async fn post_raw(&self, uri: &str, body: Vec<u8>) -> Reply {
        send(
            &self.router,
            Request::post(uri)
                .header(header::COOKIE, &self.csrf.0)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    async fn post(&self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let mut all = vec![("_csrf", self.csrf.1.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded::to_string(&all).unwrap();
        self.post_raw(uri, body.into_bytes()).await
    }

    async fn set_password(&self, token: &str, password: &str) -> Reply {
        self.post(&set_password_path(token), &[("password", password)])
            .await
    }

    async fn sign_in(&self, password: &str) -> Reply {
        self.post(
            "/sign-in",
            &[("login", "sian@example.org"), ("password", password)],
        )
        .await
    }

    async fn stored_hash(&self) -> Option<String> {
        self.store
            .user(self.user.id)
            .await
            .unwrap()
            .unwrap()
            .password_hash
    }

    async fn password_set_entries(&self) -> usize {
        self.store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(self.org.id)))
            .await
            .unwrap()
            .iter()
            .filter(|e| e.action == AuditAction::PasswordSet)
            .count()
    }
}

fn assert_gone(reply: &Reply) {
    assert_eq!(reply.status, StatusCode::GONE, "{}", reply.body);
    assert!(reply.text().contains(GONE), "{}", reply.body);
    assert!(reply.body.contains("href=\"/sign-in\""), "{}", reply.body);
    assert!(
        !reply.body.contains("name=\"password\""),
        "no form: {}",
        reply.body
    );
}

#[tokio::test]
async fn a_valid_link_sets_the_password_and_then_sign_in_works() {
    let app = app().await;
    // An old session of the person (on another device) ends when the password is set.
    let old = Session {
        token_hash: hash_token("old-device"),
        user_id: app.user.id,
        org_id: Some(app.org.id),
        created_at: T0,
        last_seen_at: T0,
        stage: SessionStage::Full,
    };
    app.store.create_session(&old).await.unwrap();
    let token = app.link(Purpose::SetPassword).await;

    let form = app.get(&set_password_path(&token)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.text().contains("sian@example.org"), "{}", form.body);
    assert!(form.body.contains("autocomplete=\"new-password\""));
    assert!(form.body.contains("data-show-password=\"password\""));
    assert!(form.body.contains("id=\"password-hint\""));
    assert!(
        form.body
            .contains(&format!("action=\"{}\"", set_password_path(&token)))
    );

    let done = app.set_password(&token, GOOD).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location, "/sign-in?password_set=1");
    let hash = app.stored_hash().await.unwrap();
    assert!(verify_password(GOOD, &hash));
    assert_eq!(app.store.session(&old.token_hash).await.unwrap(), None);
    assert_eq!(app.password_set_entries().await, 1);

    let notice = app.get("/sign-in?password_set=1").await;
    assert!(
        notice
            .text()
            .contains("Your password is set. Sign in with it now."),
        "{}",
        notice.body
    );

    let signed_in = app.sign_in(GOOD).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.location, "/");
    assert!(signed_in.cookie("moves-session").is_some());
}

#[tokio::test]
async fn a_used_link_is_refused_and_changes_nothing() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    assert_eq!(
        app.set_password(&token, GOOD).await.status,
        StatusCode::SEE_OTHER
    );
    let hash = app.stored_hash().await;

    assert_gone(&app.get(&set_password_path(&token)).await);
    assert_gone(&app.set_password(&token, "a different passphrase").await);
    assert_eq!(app.stored_hash().await, hash, "the password is unchanged");
    assert_eq!(app.password_set_entries().await, 1);
    assert_eq!(
        app.sign_in("a different passphrase").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn two_uses_at_once_let_exactly_one_through() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    let (a, b) = tokio::join!(
        app.set_password(&token, "first tab passphrase"),
        app.set_password(&token, "second tab passphrase"),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::GONE]);
    let winner = if a.status == StatusCode::SEE_OTHER {
        "first tab passphrase"
    } else {
        "second tab passphrase"
    };
    assert!(verify_password(winner, &app.stored_hash().await.unwrap()));
    assert_eq!(app.password_set_entries().await, 1);
}

#[tokio::test]
async fn an_expired_link_is_refused() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    app.clock.advance_seconds(72 * 3600);
    assert_gone(&app.get(&set_password_path(&token)).await);
    assert_gone(&app.set_password(&token, GOOD).await);
    assert_eq!(app.stored_hash().await, None);
    assert_eq!(app.password_set_entries().await, 0);
}

#[tokio::test]
async fn unknown_and_wrong_purpose_links_are_refused() {
    let app = app().await;
    for token in ["nonsense", "%F0%9F%8C%B1", &"x".repeat(5000)] {
        assert_gone(&app.get(&format!("/set-password/{token}")).await);
    }
    assert_eq!(
        app.get("/set-password/").await.status,
        StatusCode::NOT_FOUND
    );
    let invite = app.link(Purpose::Invite(Role::Practitioner)).await;
    assert_gone(&app.get(&set_password_path(&invite)).await);
    assert_gone(&app.set_password(&invite, GOOD).await);
    assert_eq!(app.stored_hash().await, None);
    // The invitation was not used up by the attempt.
    let stored = app
        .store
        .one_time_token(&hash_token(&invite))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.used_at, None);
}

#[tokio::test]
async fn a_refused_password_is_explained_and_the_link_still_works() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    for (password, message) in [
        ("short", "Your password must be at least 8 characters long."),
        (
            "password123",
            "That password is one of the most often guessed. Choose another: a few unrelated words work well.",
        ),
        (
            "sian@example.org",
            "Your password must not be your email address or username.",
        ),
        (
            &"é".repeat(257),
            "Your password must be 256 characters or fewer.",
        ),
    ] {
        let reply = app.set_password(&token, password).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{password}: {}",
            reply.body
        );
        assert!(reply.text().contains(message), "{password}: {}", reply.body);
        assert!(
            reply.body.contains("id=\"password-error\""),
            "beside the field"
        );
        assert!(
            reply
                .body
                .contains("aria-describedby=\"password-hint password-error\"")
        );
        let field = reply
            .body
            .split("<input id=\"password\"")
            .nth(1)
            .unwrap()
            .split('>')
            .next()
            .unwrap();
        assert!(!field.contains("value="), "never sent back: {field}");
    }
    assert_eq!(app.stored_hash().await, None);
    assert_eq!(
        app.get(&set_password_path(&token)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.set_password(&token, GOOD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_megabyte_body_is_turned_away() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    let body = format!("_csrf={}&password={}", app.csrf.1, "a".repeat(1024 * 1024));
    let reply = app
        .post_raw(&set_password_path(&token), body.into_bytes())
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(app.stored_hash().await, None);
    assert_eq!(
        app.get(&set_password_path(&token)).await.status,
        StatusCode::OK,
        "the link still works"
    );
}

#[tokio::test]
async fn a_form_without_its_token_changes_nothing() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    let body = serde_urlencoded::to_string([("password", GOOD)]).unwrap();
    let reply = app
        .post_raw(&set_password_path(&token), body.into_bytes())
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(app.stored_hash().await, None);
}

#[tokio::test]
async fn odd_unicode_passwords_work() {
    for password in [
        "Ελένη-πάει-σπίτι 🌱",
        "Зелёный кот спит",
        // Composed and decomposed forms of the same letters are one password.
        "cafe\u{301} au lait, s'il vous plaît",
    ] {
        let app = app().await;
        let token = app.link(Purpose::SetPassword).await;
        let done = app.set_password(&token, password).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "{password}: {}",
            done.body
        );
        let signed_in = app.sign_in(password).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{password}");
        assert!(signed_in.cookie("moves-session").is_some());
    }
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    app.set_password(&token, "cafe\u{301} au lait, s'il vous plaît")
        .await;
    assert_eq!(
        app.sign_in("caf\u{e9} au lait, s'il vous plaît")
            .await
            .status,
        StatusCode::SEE_OTHER,
        "typed with a precomposed é on another device"
    );
}

#[tokio::test]
async fn a_link_for_someone_who_no_longer_exists_is_refused() {
    let app = app().await;
    // A link whose person is missing (a record no version writes, but defended).
    let (token, record) = OneTimeToken::set_password(UserId::new(), None, T0).unwrap();
    // Foreign keys forbid storing it, which is the first defence.
    assert!(app.store.create_one_time_token(&record).await.is_err());
    assert_gone(&app.get(&set_password_path(&token)).await);
}

#[tokio::test]
async fn the_form_speaks_through_fluent() {
    let app = app().await;
    let token = app.link(Purpose::SetPassword).await;
    let reply = send(
        &app.router,
        Request::get(set_password_path(&token))
            .header(header::ACCEPT_LANGUAGE, "en-XA")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let text = reply.text();
    for wrapped in [
        "<h1>⟦Set your password⟧</h1>",
        "⟦This link sets the password for sian@example.org. It works once.⟧",
        "⟦New password⟧</label>",
        "⟦At least 8 characters.",
        "⟦Show password⟧",
        "⟦Set my password⟧</button>",
    ] {
        assert!(text.contains(wrapped), "{wrapped} in {text}");
    }
}

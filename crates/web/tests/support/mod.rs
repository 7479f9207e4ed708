//! An in-process app on a fresh SQLite database, driven like a browser: cookies
//! and CSRF tokens by hand, time on a fixed clock.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::mfa::OrgMfaSetting;
use moves_core::auth::password::hash_password;
use moves_core::clock::{FixedClock, Timestamp};
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::user::{Email, User};
use moves_store::AuditEntry;
use moves_store::Store;
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use moves_web::hashing::HashingGate;
use moves_web::{AppState, WebConfig};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use tower::ServiceExt;

pub mod smtp;

pub const PASSWORD: &str = "correct horse battery staple";
pub const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

pub struct App {
    pub router: Router,
    pub store: Arc<dyn Store>,
    pub clock: Arc<FixedClock>,
    /// The app's password-hashing queue, so a test can hold its turns.
    pub hashing: Arc<HashingGate>,
    _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: StatusCode,
    /// The `Retry-After` header, if any.
    pub retry_after: Option<String>,
    pub content_type: String,
    pub location: String,
    pub cookies: Vec<String>,
    pub body: String,
}

impl Reply {
    /// The value a Set-Cookie gives `name`, if any.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.iter().find_map(|c| {
            c.split(';')
                .next()?
                .strip_prefix(&format!("{name}="))
                .map(str::to_owned)
        })
    }
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// The first form's CSRF token.
    pub fn csrf(&self) -> String {
        self.body
            .split("name=\"_csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    }
}

impl App {
    /// An empty installation (no organisation yet).
    pub async fn empty() -> App {
        Self::empty_with(|_| {}).await
    }

    /// An empty installation with settings changed by `change` (an SMTP server,
    /// a public URL).
    pub async fn empty_with(change: impl FnOnce(&mut WebConfig)) -> App {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = SqliteStore::open(&dir.path().join("m.db"), &SqliteSettings::default())
            .await
            .unwrap();
        sqlite.migrate().await.unwrap();
        let store: Arc<dyn Store> = Arc::new(sqlite);
        let clock = Arc::new(FixedClock::at(T0));
        let config = WebConfig {
            max_body_bytes: 256 * 1024,
            ..WebConfig::default()
        };
        let mut config = config;
        change(&mut config);
        let state = AppState::new(moves_core::Ctx::new(store.clone(), clock.clone()), config);
        let hashing = state.hashing.clone();
        App {
            router: moves_web::router(state),
            store,
            clock,
            hashing,
            _dir: dir,
        }
    }

    /// An organisation whose staff sign in with a password only, so tests of
    /// other things need no second factor. (New organisations require one:
    /// `tests/two_factor.rs` uses [`App::organisation_requiring_mfa`].)
    pub async fn organisation(&self, name: &str) -> Organisation {
        let org = self.organisation_requiring_mfa(name).await;
        let by = moves_core::ids::UserId::new();
        let off = OrgMfaSetting::turn_off("tests of other features", by, T0).unwrap();
        // Logged for the installation, so the organisation's own log holds only what a test does.
        let audit = AuditEntry::new(
            AuditScope::Installation,
            T0,
            Some(by),
            AuditAction::MfaChanged,
        );
        self.store
            .set_org_mfa_setting(org.id, &off, &audit)
            .await
            .unwrap();
        org
    }

    /// An organisation as it is made: staff must give a second factor.
    pub async fn organisation_requiring_mfa(&self, name: &str) -> Organisation {
        let org = Organisation::new(name, false, T0).unwrap();
        self.store.create_organisation(&org).await.unwrap();
        org
    }

    /// A person with [`PASSWORD`] and one role in `org`.
    pub async fn person(&self, name: &str, email: &str, org: &Organisation, role: Role) -> User {
        let mut user = User::new(name, Some(Email::parse(email).unwrap()), T0).unwrap();
        user.password_hash = Some(hash_password(PASSWORD).unwrap());
        self.store.create_user(&user).await.unwrap();
        self.store
            .add_membership(&Membership::new(org.id, user.id, role, T0))
            .await
            .unwrap();
        user
    }

    /// A person with [`PASSWORD`], a username and no email address (as young
    /// people often are), and one role in `org`.
    pub async fn person_with_username(
        &self,
        name: &str,
        username: &str,
        org: &Organisation,
        role: Role,
    ) -> User {
        let mut user = User::new(name, None, T0).unwrap();
        user.username = Some(username.to_owned());
        user.password_hash = Some(hash_password(PASSWORD).unwrap());
        self.store.create_user(&user).await.unwrap();
        self.store
            .add_membership(&Membership::new(org.id, user.id, role, T0))
            .await
            .unwrap();
        user
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let header_text = |name| {
            res.headers()
                .get(name)
                .map(|v: &axum::http::HeaderValue| v.to_str().unwrap().to_owned())
                .unwrap_or_default()
        };
        let content_type = header_text(header::CONTENT_TYPE);
        let location = header_text(header::LOCATION);
        let retry_after = Some(header_text(header::RETRY_AFTER)).filter(|v| !v.is_empty());
        let cookies = res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        let body = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes())
            .into_owned();
        Reply {
            status,
            retry_after,
            content_type,
            location,
            cookies,
            body,
        }
    }

    /// A page as a visitor asking for `language` sees it.
    pub async fn get_in(&self, path: &str, language: &str) -> Reply {
        self.send(
            Request::get(path)
                .header(header::ACCEPT_LANGUAGE, language)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    pub async fn get(&self, path: &str, cookie: &str) -> Reply {
        self.send(
            Request::get(path)
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    pub async fn post(&self, path: &str, cookie: &str, body: String) -> Reply {
        self.send(
            Request::post(path)
                .header(header::COOKIE, cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// The sign-in page's CSRF cookie and token.
    pub async fn visitor(&self) -> (String, String) {
        let page = self.get("/sign-in", "").await;
        (
            format!("moves-csrf={}", page.cookie("moves-csrf").unwrap()),
            page.csrf(),
        )
    }

    pub async fn sign_in(&self, login: &str, password: &str) -> Reply {
        let (cookie, csrf) = self.visitor().await;
        let form = format!(
            "_csrf={csrf}&login={}&password={}",
            urlencoding::encode(login),
            urlencoding::encode(password)
        );
        self.post("/sign-in", &cookie, form).await
    }

    /// Signs in as a browser at `from` would (the server sees it as the
    /// connection's peer).
    pub async fn sign_in_from(&self, login: &str, password: &str, from: IpAddr) -> Reply {
        let (cookie, csrf) = self.visitor().await;
        let form = format!(
            "_csrf={csrf}&login={}&password={}",
            urlencoding::encode(login),
            urlencoding::encode(password)
        );
        let mut req = Request::post("/sign-in")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(form))
            .unwrap();
        req.extensions_mut()
            .insert(axum::extract::ConnectInfo(SocketAddr::new(from, 50_000)));
        self.send(req).await
    }

    /// Signs in with [`PASSWORD`] and returns the session cookie.
    pub async fn session_cookie(&self, login: &str) -> String {
        let reply = self.sign_in(login, PASSWORD).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
        format!("moves-session={}", reply.cookie("moves-session").unwrap())
    }
}

/// The hidden value of `name` in the page (the first such field).
pub fn hidden(reply: &Reply, name: &str) -> String {
    reply
        .body
        .split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} in {}", reply.body))
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

/// The page's text as read, without Fluent's invisible isolation marks.
pub fn text(reply: &Reply) -> String {
    reply
        .html()
        .root_element()
        .text()
        .collect::<String>()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// A form body from name/value pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// An organisation with its administrator signed in: (org, admin's cookie,
/// the members page's CSRF token).
pub async fn with_admin(app: &App, name: &str, email: &str) -> (Organisation, String, String) {
    let org = app.organisation(name).await;
    app.person("Ada Admin", email, &org, Role::OrgAdmin).await;
    let cookie = app.session_cookie(email).await;
    let page = app.get("/admin/members", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let csrf = page.csrf();
    (org, cookie, csrf)
}

/// The audit entry of a change a test makes directly in the store to set a
/// scene (no one's action): logged for the installation, so an
/// organisation's own log holds only what the test does through the pages.
pub fn set_up(action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Installation, T0, None, action)
}

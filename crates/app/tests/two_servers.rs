//! Two `moves serve` processes on one PostgreSQL database, as a national network
//! runs them behind a load balancer: throttling, sessions, form tokens and
//! memberships hold across both, because none of them lives in a process.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_core::auth::password::hash_password;
use moves_core::clock::Timestamp;
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::user::{Email, User};
use moves_store::Store;
use moves_store_postgres::testing::TestDatabase;
use moves_store_postgres::{PgSettings, PgStore};
use support::{Server, pg_admin_url};

const PASSWORD: &str = "correct horse battery staple";

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The sign-in form's token, from one server, with its cookie kept by the client.
async fn form_token(client: &reqwest::Client, server: &Server) -> String {
    let html = client
        .get(server.url("/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    html.split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

async fn sign_in(
    client: &reqwest::Client,
    server: &Server,
    token: &str,
    password: &str,
) -> reqwest::StatusCode {
    client
        .post(server.url("/sign-in"))
        .form(&[
            ("_csrf", token),
            ("login", "sam@example.org"),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn two_servers_share_throttles_sessions_and_memberships() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::create(&admin).await.unwrap();
    let pg = PgStore::open(db.url(), &PgSettings::default())
        .await
        .unwrap();
    pg.migrate().await.unwrap();
    let store: &dyn Store = &pg;
    let t0 = Timestamp::from_millis(1_764_000_000_000);
    let org = Organisation::new("Network Branch", false, t0).unwrap();
    store.create_organisation(&org).await.unwrap();
    // About throttles, sessions and memberships: staff sign in with a password
    // only here (the second factor has its own tests in crates/web/tests/two_factor.rs).
    let by = moves_core::ids::UserId::new();
    let off = moves_core::auth::mfa::OrgMfaSetting::turn_off("two-server test", by, t0).unwrap();
    let audit = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Installation,
        t0,
        Some(by),
        moves_core::audit::AuditAction::MfaChanged,
    );
    store
        .set_org_mfa_setting(org.id, &off, &audit)
        .await
        .unwrap();
    let mut sam = User::new("Sam", Some(Email::parse("sam@example.org").unwrap()), t0).unwrap();
    sam.password_hash = Some(hash_password(PASSWORD).unwrap());
    store.create_user(&sam).await.unwrap();
    let membership = Membership::new(org.id, sam.id, Role::Practitioner, t0);
    store.add_membership(&membership).await.unwrap();

    let dir = tempfile::tempdir().unwrap();
    let args = ["--database-url", db.url()];
    let one = Server::start(dir.path(), &args, &[]);
    let two = Server::start(dir.path(), &args, &[]);

    // A form token from server one is good on server two: the signing key is shared.
    let browser = client();
    let token = form_token(&browser, &one).await;
    for i in 0..5 {
        assert_eq!(
            sign_in(&browser, &one, &token, &format!("wrong {i}")).await,
            422
        );
    }
    // The sixth try goes to the other server, and is throttled there too.
    assert_eq!(sign_in(&browser, &two, &token, PASSWORD).await, 429);

    // Let another account sign in on one server and use its session on the other.
    let account = moves_core::auth::throttle::account_key("sam@example.org");
    store.clear_account_attempts(&account).await.unwrap();
    let token = form_token(&browser, &one).await;
    assert_eq!(sign_in(&browser, &one, &token, PASSWORD).await, 303);
    let home = browser
        .get(two.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        home.contains("Signed in as") && home.contains("practitioner"),
        "{home}"
    );

    // A membership revoked (on any server, or here directly) stops at the next request.
    let revoked = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(org.id),
        t0,
        None,
        moves_core::audit::AuditAction::RoleChanged,
    );
    store
        .revoke_membership(org.id, membership.id, t0, &revoked)
        .await
        .unwrap();
    let home = browser
        .get(two.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!home.contains("practitioner"), "{home}");
    let home = browser
        .get(one.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("not a member of any organisation"), "{home}");

    // Signing out on one server ends the session on both.
    let csrf = home
        .split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let out = browser
        .post(one.url("/sign-out"))
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    let home = browser
        .get(two.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!home.contains("Signed in as"), "{home}");

    assert!(one.stop().success());
    assert!(two.stop().success());
    store.close().await;
    db.drop_database().await;
}

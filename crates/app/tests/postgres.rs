//! `moves serve` on PostgreSQL: the database is created if absent, survives a
//! restart, and several servers share it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_store_postgres::testing::TestDatabase;
use support::{Server, moves, pg_admin_url, text};

#[tokio::test]
async fn serve_creates_the_database_and_survives_a_restart() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::reserve(&admin).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let unused = dir.path().join("unused");
    let args = [
        "--database-url",
        db.url(),
        "--data-dir",
        unused.to_str().unwrap(),
    ];

    let check = moves(&["migrate", "--check", "--database-url", db.url()]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));

    let first = Server::start(dir.path(), &args, &[]);
    assert_eq!(
        reqwest::get(first.url("/readyz")).await.unwrap().status(),
        200
    );
    assert!(
        first.log_text().contains("PostgreSQL 127.0.0.1")
            || first.log_text().contains("PostgreSQL "),
        "{}",
        first.log_text()
    );
    assert!(!first.log_text().contains("@"), "no credentials in the log");
    // A second server on the same database at the same time.
    let second = Server::start(dir.path(), &args, &[]);
    assert_eq!(
        reqwest::get(second.url("/readyz")).await.unwrap().status(),
        200
    );
    assert!(first.stop().success());
    assert!(second.stop().success());

    let again = Server::start(dir.path(), &args, &[]);
    assert_eq!(
        reqwest::get(again.url("/healthz")).await.unwrap().status(),
        200
    );
    assert!(again.stop().success());

    let up_to_date = moves(&["migrate", "--check", "--database-url", db.url()]);
    assert!(up_to_date.status.success(), "{}", text(&up_to_date));
    let backup = moves(&[
        "backup",
        "--database-url",
        db.url(),
        "--to",
        "/tmp/never-written.dump",
    ]);
    assert!(
        !backup.status.success() && text(&backup).contains("pg_dump"),
        "{}",
        text(&backup)
    );
    db.drop_database().await;
}

//! Hole 9, as an IT officer meets it: `moves audit verify` says every chain
//! of the audit log is intact, still after a key rotation, and names the
//! first broken entry (its id and organisation) once someone with the
//! database, but not the keys, has changed a row: on both databases.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_store_postgres::testing::TestDatabase;
use sqlx::Connection as _;
use support::{moves, pg_admin_url, text};
use uuid::Uuid;

/// `moves ARGS` on the database `data` names.
fn run_on(data: &[&str], args: &[&str]) -> std::process::Output {
    let all: Vec<&str> = args.iter().chain(data).copied().collect();
    moves(&all)
}

/// Runs the whole story on the database `data` names (`--data-dir` or
/// `--database-url` with a data directory for the keys); `tamper` changes
/// one audit entry's detail directly in the database and answers its id and
/// organisation.
async fn story<T>(data: &[&str], tamper: T)
where
    T: AsyncFn() -> (Uuid, Uuid),
{
    let run = |args: &[&str]| run_on(data, args);
    let seeded = run(&["seed-demo", "--password", "demo-password-1"]);
    assert!(seeded.status.success(), "{}", text(&seeded));

    let intact = run(&["audit", "verify"]);
    assert!(intact.status.success(), "{}", text(&intact));
    let out = text(&intact);
    assert!(out.contains("Every chain is intact"), "{out}");
    assert!(out.contains("(Demo Borough): "), "{out}");
    assert!(out.contains("intact; head "), "{out}");

    // A rotation: new entries use the new key, the old ones still check.
    let added = run(&["keys", "add"]);
    assert!(added.status.success(), "{}", text(&added));
    let new_key = text(&added)
        .split("Added the key ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .unwrap()
        .to_owned();
    let activated = run(&["keys", "activate", &new_key]);
    assert!(activated.status.success(), "{}", text(&activated));
    let made = run(&[
        "admin",
        "create-org",
        "--name",
        "Northside Family Hub",
        "--admin-email",
        "sam@northside.example",
    ]);
    assert!(made.status.success(), "{}", text(&made));
    let rotated = run(&["audit", "verify"]);
    let out = text(&rotated);
    assert!(rotated.status.success(), "{out}");
    assert!(out.contains("(Northside Family Hub): "), "{out}");
    let installation = out
        .lines()
        .find(|l| l.trim_start().starts_with("installation:"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        installation.contains(&format!(", {new_key}")),
        "linked with the old key, then the new: {installation}"
    );

    // Someone with the database changes an entry.
    let (entry, org) = tamper().await;
    let broken = run(&["audit", "verify"]);
    let out = text(&broken);
    assert_eq!(broken.status.code(), Some(1), "{out}");
    assert!(
        out.contains(&format!(
            "BROKEN at entry {entry} (position 2) of organisation {org}"
        )),
        "{out}"
    );
    assert!(out.contains("1 chain(s) broken"), "{out}");
}

/// The second entry of the first organisation's chain.
const SECOND_ENTRY: &str = "SELECT id, org_id FROM audit_log WHERE org_id <> $1 \
     ORDER BY org_id, chain_seq LIMIT 1 OFFSET 1";

#[tokio::test]
async fn verify_names_the_first_changed_entry_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let db = data.join("moves.db");
    story(&["--data-dir", d], async || {
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let (id, org): (Uuid, Uuid) = sqlx::query_as(SECOND_ENTRY)
            .bind(Uuid::nil())
            .fetch_one(&mut conn)
            .await
            .unwrap();
        // The append-only trigger is no obstacle to whoever has the file.
        sqlx::query("DROP TRIGGER audit_log_no_update")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("UPDATE audit_log SET detail = 'nothing to see' WHERE id = $1")
            .bind(id)
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
        (id, org)
    })
    .await;
}

#[tokio::test]
async fn verify_names_the_first_changed_entry_on_postgres() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::create(&admin).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let url = db.url().to_owned();
    story(
        &["--database-url", &url, "--data-dir", keys.to_str().unwrap()],
        async || {
            let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
            let (id, org): (Uuid, Uuid) = sqlx::query_as(SECOND_ENTRY)
                .bind(Uuid::nil())
                .fetch_one(&mut conn)
                .await
                .unwrap();
            // The database's owner can switch the append-only trigger off.
            for sql in [
                "ALTER TABLE audit_log DISABLE TRIGGER USER",
                "UPDATE audit_log SET detail = 'nothing to see' WHERE id = $1",
                "ALTER TABLE audit_log ENABLE TRIGGER USER",
            ] {
                sqlx::query(sql).bind(id).execute(&mut conn).await.unwrap();
            }
            conn.close().await.unwrap();
            (id, org)
        },
    )
    .await;
    db.drop_database().await;
}

/// Someone with the database removes entries, changes one, and clears every
/// link and head, hoping the server links the edited log afresh as it did
/// once for the log written before the chain. It never does again: the
/// entries stay unlinked, and verify says so.
async fn unlinked_story<T>(data: &[&str], tamper: T)
where
    T: AsyncFn(),
{
    let run = |args: &[&str]| run_on(data, args);
    let seeded = run(&["seed-demo", "--password", "demo-password-1"]);
    assert!(seeded.status.success(), "{}", text(&seeded));
    assert!(run(&["audit", "verify"]).status.success());
    tamper().await;
    for _ in 0..2 {
        // Not on the first opening after the tampering, nor on any later one.
        let broken = run(&["audit", "verify"]);
        let out = text(&broken);
        assert_eq!(broken.status.code(), Some(1), "{out}");
        assert!(out.contains("BROKEN at entry"), "{out}");
        assert!(out.contains("it carries no link"), "{out}");
        assert!(!out.contains("Every chain is intact"), "{out}");
    }
}

/// What the tampering does, in SQL both databases take.
const UNLINK: [&str; 4] = [
    "DELETE FROM audit_log WHERE action = 'role_changed'",
    "UPDATE audit_log SET detail = 'nothing to see' WHERE action = 'organisation_created'",
    "UPDATE audit_log SET chain_seq = NULL, chain_key = NULL, chain_mac = NULL",
    "DELETE FROM audit_chain_heads",
];

#[tokio::test]
async fn a_log_unlinked_by_hand_is_never_linked_again_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let db = data.join("moves.db");
    unlinked_story(&["--data-dir", d], async || {
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let triggers: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' \
             AND tbl_name IN ('audit_log', 'audit_chain_heads')",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for (name, _) in &triggers {
            sqlx::query(&format!("DROP TRIGGER {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
        }
        for sql in UNLINK {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
        for (_, sql) in &triggers {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
        conn.close().await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn a_log_unlinked_by_hand_is_never_linked_again_on_postgres() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::create(&admin).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let url = db.url().to_owned();
    unlinked_story(
        &["--database-url", &url, "--data-dir", keys.to_str().unwrap()],
        async || {
            let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
            sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER USER")
                .execute(&mut conn)
                .await
                .unwrap();
            sqlx::query("ALTER TABLE audit_chain_heads DISABLE TRIGGER USER")
                .execute(&mut conn)
                .await
                .unwrap();
            for sql in UNLINK {
                sqlx::query(sql).execute(&mut conn).await.unwrap();
            }
            sqlx::query("ALTER TABLE audit_log ENABLE TRIGGER USER")
                .execute(&mut conn)
                .await
                .unwrap();
            sqlx::query("ALTER TABLE audit_chain_heads ENABLE TRIGGER USER")
                .execute(&mut conn)
                .await
                .unwrap();
            conn.close().await.unwrap();
        },
    )
    .await;
    db.drop_database().await;
}

/// An installation upgraded from before the chain: its log is linked once,
/// by the run that adds the chain to the schema, and stays intact after.
#[tokio::test]
async fn a_log_from_before_the_chain_is_linked_by_the_upgrade_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    // The schema as it was before the chain: the migrations up to 0035.
    let old = dir.path().join("old-migrations");
    std::fs::create_dir(&old).unwrap();
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../store-sqlite/migrations");
    for file in std::fs::read_dir(&shipped).unwrap() {
        let file = file.unwrap();
        let name = file.file_name().into_string().unwrap();
        if name.as_str() < "0036" {
            std::fs::copy(file.path(), old.join(&name)).unwrap();
        }
    }
    let db = data.join("moves.db");
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", db.display()))
        .await
        .unwrap();
    sqlx::migrate::Migrator::new(old.as_path())
        .await
        .unwrap()
        .run(&mut conn)
        .await
        .unwrap();
    for (n, action) in ["organisation_created", "role_changed"].iter().enumerate() {
        sqlx::query(
            "INSERT INTO audit_log (org_id, id, at, actor_id, action, subject, detail)
             VALUES ($1, $2, $3, NULL, $4, NULL, 'before the chain')",
        )
        .bind(Uuid::nil())
        .bind(Uuid::new_v4())
        .bind(1_700_000_000_000_i64 + n as i64)
        .bind(action)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    conn.close().await.unwrap();

    let d = data.to_str().unwrap();
    for _ in 0..2 {
        let verified = moves(&["audit", "verify", "--data-dir", d]);
        let out = text(&verified);
        assert!(verified.status.success(), "{out}");
        assert!(out.contains("installation: 2 entries, intact"), "{out}");
    }
}

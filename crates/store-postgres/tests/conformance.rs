//! The conformance suite on PostgreSQL: each story on a fresh database, dropped
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failure should stop with a message
//! afterwards. Needs `MOVES_TEST_PG_URL` (set by `scripts/test`).

use moves_store::StoreHealth;
use moves_store_postgres::testing::{TestDatabase, admin_url};
use moves_store_postgres::{PgSettings, PgStore};

struct Guard(TestDatabase);

impl Guard {
    async fn finish(self, store: PgStore) {
        store.close().await;
        self.0.drop_database().await;
    }
}

async fn fresh() -> Option<(PgStore, Guard)> {
    let Some(admin) = admin_url() else {
        moves_store_tests::skip_or_fail("PostgreSQL", "MOVES_TEST_PG_URL is not set");
        return None;
    };
    let db = TestDatabase::create(&admin).await.unwrap();
    let settings = PgSettings {
        max_connections: 4,
        ..PgSettings::default()
    };
    let store = PgStore::open(db.url(), &settings).await.unwrap();
    store.migrate().await.unwrap();
    Some((store, Guard(db)))
}

moves_store_tests::conformance_suite!(fresh);

/// Upgrading a database made before migration 0018: the same story as on
/// SQLite, with this backend's way back to before it.
#[tokio::test]
async fn plans_from_before_0018_are_given_who_changed_them() {
    use sqlx::Connection as _;
    let Some((store, guard)) = fresh().await else {
        return;
    };
    let url = guard.0.url().to_owned();
    moves_store_tests::stories::plans_from_before_0018_are_given_who_changed_them(
        &store,
        async || {
            let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
            for undo in [
                "ALTER TABLE plans DROP COLUMN updated_by",
                "DELETE FROM _sqlx_migrations WHERE version = 18",
            ] {
                sqlx::query(undo).execute(&mut conn).await.unwrap();
            }
            conn.close().await.unwrap();
            store.migrate().await.unwrap();
        },
    )
    .await;
    guard.finish(store).await;
}

/// Second-factor secrets at rest: the same story on each backend, with its
/// own SQL to read and write the stored column.
#[tokio::test]
async fn second_factor_secrets_are_sealed_at_rest() {
    use sqlx::Connection as _;
    let Some((store, guard)) = fresh().await else {
        return;
    };
    let url = guard.0.url().to_owned();
    let raw = async |user: moves_domain::ids::UserId| -> String {
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        let secret: String = sqlx::query_scalar("SELECT secret FROM mfa_totp WHERE user_id = $1")
            .bind(user.as_uuid())
            .fetch_one(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
        secret
    };
    let put = async |user: moves_domain::ids::UserId, secret: String| {
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        sqlx::query("UPDATE mfa_totp SET secret = $1 WHERE user_id = $2")
            .bind(secret)
            .bind(user.as_uuid())
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
    };
    moves_store_tests::stories::second_factor_secrets_are_sealed_at_rest(&store, raw, put).await;
    guard.finish(store).await;
}

/// Upgrading a database made before migration 0019: the same story as on
/// SQLite, with this backend's way back to before it (the old table, with
/// the story's failures in it).
#[tokio::test]
async fn failures_from_before_0019_carry_over_as_counts() {
    use sqlx::Connection as _;
    let Some((store, guard)) = fresh().await else {
        return;
    };
    let url = guard.0.url().to_owned();
    moves_store_tests::stories::failures_from_before_0019_carry_over_as_counts(
        &store,
        async || {
            let mut conn = sqlx::PgConnection::connect(&url)
                .await
                .unwrap();
            for undo in [
                "DROP TABLE sign_in_attempts",
                "CREATE TABLE sign_in_failures (id UUID PRIMARY KEY NOT NULL, \
                 throttle_key TEXT NOT NULL, at BIGINT NOT NULL)",
                "DELETE FROM _sqlx_migrations WHERE version = 19",
            ] {
                sqlx::query(undo).execute(&mut conn).await.unwrap();
            }
            for (key, at) in moves_store_tests::stories::FAILURES_BEFORE_0019 {
                sqlx::query(
                    "INSERT INTO sign_in_failures (id, throttle_key, at) VALUES (gen_random_uuid(), $1, $2)",
                )
                .bind(key)
                .bind(at)
                .execute(&mut conn)
                .await
                .unwrap();
            }
            conn.close().await.unwrap();
            store.migrate().await.unwrap();
        },
    )
    .await;
    guard.finish(store).await;
}

/// Runs `sql` with `binds` on a connection of its own, as someone who can
/// write to the database would; with `unguarded`, with the audit log's
/// triggers disabled (as its owner can).
async fn direct(
    url: &str,
    unguarded: bool,
    sql: String,
    binds: Vec<moves_store_tests::stories::Bind>,
) -> Result<u64, String> {
    use moves_store_tests::stories::Bind;
    use sqlx::Connection as _;
    let mut conn = sqlx::PgConnection::connect(url)
        .await
        .map_err(|e| e.to_string())?;
    if unguarded {
        sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER USER")
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())?;
    }
    let mut query = sqlx::query(&sql);
    for b in binds {
        query = match b {
            Bind::Uuid(u) => query.bind(u),
            Bind::Text(t) => query.bind(t),
            Bind::Int(i) => query.bind(i),
        };
    }
    let done = query.execute(&mut conn).await.map_err(|e| e.to_string());
    if unguarded {
        sqlx::query("ALTER TABLE audit_log ENABLE TRIGGER USER")
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())?;
    }
    conn.close().await.map_err(|e| e.to_string())?;
    Ok(done?.rows_affected())
}

/// Tampering with the audit log, TRUNCATE first: the same story as on SQLite,
/// with this backend's direct SQL.
#[tokio::test]
async fn audit_chains_name_the_first_tampered_entry() {
    let Some((store, guard)) = fresh().await else {
        return;
    };
    let url = guard.0.url().to_owned();
    moves_store_tests::stories::audit_chains_name_the_first_tampered_entry(
        &store,
        "TRUNCATE audit_log",
        async |sql, binds| direct(&url, false, sql, binds).await,
        async |sql, binds| direct(&url, true, sql, binds).await,
    )
    .await;
    guard.finish(store).await;
}

/// Entries from before the chain: the same story as on SQLite.
#[tokio::test]
async fn entries_from_before_the_chain_are_linked_once() {
    let Some((store, guard)) = fresh().await else {
        return;
    };
    let url = guard.0.url().to_owned();
    moves_store_tests::stories::entries_from_before_the_chain_are_linked_once(
        &store,
        async |sql, binds| direct(&url, false, sql, binds).await,
    )
    .await;
    guard.finish(store).await;
}

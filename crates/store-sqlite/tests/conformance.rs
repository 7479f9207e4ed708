//! The conformance suite on SQLite: each story on a fresh database file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failure should stop with a message

use moves_store_sqlite::{SqliteSettings, SqliteStore};

struct Guard(tempfile::TempDir);

impl Guard {
    async fn finish(self, store: SqliteStore) {
        use moves_core::store::StoreHealth;
        store.close().await;
        drop(self.0);
    }
}

async fn fresh() -> Option<(SqliteStore, Guard)> {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("moves.db"), &SqliteSettings::default())
        .await
        .unwrap();
    store.migrate().await.unwrap();
    Some((store, Guard(dir)))
}

moves_store_tests::conformance_suite!(fresh);

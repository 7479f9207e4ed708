//! The crash test: kill the server with `kill -9` at random moments during a
//! stream of concurrent writes, and prove that no acknowledged write was lost and
//! nothing was half-written. Each write (a probe) is two audit entries in one
//! transaction, answered 204 only after the commit.
//!
//! It also runs once against a deliberately unsafe server that acknowledges
//! before writing, and must catch the loss: the test is shown to be able to fail.
//!
//! Needs the `crash-probe` feature (the README's test command turns it on).

#![cfg(feature = "crash-probe")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_core::audit::{AuditAction, AuditScope};
use moves_store::Store;
use moves_store::{AuditEntry, AuditQuery};
use moves_store_postgres::testing::TestDatabase;
use moves_store_postgres::{PgSettings, PgStore};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Duration;
use support::{Server, pg_admin_url};

const CYCLES: usize = 20;
const WRITERS: usize = 8;

/// A small deterministic generator, seeded from the clock and printed, so a
/// failing run can be told apart from another.
struct Rng(u64);
impl Rng {
    fn new() -> Self {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1;
        eprintln!("crash test seed {seed}");
        Rng(seed)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Every acknowledged key has both entries; no key has only one.
fn verify(acked: &HashSet<String>, stored: &[AuditEntry]) -> Result<usize, String> {
    let mut by_key: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in stored {
        by_key
            .entry(e.subject.as_deref().unwrap_or(""))
            .or_default()
            .push(e.detail.as_deref().unwrap_or(""));
    }
    for (key, parts) in &by_key {
        let mut parts = parts.clone();
        parts.sort_unstable();
        if parts != ["first", "second"] {
            return Err(format!(
                "probe {key} was half-written or duplicated: {parts:?}"
            ));
        }
    }
    let lost: Vec<&String> = acked
        .iter()
        .filter(|k| !by_key.contains_key(k.as_str()))
        .collect();
    if !lost.is_empty() {
        return Err(format!(
            "{} acknowledged write(s) lost, e.g. {:?}",
            lost.len(),
            lost.first()
        ));
    }
    Ok(by_key.len())
}

/// Writes until the server goes away; returns the keys it acknowledged.
async fn write_stream(base: String, prefix: String) -> Vec<String> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut acked = Vec::new();
    for i in 0.. {
        let key = format!("{prefix}-{i}");
        match client.post(format!("{base}/_probe/{key}")).send().await {
            Ok(res) if res.status() == 204 => acked.push(key),
            Ok(res) => panic!("unexpected answer {} for {key}", res.status()),
            Err(_) => break,
        }
    }
    acked
}

/// Runs the cycles against a server started by `start`; returns acknowledged keys.
async fn crash_cycles(
    dir: &Path,
    args: &[&str],
    envs: &[(&str, &str)],
    cycles: usize,
    kill_after_ms: impl Fn(&mut Rng) -> u64,
) -> HashSet<String> {
    let mut rng = Rng::new();
    let mut acked = HashSet::new();
    for cycle in 0..cycles {
        let server = Server::start(dir, args, envs);
        let base = server.url("");
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| tokio::spawn(write_stream(base.clone(), format!("c{cycle}w{w}"))))
            .collect();
        tokio::time::sleep(Duration::from_millis(kill_after_ms(&mut rng))).await;
        server.kill();
        for w in writers {
            acked.extend(w.await.unwrap());
        }
    }
    acked
}

async fn stored_probes(store: &dyn Store) -> Vec<AuditEntry> {
    let q = AuditQuery {
        action: Some(AuditAction::DurabilityProbe),
        limit: u32::MAX,
        ..AuditQuery::new(AuditScope::Installation)
    };
    let entries = store.list_audit(&q).await.unwrap();
    store.close().await;
    entries
}

async fn sqlite_probes(data: &Path) -> Vec<AuditEntry> {
    let store = SqliteStore::open(&data.join("moves.db"), &SqliteSettings::default())
        .await
        .unwrap();
    stored_probes(&store).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_loses_no_acknowledged_write_to_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let args = ["--data-dir", data.to_str().unwrap()];
    let acked = crash_cycles(dir.path(), &args, &[], CYCLES, |rng| 50 + rng.below(400)).await;
    assert!(
        acked.len() > CYCLES * 10,
        "the stream did write: {}",
        acked.len()
    );
    let stored = sqlite_probes(&data).await;
    let count = verify(&acked, &stored).unwrap();
    eprintln!(
        "sqlite: {} acknowledged, {count} stored, {CYCLES} kills",
        acked.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_loses_no_acknowledged_write_to_kill_9() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::create(&admin).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let args = ["--database-url", db.url()];
    let acked = crash_cycles(dir.path(), &args, &[], CYCLES, |rng| 50 + rng.below(400)).await;
    assert!(
        acked.len() > CYCLES * 10,
        "the stream did write: {}",
        acked.len()
    );
    let store = PgStore::open(db.url(), &PgSettings::default())
        .await
        .unwrap();
    let stored = stored_probes(&store).await;
    let count = verify(&acked, &stored).unwrap();
    eprintln!(
        "postgres: {} acknowledged, {count} stored, {CYCLES} kills",
        acked.len()
    );
    db.drop_database().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_crash_test_catches_a_server_that_acknowledges_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let args = ["--data-dir", data.to_str().unwrap()];
    // The unsafe server writes 200 ms after answering; a kill within that window
    // loses what it acknowledged.
    let acked = crash_cycles(
        dir.path(),
        &args,
        &[("MOVES_PROBE_UNSAFE_ACK", "1")],
        1,
        |_| 300,
    )
    .await;
    assert!(!acked.is_empty());
    let stored = sqlite_probes(&data).await;
    let verdict = verify(&acked, &stored);
    assert!(
        verdict.as_ref().is_err_and(|e| e.contains("lost")),
        "the loss must be caught: {verdict:?}"
    );
}

#[test]
fn verify_spots_half_written_probes() {
    let entry = |key: &str, part: &str| {
        AuditEntry::new(
            AuditScope::Installation,
            moves_core::Timestamp::from_millis(0),
            None,
            AuditAction::DurabilityProbe,
        )
        .subject(key)
        .detail(part)
    };
    let acked: HashSet<String> = ["a".to_owned()].into();
    assert_eq!(
        verify(&acked, &[entry("a", "first"), entry("a", "second")]),
        Ok(1)
    );
    assert!(
        verify(&acked, &[entry("a", "first")])
            .unwrap_err()
            .contains("half-written")
    );
    assert!(verify(&acked, &[]).unwrap_err().contains("lost"));
}

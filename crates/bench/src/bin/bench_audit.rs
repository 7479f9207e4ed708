//! `bench-audit --db FILE --iterations N` (SQLite) or `bench-audit --pg URL
//! --iterations N` (PostgreSQL): what the audit chain costs a write. Times,
//! one at a time, N of each of:
//!
//! - `floor`: one unaudited one-row write in its own transaction (claiming a
//!   form's key), the least any write costs on this database;
//! - `audited`: one audit entry linked into its organisation's chain in its
//!   own transaction (take the chain's head, compute the keyed hash, insert,
//!   move the head), as every audited change adds;
//! - `list-read-20`: twenty entries in one transaction, as a page naming
//!   twenty people writes.
//!
//! Prints `name median_ms p99_ms N` per line.

use anyhow::Result;
use moves_bench::context::{arg, open_store};
use moves_bench::stats::percentile;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::clock::{Clock, SystemClock};
use moves_core::ids::{OrgId, UserId};
use moves_core::organisation::Organisation;
use moves_store::{AuditEntry, Store};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WARM_UP: usize = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn open() -> Result<Arc<dyn Store>> {
    if let Ok(url) = arg("pg") {
        let store =
            moves_store_postgres::PgStore::open(&url, &moves_store_postgres::PgSettings::default())
                .await?;
        store.migrate().await?;
        return Ok(Arc::new(store));
    }
    open_store(&arg("db")?).await
}

fn entry(org: OrgId, by: UserId) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        SystemClock.now(),
        Some(by),
        AuditAction::RecordRead,
    )
    .subject(UserId::new().to_string())
    .detail("bench")
}

fn report(name: &str, samples: &[Duration]) {
    println!(
        "{name} {:.3} {:.3} {}",
        ms(percentile(samples, 50.0)),
        ms(percentile(samples, 99.0)),
        samples.len()
    );
}

#[tokio::main]
async fn main() -> Result<()> {
    let store = open().await?;
    let iterations: usize = arg("iterations")?.parse()?;
    let org = Organisation::new("Audit bench", false, SystemClock.now())?;
    store.create_organisation(&org).await?;
    let by = UserId::new();

    let mut floor = Vec::with_capacity(iterations);
    let mut audited = Vec::with_capacity(iterations);
    let mut list = Vec::with_capacity(iterations);
    for i in 0..WARM_UP + iterations {
        // Interleaved, so a noisy moment on this shared machine falls on all
        // three alike.
        let start = Instant::now();
        store
            .claim_form_key(
                by,
                &format!("bench-{}", UserId::new()),
                UserId::new().into(),
                SystemClock.now(),
            )
            .await?;
        let f = start.elapsed();
        let start = Instant::now();
        store.append_audit(&entry(org.id, by)).await?;
        let a = start.elapsed();
        let twenty: Vec<AuditEntry> = (0..20).map(|_| entry(org.id, by)).collect();
        let start = Instant::now();
        store.append_audit_batch(&twenty).await?;
        let l = start.elapsed();
        if i >= WARM_UP {
            floor.push(f);
            audited.push(a);
            list.push(l);
        }
    }
    report("floor", &floor);
    report("audited", &audited);
    report("list-read-20", &list);
    store.close().await;
    Ok(())
}

//! `bench-floor --list`: each benchmarked page's name and path.
//! `bench-floor --db FILE --login EMAIL --session TOKEN --circle ID
//! --iterations N`: for each page, times N runs of the database work of one
//! request for it (the signed-in viewer's reads, then the page's reads and
//! its read's audit write) on the same SQLite database the server used, one
//! at a time, and prints `name median_ms p99_ms N`.

use anyhow::Result;
use moves_bench::context::{Ctx, arg, open_store};
use moves_bench::pages::PAGES;
use moves_bench::stats::percentile;
use std::time::{Duration, Instant};

/// Untimed runs first, so the page cache and the pool are as warm as the
/// server's are after its warm-up.
const WARM_UP: usize = 50;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> Result<()> {
    if std::env::args().any(|a| a == "--list") {
        for page in PAGES {
            println!("{} {}", page.name, page.path);
        }
        return Ok(());
    }
    let store = open_store(&arg("db")?).await?;
    let circle = arg("circle")?.parse()?;
    let ctx = Ctx::for_login(store, &arg("login")?, circle, &arg("session")?).await?;
    let iterations: usize = arg("iterations")?.parse()?;
    for page in PAGES {
        for _ in 0..WARM_UP {
            ctx.viewer().await?;
            (page.work)(&ctx).await?;
        }
        let mut samples = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let start = Instant::now();
            ctx.viewer().await?;
            (page.work)(&ctx).await?;
            samples.push(start.elapsed());
        }
        println!(
            "{} {:.3} {:.3} {}",
            page.name,
            ms(percentile(&samples, 50.0)),
            ms(percentile(&samples, 99.0)),
            iterations
        );
    }
    ctx.store.close().await;
    Ok(())
}

//! `bench-load --addr HOST:PORT --path PATH --cookie COOKIE --rate R
//! --connections C --seconds S`: an open-loop load (see `moves_bench::load`);
//! prints `median_ms p99_ms answered_200 sent`.

use anyhow::Result;
use moves_bench::context::arg;
use moves_bench::load::{Load, run};
use moves_bench::stats::percentile;
use std::time::Duration;

fn main() -> Result<()> {
    let samples = run(Load {
        addr: arg("addr")?,
        path: arg("path")?,
        cookie: arg("cookie")?,
        rate: arg("rate")?.parse()?,
        connections: arg("connections")?.parse()?,
        duration: Duration::from_secs(arg("seconds")?.parse()?),
    })?;
    let latencies: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{:.3} {:.3} {} {}",
        ms(percentile(&latencies, 50.0)),
        ms(percentile(&latencies, 99.0)),
        samples.iter().filter(|s| s.status == 200).count(),
        samples.len()
    );
    Ok(())
}

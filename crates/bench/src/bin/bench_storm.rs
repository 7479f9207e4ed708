//! `bench-storm --addr HOST:PORT --count N --password P`: the sign-in storm
//! (`moves_bench::storm`) for the N people `bench-people` made. Prints
//! `got_in first_try busy_answers throttled p50_ms p95_ms max_ms`, the times
//! over those who got in, from the storm's start.

use anyhow::Result;
use moves_bench::context::arg;
use moves_bench::stats::percentile;
use moves_bench::storm::{run, username};
use std::time::Duration;

fn main() -> Result<()> {
    let count: usize = arg("count")?.parse()?;
    let logins: Vec<String> = (1..=count).map(username).collect();
    let outcomes = run(&arg("addr")?, &logins, &arg("password")?)?;
    let times: Vec<Duration> = outcomes
        .iter()
        .filter(|o| o.got_in)
        .map(|o| o.took)
        .collect();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} {} {} {} {:.1} {:.1} {:.1}",
        times.len(),
        outcomes.iter().filter(|o| o.first_try).count(),
        outcomes.iter().map(|o| o.busy).sum::<u32>(),
        outcomes.iter().filter(|o| o.throttled).count(),
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 95.0)),
        ms(times.iter().max().copied().unwrap_or_default()),
    );
    Ok(())
}

//! `bench-argon2 --iterations N`: the median time of one password check
//! (Argon2id with the shipped parameters) on this machine, in ms: the unit
//! of the sign-in storm's floor (`bench/storm`).

use anyhow::Result;
use moves_bench::context::arg;
use moves_bench::stats::percentile;
use moves_core::auth::password::{hash_password, verify_password};
use std::time::{Duration, Instant};

fn main() -> Result<()> {
    let iterations: usize = arg("iterations")?.parse()?;
    let hash = hash_password("a benchmark passphrase")?;
    let mut times: Vec<Duration> = Vec::with_capacity(iterations);
    for _ in 0..iterations.max(1) {
        let start = Instant::now();
        let ok = verify_password("a benchmark passphrase", &hash);
        times.push(start.elapsed());
        anyhow::ensure!(ok, "the password did not verify");
    }
    println!("{:.3}", percentile(&times, 50.0).as_secs_f64() * 1000.0);
    Ok(())
}

//! The benchmark of issue 7 item 7, driven by `bench/run`: `bench-seed` gives
//! one circle of the demo organisation two years of history, and
//! `bench-floor` times the database work of each benchmarked page without
//! HTTP or rendering, so `bench/run` can set the served latency beside it.
//!
//! Adding a page to the benchmark is one line in [`pages::PAGES`].

pub mod context;
pub mod history;
pub mod load;
pub mod pages;
pub mod stats;

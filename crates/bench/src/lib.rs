//! The benchmark of issue 7 item 7, driven by `bench/run`: `bench-seed` gives
//! one circle of the demo organisation two years of history, and
//! `bench-floor` times the database work of each benchmarked page without
//! HTTP or rendering, so `bench/run` can set the served latency beside it.
//!
//! Adding a page to the benchmark is one line in [`pages::PAGES`].
//!
//! The sign-in storm (`bench/storm`) is apart: `bench-people` adds the people,
//! `bench-argon2` times one password check (its floor's unit) and
//! `bench-storm` signs them all in at once ([`storm`]).

pub mod context;
pub mod history;
pub mod load;
pub mod pages;
pub mod stats;
pub mod storm;

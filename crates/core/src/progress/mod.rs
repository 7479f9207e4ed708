//! Progress over time: the domain's rules for what changed, and reading a
//! circle's progress.

pub use moves_domain::progress::*;

pub mod read;

pub use read::progress;

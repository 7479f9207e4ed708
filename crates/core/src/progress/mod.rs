//! Progress over time: the domain's rules for what changed.

pub use moves_domain::progress::*;

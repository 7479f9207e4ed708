//! Resilience checks: the domain's checks, and the wording one reads with.

pub use moves_domain::check::*;

pub mod wording;

pub use wording::check_wording;

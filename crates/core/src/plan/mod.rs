//! Plans: the domain's plans, and reading those a person may see.

pub use moves_domain::plan::*;

pub mod seen;

pub use seen::plans_for_reader;

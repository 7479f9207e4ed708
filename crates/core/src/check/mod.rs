//! Resilience checks: the domain's checks, the wording one reads with, and
//! the use cases of a check: listing and starting them, reading one with
//! the history of what was agreed, each person's perspective (started,
//! filled in, shared), the comparison, and the version agreed together.

pub use moves_domain::check::*;

pub mod agreed;
mod changed;
pub mod compare;
pub mod list;
pub mod open;
pub mod perspective;
pub mod read;
pub mod share;
pub mod start;
mod version;
pub mod wording;

pub use wording::{check_wording, wording_for};

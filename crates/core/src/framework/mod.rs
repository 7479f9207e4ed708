//! The Resilience Framework: the domain's model, and the wording in force for
//! a record, read from the organisation's stored adaptations.

pub use moves_domain::framework::*;

pub mod adaptation;

//! Pages for an organisation's administrators.

pub mod audit;
pub mod handover;
pub mod members;
pub mod reset;
pub mod teams;

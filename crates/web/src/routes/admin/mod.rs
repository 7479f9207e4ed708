//! Pages for an organisation's administrators.

pub mod audit;

//! Pages for an organisation's administrators.

pub mod audit;
pub mod framework;
pub mod members;
pub mod teams;

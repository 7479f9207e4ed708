//! Pages for an organisation's administrators.

pub mod audit;
pub mod family_invites;
pub mod framework;
pub mod goals;
pub mod handover;
pub mod members;
pub mod privacy;
pub mod reset;
pub mod teams;

//! Identity: the domain's rules for passwords, links, throttling and the second
//! factor, counting sign-in attempts in the store ([`attempt`]), and what the
//! audit log records of them.

pub use moves_domain::auth::*;

pub mod account_wide;
pub mod attempt;
pub mod create_org;
pub mod invite;
pub mod one_time;
pub mod reset;
pub mod setup;

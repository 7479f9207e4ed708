//! Circles: the domain's circles, opening one (the audited read every page
//! of a circle starts with), and the use cases of a circle: starting one,
//! the list of one's circles, its people, closing and reopening it, who
//! decides about sharing and what they agreed, its journal, and its export.

pub use moves_domain::circle::*;

pub mod agreements;
mod changes;
pub mod decider;
pub mod export;
pub mod family_invite;
pub mod journal;
pub mod list;
pub mod members;
pub mod open;
pub mod people;
pub mod start;
pub mod status;

pub use open::{OpenCircle, open_circle};

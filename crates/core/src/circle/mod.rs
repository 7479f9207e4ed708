//! Circles: the domain's circles, and opening one (the audited read every page
//! of a circle starts with).

pub use moves_domain::circle::*;

pub mod journal;
pub mod open;

pub use open::{OpenCircle, open_circle};

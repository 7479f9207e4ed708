//! The demo organisations (`moves seed-demo`): the domain's plan of them.

pub use moves_domain::demo::*;

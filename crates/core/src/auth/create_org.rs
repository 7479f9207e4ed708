//! `moves admin create-org`: the domain's rules for it.

pub use moves_domain::auth::create_org::*;

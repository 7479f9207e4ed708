//! The home page's "what needs you": the domain's rules, and reading the
//! facts for one person.

pub use moves_domain::home::*;

pub mod facts;

pub use facts::home_facts;

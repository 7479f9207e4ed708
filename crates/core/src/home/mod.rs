//! The home page's "what needs you": the domain's rules, reading the facts
//! for one person, looking at one's home page, and the email digest that
//! tells of the same facts.

pub use moves_domain::home::*;

pub mod digest;
pub mod digest_choice;
pub mod facts;
pub mod look;
pub mod organisations;

pub use digest_choice::{choose_digests, wants_digests};
pub use facts::home_facts;
pub use look::look;

//! The domain of Resilient Moves: the framework, organisations, people,
//! circles, checks, plans and progress, as values, and the rules about them
//! (what a valid name is, who may see what) as pure functions.
//!
//! It never sees HTTP, SQL or a store: the use cases in `moves-core` load what
//! a rule needs, apply it, and store the result with its audit entry. Time comes
//! from the injected [`clock::Clock`].

pub mod audit;
pub mod audit_chain;
pub mod auth;
pub mod check;
pub mod circle;
pub mod clock;
pub mod cursor;
pub mod demo;
pub mod form_key;
pub mod framework;
pub mod home;
pub mod ids;
pub mod kept_form;
pub mod keys;
pub mod language;
pub mod membership;
pub mod organisation;
pub mod outcomes;
pub mod permission;
pub mod plan;
pub mod privacy;
pub mod progress;
pub mod session;
pub mod team;
pub mod text;
pub mod user;
pub mod write_budget;

pub use clock::{Clock, Timestamp};

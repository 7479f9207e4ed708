//! The domain of Resilient Moves.
//!
//! `core` never sees HTTP or SQL. It holds the rules (what a valid name is, who may
//! see what) and defines the ports it needs from the outside world: the store traits
//! in [`store`] and the [`clock::Clock`].

pub mod audit;
pub mod auth;
pub mod check;
pub mod circle;
pub mod clock;
pub mod demo;
pub mod framework;
pub mod home;
pub mod ids;
pub mod kept_form;
pub mod membership;
pub mod organisation;
pub mod permission;
pub mod plan;
pub mod privacy;
pub mod progress;
pub mod session;
pub mod store;
pub mod team;
pub mod text;
pub mod user;

pub use clock::{Clock, Timestamp};

//! The use cases of Resilient Moves: the only door to a person's record.
//!
//! Every change a person makes, and every read of a circle, is one function
//! here that loads what it needs, decides who may (from the person's roles as
//! they are now), applies the rule of the domain (`moves-domain`), and stores
//! the change together with its audit entry in one transaction. The web layer
//! calls these and renders what they return: it cannot reach a store or make an
//! audit entry itself, because it does not depend on `moves-store`.
//!
//! The domain's modules are re-exported under the same names, so
//! `moves_core::circle::Circle` is the domain's circle and
//! `moves_core::circle::open_circle` its use case.

pub mod admin;
pub mod auth;
pub mod check;
pub mod circle;
mod ctx;
pub mod demo;
pub mod durability_probe;
mod error;
pub mod form_key;
pub mod framework;
pub mod health;
pub mod home;
pub mod kept_forms;
pub mod plan;
pub mod privacy_notice;
pub mod progress;
pub mod write_budget;

pub use ctx::Ctx;
pub use error::Error;
pub use moves_domain::{
    Clock, Timestamp, audit, audit_chain, clock, ids, kept_form, keys, language, membership,
    organisation, permission, privacy, session, team, text, user,
};
/// What a store answers when it fails (the database unreachable, a
/// conflict, a damaged row): an error to show, never a way into the store.
pub use moves_store::StoreError;

//! Route handlers, one file per area.

pub mod admin;
pub mod assets;
pub mod change_password;
pub mod circles;
#[cfg(feature = "crash-probe")]
pub mod crash_probe;
pub mod digest_settings;
pub mod framework;
pub mod health;
pub mod home;
pub mod invite;
pub mod kept;
pub mod language_settings;
pub mod metrics;
pub mod mfa;
pub mod privacy;
pub mod session;
pub mod set_password;
pub mod setup;
pub mod sign_in;
pub mod whats_new;

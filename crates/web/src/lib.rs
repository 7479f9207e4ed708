//! The web interface: routes, pages, and the middleware every response passes
//! through (request ids, security headers, metrics, error pages).
//!
//! Handlers are thin: they parse input into domain types, call one `core`
//! operation through the store, and render the result.

pub mod auth;
pub mod catalogue;
pub mod client_ip;
pub mod config;
pub mod error;
pub mod extract;
pub mod hashing;
pub mod i18n;
pub mod mail;
pub mod middleware;
pub mod page;
pub mod registry;
pub mod router;
pub mod routes;
pub mod state;

pub use config::WebConfig;
pub use router::router;
pub use state::AppState;

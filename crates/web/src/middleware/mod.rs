//! Layers every response passes through.

pub mod error_pages;
pub mod language;
pub mod metrics;
pub mod request_id;
pub mod security_headers;

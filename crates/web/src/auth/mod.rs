//! Who is asking, and may they: sessions, the CSRF defence, and the per-route
//! permission rules.

pub mod attempts;
pub mod cookies;
pub mod csrf;
pub mod guard;
pub mod password_messages;
pub mod viewer;

pub use viewer::Viewer;

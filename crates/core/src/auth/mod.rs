//! Identity: the domain's rules for passwords, links, throttling and the second
//! factor, and the use cases of signing in and of accounts: each counts what
//! it must before it checks, and stores its change with its audit entries in
//! one transaction.

pub use moves_domain::auth::*;

pub mod accept_invite;
pub mod account_wide;
pub mod attempt;
pub mod change_password;
pub mod choose_language;
pub mod code;
pub mod create_org;
pub mod devices;
pub mod enrol;
pub mod hashing;
pub mod invite;
pub mod one_time;
mod password_check;
pub mod reset;
pub mod second_factor;
pub mod session;
pub mod set_password;
pub mod setup;
pub mod sign_in;
pub mod sign_out;

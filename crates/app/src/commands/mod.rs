//! The commands other than `serve`, one file each.

pub mod admin;
pub mod audit;
pub mod audit_entries;
pub mod backup;
pub mod config;
pub mod digest;
pub mod framework;
pub mod keys;
pub mod migrate;
pub mod restore;
pub mod seed_demo;

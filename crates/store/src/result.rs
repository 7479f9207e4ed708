//! What a store answers: its errors, and what a write made against a known
//! version of a record did.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// A uniqueness rule was broken (an email already in use). The text names the rule.
    #[error("already exists: {0}")]
    Conflict(String),
    /// The database could not be reached or answered with an error.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// The stored data does not make sense (a value no version of us writes).
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// What a change made against a known version of a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionedWrite {
    /// Written; the record is now at the next version.
    Done,
    /// Someone changed the record since that version was read: nothing was
    /// written, so the caller can tell the person instead of overwriting.
    Stale,
    /// No such record (in that organisation).
    NotFound,
}

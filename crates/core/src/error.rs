//! What a use case answers when it cannot do what was asked.

use moves_domain::auth::AuthError;
use moves_domain::framework::adaptation::InForceError;
use moves_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// No such thing, another organisation's, or one the person may not see:
    /// all answered alike, so ids cannot be probed.
    #[error("not found")]
    NotFound,
    /// The person sees it but may not do this.
    #[error("not allowed")]
    Forbidden,
    /// The person's writes for this hour are spent.
    #[error("too many changes this hour")]
    TooManyWrites { retry_after_secs: u64 },
    /// Too many sign-in attempts (passwords, codes) for now: refused
    /// unchecked.
    #[error("too many attempts")]
    Throttled { retry_after_secs: u64 },
    /// Every turn to hash a password is taken and the queue is full: load,
    /// not a fault; try again shortly.
    #[error("busy")]
    Busy { retry_after_secs: u64 },
    /// The framework wording a record was made with cannot be given.
    #[error(transparent)]
    Wording(#[from] InForceError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The machinery itself failed (the system's random numbers, hashing).
    #[error("{0}")]
    Internal(String),
}

impl From<AuthError> for Error {
    fn from(e: AuthError) -> Self {
        Error::Internal(e.to_string())
    }
}

//! Server-side sessions. The browser holds a random token; the database holds only
//! its SHA-256, so a copy of the database cannot be used to sign in as anyone.

use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Hex SHA-256 of the cookie's token.
    pub token_hash: String,
    pub user_id: UserId,
    /// The organisation the person is working in now.
    pub org_id: Option<OrgId>,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// How far signing in got: a session whose second factor is still to come
    /// reaches only the second-factor pages (see [`crate::auth::mfa`]).
    #[serde(default)]
    pub stage: SessionStage,
}

/// How far signing in got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStage {
    /// Signed in.
    #[default]
    Full,
    /// The password was right; the second factor (or setting one up) is still
    /// to come. Counts as not signed in everywhere else.
    SecondFactorPending,
}

impl SessionStage {
    /// The stored code.
    pub const fn as_str(self) -> &'static str {
        match self {
            SessionStage::Full => "full",
            SessionStage::SecondFactorPending => "second_factor",
        }
    }

    /// Reads back a stored code. Anything unknown is read as pending, which
    /// grants the least.
    pub fn from_stored(code: &str) -> Self {
        match code {
            "full" => SessionStage::Full,
            _ => SessionStage::SecondFactorPending,
        }
    }
}

/// The stored form of a session token.
pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_round_trip_and_unknown_grants_least() {
        for stage in [SessionStage::Full, SessionStage::SecondFactorPending] {
            assert_eq!(SessionStage::from_stored(stage.as_str()), stage);
        }
        assert_eq!(
            SessionStage::from_stored("something new"),
            SessionStage::SecondFactorPending
        );
        assert_eq!(SessionStage::default(), SessionStage::Full);
    }

    #[test]
    fn token_hash_is_hex_sha256() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

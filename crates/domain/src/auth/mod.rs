//! Identity: the rules for passwords, tokens, sign-in throttling, session lifetimes
//! and the first-run setup. One idea per module; none of them touches HTTP or SQL.
//!
//! - [`password`]: what a new password must be (NIST SP 800-63B), and Argon2id
//!   hashing and verification. Hashing is slow on purpose and **blocking**: the web
//!   layer runs it on blocking threads, a few at a time, never on the async runtime.
//! - [`hash_memory`]: Argon2id's working memory, kept and used again, so hashing
//!   under load does not fragment the heap.
//! - [`token`]: random session tokens, human-typeable setup codes, per-session CSRF
//!   tokens, and constant-time comparison.
//! - [`throttle`]: the sign-in throttle: its keys and limits. The attempts
//!   themselves are counted in the database (`moves_core::auth::attempt`) so the
//!   limits hold across several server processes.
//! - [`session_policy`]: idle and absolute session timeouts.
//! - [`setup`]: the first-run rule that turns a setup form into domain values.
//! - [`one_time`]: single-use, expiring links (set a password, accept an
//!   invitation); the store uses them atomically.
//! - [`account_wide`]: who may act on a whole account (password, second factor,
//!   sessions).
//! - [`create_org`]: the rule behind `moves admin create-org`.
//! - [`invite`]: inviting people into an organisation, and taking them out.
//! - [`reset`]: an administrator resets a member's password.
//! - [`totp`]: the second factor's codes (TOTP) and single-use recovery codes.
//! - [`next`]: where signing in leads afterwards: a path on this site only.
//! - [`mfa`]: who must give a second factor, pending sessions, the
//!   organisation's setting, and new-device notices for everyone else.

pub mod account_wide;
pub mod create_org;
pub mod hash_memory;
pub mod invite;
pub mod mfa;
pub mod next;
pub mod one_time;
pub mod password;
pub mod reset;
pub mod session_policy;
pub mod setup;
pub mod throttle;
pub mod token;
pub mod totp;

use thiserror::Error;

/// A failure of the identity machinery itself (not a wrong password, which is an
/// answer, not an error).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AuthError {
    /// The operating system's random number generator failed.
    #[error("the system's random number generator failed: {0}")]
    Random(String),
    /// Argon2 refused (out of memory, or parameters it cannot use).
    #[error("password hashing failed: {0}")]
    Hashing(String),
    /// A password longer than any we accept was given to be hashed.
    #[error("the password is longer than {max} characters")]
    PasswordTooLong { max: usize },
}

/// Lowercase hex of some bytes (digests, for storage and tokens).
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Fills a buffer from the operating system's random number generator.
pub(crate) fn os_random(buf: &mut [u8]) -> Result<(), AuthError> {
    getrandom::fill(buf).map_err(|e| AuthError::Random(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lowercase_two_digits_per_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex(&[]), "");
    }

    #[test]
    fn os_random_fills_the_buffer() {
        let mut a = [0u8; 32];
        let mut b = [0u8; 32];
        os_random(&mut a).unwrap();
        os_random(&mut b).unwrap();
        assert_ne!(a, b);
    }
}

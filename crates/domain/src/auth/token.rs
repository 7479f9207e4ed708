//! Random tokens and codes, and comparing secrets without leaking them through
//! timing.
//!
//! - A **session token** ([`new_token`]) is 32 bytes from the operating system's
//!   random number generator, URL-safe base64 without padding (43 characters). The
//!   browser holds it in an `HttpOnly` cookie; the database holds only its SHA-256
//!   ([`crate::session::hash_token`]).
//! - A **setup code** ([`new_setup_code`]) is typed by a person from the server's
//!   log: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown
//!   as `XXXX-XXXX-XXXX-XXXX`. 32 symbols × 16 places = 80 bits, far beyond
//!   guessing. It is stored as the SHA-256 of its normalised form
//!   ([`setup_code_hash`]).
//! - A **CSRF token** for a signed-in session ([`csrf_token_for_session`]) is derived
//!   from the session token, so it needs no storage, changes whenever the session
//!   does (at sign-in), and cannot be computed by a page that cannot read the
//!   `HttpOnly` cookie. A domain-separation prefix keeps it different from the
//!   stored session hash.

use super::{AuthError, hex, os_random};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Bytes of randomness in a session or one-time token.
pub const TOKEN_BYTES: usize = 32;

/// The characters of a setup code: digits and capitals without 0, 1, I and O, which
/// are easily mistaken for each other. 32 of them, so each random byte maps onto
/// one without bias.
pub const SETUP_CODE_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// Characters in a setup code, not counting the dashes.
pub const SETUP_CODE_LEN: usize = 16;

const CSRF_DOMAIN: &[u8] = b"resilient-moves/csrf-for-session/v1\0";

/// A fresh token: 32 random bytes, URL-safe base64 without padding.
pub fn new_token() -> Result<String, AuthError> {
    let mut bytes = [0u8; TOKEN_BYTES];
    os_random(&mut bytes)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// A fresh setup code, grouped for reading aloud and typing: `XXXX-XXXX-XXXX-XXXX`.
pub fn new_setup_code() -> Result<String, AuthError> {
    let mut bytes = [0u8; SETUP_CODE_LEN];
    os_random(&mut bytes)?;
    let mut code = String::with_capacity(SETUP_CODE_LEN + 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(SETUP_CODE_ALPHABET[usize::from(b & 31)]));
    }
    Ok(code)
}

/// A setup code as typed (with or without dashes and spaces, in any case) in the
/// form it is compared in: the alphabet's characters only, uppercase.
pub fn normalise_setup_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether a normalised code has the shape of a setup code (the right length and
/// alphabet). Says nothing about whether it is the right code.
pub fn is_setup_code_shaped(normalised: &str) -> bool {
    normalised.len() == SETUP_CODE_LEN
        && normalised.bytes().all(|b| SETUP_CODE_ALPHABET.contains(&b))
}

/// The stored form of a setup code: hex SHA-256 of its normalised form.
pub fn setup_code_hash(input: &str) -> String {
    hex(&Sha256::digest(normalise_setup_code(input).as_bytes()))
}

/// The CSRF token for a signed-in session: hex SHA-256 of a fixed prefix and the
/// session token (the cookie's value, not its stored hash).
pub fn csrf_token_for_session(session_token: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(CSRF_DOMAIN);
    digest.update(session_token.as_bytes());
    hex(&digest.finalize())
}

/// Compares two secrets in time that depends only on their lengths, never on
/// where they first differ.
pub fn tokens_equal(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::hash_token;
    use proptest::prelude::*;
    use std::collections::HashSet;

    #[test]
    fn tokens_are_43_url_safe_characters_and_never_repeat() {
        let tokens: HashSet<String> = (0..200).map(|_| new_token().unwrap()).collect();
        assert_eq!(tokens.len(), 200);
        for t in &tokens {
            assert_eq!(t.len(), 43, "{t}");
            assert!(
                t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{t}"
            );
            assert_eq!(URL_SAFE_NO_PAD.decode(t).unwrap().len(), TOKEN_BYTES);
        }
    }

    #[test]
    fn setup_codes_are_grouped_and_unambiguous() {
        let codes: HashSet<String> = (0..200).map(|_| new_setup_code().unwrap()).collect();
        assert_eq!(codes.len(), 200);
        for code in &codes {
            assert_eq!(code.len(), 19, "{code}");
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.len(), 4, "{code}");
            assert!(groups.iter().all(|g| g.len() == 4), "{code}");
            assert!(is_setup_code_shaped(&normalise_setup_code(code)), "{code}");
            assert!(
                !code.contains(['0', '1', 'O', 'I']),
                "{code} has a look-alike"
            );
        }
        // Every character of the alphabet turns up, so none is left out by mistake.
        let seen: HashSet<char> = codes.iter().flat_map(|c| c.chars()).collect();
        assert_eq!(seen.len(), 33, "32 characters and the dash");
    }

    #[test]
    fn setup_codes_are_compared_as_typed_loosely() {
        assert_eq!(
            normalise_setup_code(" abcd-efgh jkmn\t-pqrs "),
            "ABCDEFGHJKMNPQRS"
        );
        let code = "ABCD-EFGH-JKMN-PQRS";
        assert_eq!(setup_code_hash(code), setup_code_hash("abcdefghjkmnpqrs"));
        assert_eq!(setup_code_hash(code), hash_token("ABCDEFGHJKMNPQRS"));
        assert_ne!(
            setup_code_hash(code),
            setup_code_hash("ABCD-EFGH-JKMN-PQRT")
        );
        assert!(!is_setup_code_shaped("ABCDEFGHJKMNPQR"));
        assert!(!is_setup_code_shaped("ABCDEFGHJKMNPQR0"));
        assert!(!is_setup_code_shaped("ÀBCDEFGHJKMNPQRS"));
    }

    #[test]
    fn csrf_tokens_are_per_session_and_not_the_stored_hash() {
        let session = "abc";
        let csrf = csrf_token_for_session(session);
        assert_eq!(csrf.len(), 64);
        assert_eq!(csrf, csrf_token_for_session(session), "needs no storage");
        assert_ne!(csrf, csrf_token_for_session("abd"));
        assert_ne!(
            csrf,
            hash_token(session),
            "a page showing the CSRF token does not show the session's key"
        );
    }

    #[test]
    fn comparison_is_exact() {
        assert!(tokens_equal("same", "same"));
        assert!(!tokens_equal("same", "Same"));
        assert!(!tokens_equal("same", "same "));
        assert!(!tokens_equal("", "x"));
        assert!(tokens_equal("", ""));
    }

    proptest! {
        #[test]
        fn tokens_equal_agrees_with_eq(a in "\\PC{0,20}", b in "\\PC{0,20}") {
            prop_assert_eq!(tokens_equal(&a, &b), a == b);
        }

        #[test]
        fn normalising_is_idempotent(s in "\\PC{0,40}") {
            let once = normalise_setup_code(&s);
            prop_assert_eq!(normalise_setup_code(&once), once);
        }
    }
}

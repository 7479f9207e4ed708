//! The second factor for staff: time-based one-time codes (TOTP, RFC 6238) from an
//! authenticator app, and single-use recovery codes for when the phone is lost.
//!
//! - **TOTP**: HMAC-SHA1, 6 digits, a 30-second step, and one step of skew either
//!   way (a code from the step before or after also counts), as every
//!   authenticator app expects. The secret is 20 random bytes (160 bits, as
//!   RFC 4226 recommends) from the operating system, kept as base32 (the form
//!   apps are given). [`verify`] answers with the **step** the code belongs to; the
//!   store accepts a step only if it is later than the last one used
//!   (`MfaStore::use_totp_step`), so a code can never be used twice, not even on
//!   another server.
//! - **Recovery codes**: 10 of them, each `xxxx-xxxx-xxxx` from an alphabet
//!   without look-alikes (12 characters × 5 bits = 60 bits), shown once and
//!   stored only as a SHA-256 ([`recovery_code_hash`]). A plain hash is enough
//!   here: the codes are random and long, not chosen by people, so there is no
//!   dictionary to try. Each works once.
//!
//! The maths is the `totp-rs` crate's; this module fixes its parameters and says
//! what the rest of the platform may rely on.

use super::{AuthError, hex, os_random};
use crate::clock::Timestamp;
use sha2::{Digest, Sha256};
use thiserror::Error;
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Digits in a code.
pub const DIGITS: usize = 6;
/// Seconds in one step.
pub const STEP_SECS: u64 = 30;
/// Steps either side of now whose codes are also accepted.
pub const SKEW_STEPS: u16 = 1;
/// Bytes of randomness in a secret.
pub const SECRET_BYTES: usize = 20;
/// How many recovery codes a person is given.
pub const RECOVERY_CODES: usize = 10;
/// The characters of a recovery code: digits and lowercase letters without 0, 1,
/// i and o. 32 of them, so each random byte maps onto one without bias.
pub const RECOVERY_ALPHABET: &[u8; 32] = b"23456789abcdefghjklmnpqrstuvwxyz";
/// Characters in a recovery code, not counting the dashes.
pub const RECOVERY_CODE_LEN: usize = 12;

const RECOVERY_DOMAIN: &[u8] = b"resilient-moves/recovery-code/v1\0";

/// A stored secret that is not base32 of a long enough key: no version of the
/// platform writes one.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("the stored second-factor secret is not valid")]
pub struct BadSecret;

/// A new secret: 20 random bytes, base32 without padding (32 characters).
pub fn new_secret() -> Result<String, AuthError> {
    let mut bytes = [0u8; SECRET_BYTES];
    os_random(&mut bytes)?;
    Ok(Secret::from(bytes).to_base32())
}

fn totp(secret: &str, account: &str) -> Result<Totp, BadSecret> {
    let bytes = Secret::try_from_base32(secret).map_err(|_| BadSecret)?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(STEP_SECS)
        .with_skew(SKEW_STEPS)
        .with_secret(bytes)
        .with_account_name(label_part(account))
        .with_issuer(Some(label_part(ISSUER)))
        .build()
        .map_err(|_| BadSecret)
}

/// The name authenticator apps show above the code.
pub const ISSUER: &str = "Resilient Moves";

/// A label part may not contain a colon (it separates issuer and account).
fn label_part(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c == ':' || c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        "account".to_owned()
    } else {
        trimmed.to_owned()
    }
}

fn unix_secs(now: Timestamp) -> Option<u64> {
    u64::try_from(now.as_millis().div_euclid(1000)).ok()
}

/// The step a moment falls in.
pub fn step_at(now: Timestamp) -> Option<u64> {
    unix_secs(now).map(|s| s / STEP_SECS)
}

/// Checks a typed code against a secret at `now`, allowing one step of skew
/// either way. Spaces in the code are ignored ("123 456"). Answers the step the
/// code belongs to, or `None` when it is not a current code (or the secret is
/// unusable). Whether that step was used already is for the store to say.
pub fn verify(secret: &str, code: &str, now: Timestamp) -> Option<u64> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "account").ok()?;
    totp.check(&digits, unix_secs(now)?)
}

/// The `otpauth://` address an authenticator app reads (from the QR code, or
/// pasted): issuer "Resilient Moves", the person's login as the account name.
pub fn otpauth_uri(secret: &str, account: &str) -> Result<String, BadSecret> {
    totp(secret, account)?.to_url().map_err(|_| BadSecret)
}

/// The secret in groups of four, for typing into an app by hand.
pub fn grouped(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ten new recovery codes, `xxxx-xxxx-xxxx`, to show once.
pub fn new_recovery_codes() -> Result<Vec<String>, AuthError> {
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let mut bytes = [0u8; RECOVERY_CODE_LEN];
        os_random(&mut bytes)?;
        let mut code = String::with_capacity(RECOVERY_CODE_LEN + 2);
        for (i, b) in bytes.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                code.push('-');
            }
            code.push(char::from(RECOVERY_ALPHABET[usize::from(b & 31)]));
        }
        codes.push(code);
    }
    Ok(codes)
}

/// A recovery code as typed (with or without dashes and spaces, in any case), in
/// the form it is compared in.
pub fn normalise_recovery_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a typed code has the shape of a recovery code (says nothing about
/// whether it is a right one).
pub fn is_recovery_code_shaped(input: &str) -> bool {
    let n = normalise_recovery_code(input);
    n.len() == RECOVERY_CODE_LEN && n.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))
}

/// The stored form of a recovery code: hex SHA-256 of a fixed prefix and the
/// normalised code.
pub fn recovery_code_hash(input: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(RECOVERY_DOMAIN);
    digest.update(normalise_recovery_code(input).as_bytes());
    hex(&digest.finalize())
}

/// What a person typed at the second-factor prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedCode {
    /// Six digits: a code from the app.
    Totp(String),
    /// A recovery code; its stored form.
    Recovery { hash: String },
    /// Neither.
    Malformed,
}

/// Sorts what was typed into a code from the app, a recovery code, or neither.
pub fn classify(input: &str) -> TypedCode {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == DIGITS && digits.bytes().all(|b| b.is_ascii_digit()) {
        TypedCode::Totp(digits)
    } else if is_recovery_code_shaped(input) {
        TypedCode::Recovery {
            hash: recovery_code_hash(input),
        }
    } else {
        TypedCode::Malformed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    /// RFC 6238, appendix B: the SHA-1 key is "12345678901234567890".
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_millis(secs * 1000)
    }

    fn code_at(secret: &str, secs: u64) -> String {
        totp(secret, "t").unwrap().generate(secs).to_string()
    }

    #[test]
    fn the_rfc_6238_test_vectors_hold() {
        // The RFC's 8-digit values, last six digits.
        for (secs, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            let code = &eight[2..];
            assert_eq!(code_at(RFC_SECRET, secs), code, "at {secs}");
            assert_eq!(
                verify(RFC_SECRET, code, at(secs as i64)),
                Some(secs / 30),
                "at {secs}"
            );
        }
    }

    #[test]
    fn one_step_of_skew_either_way_and_no_more() {
        let secret = new_secret().unwrap();
        let now = 1_764_000_000i64;
        let step = (now as u64) / 30;
        let this = code_at(&secret, now as u64);
        let before = code_at(&secret, now as u64 - 30);
        let after = code_at(&secret, now as u64 + 30);
        let long_ago = code_at(&secret, now as u64 - 60);
        assert_eq!(verify(&secret, &this, at(now)), Some(step));
        assert_eq!(verify(&secret, &before, at(now)), Some(step - 1));
        assert_eq!(verify(&secret, &after, at(now)), Some(step + 1));
        if long_ago != this && long_ago != before && long_ago != after {
            assert_eq!(verify(&secret, &long_ago, at(now)), None);
        }
        assert_eq!(step_at(at(now)), Some(step));
    }

    #[test]
    fn codes_are_read_loosely_but_only_digits_count() {
        let secret = RFC_SECRET;
        assert_eq!(verify(secret, "287 082", at(59)), Some(1));
        assert_eq!(verify(secret, " 287082\n", at(59)), Some(1));
        assert_eq!(verify(secret, "+87082", at(59)), None);
        assert_eq!(verify(secret, "2870820", at(59)), None);
        assert_eq!(verify(secret, "", at(59)), None);
        assert_eq!(verify(secret, "28708", at(59)), None);
        assert_eq!(verify("not base32!", "287082", at(59)), None);
        assert_eq!(verify("GEZA", "287082", at(59)), None, "too short a key");
        assert_eq!(verify(secret, "287082", Timestamp::from_millis(-5)), None);
    }

    #[test]
    fn secrets_are_fresh_base32_of_20_bytes() {
        let secrets: HashSet<String> = (0..50).map(|_| new_secret().unwrap()).collect();
        assert_eq!(secrets.len(), 50);
        for s in &secrets {
            assert_eq!(s.len(), 32, "{s}");
            assert_eq!(
                Secret::try_from_base32(s).unwrap().as_bytes().len(),
                SECRET_BYTES
            );
        }
        assert_eq!(
            grouped("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"
        );
    }

    #[test]
    fn the_otpauth_uri_names_issuer_and_account() {
        let uri = otpauth_uri(RFC_SECRET, "sam@example.org").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Resilient%20Moves:sam%40example.org?"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={RFC_SECRET}")), "{uri}");
        assert!(uri.contains("issuer=Resilient%20Moves"), "{uri}");
        // Defaults (SHA1, 6 digits, 30 s) are left out, as apps expect.
        assert!(
            !uri.contains("algorithm=") && !uri.contains("period="),
            "{uri}"
        );
        let parsed = Totp::from_url(&uri).unwrap();
        assert_eq!(parsed.generate(59).to_string(), "287082");
        // A colon in a username cannot break the label.
        let odd = otpauth_uri(RFC_SECRET, "kai:r").unwrap();
        assert!(odd.contains("kai%20r"), "{odd}");
        assert!(otpauth_uri("!!", "x").is_err());
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_typeable() {
        let codes = new_recovery_codes().unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let distinct: HashSet<&String> = codes.iter().collect();
        assert_eq!(distinct.len(), RECOVERY_CODES);
        for c in &codes {
            assert_eq!(c.len(), 14, "{c}");
            assert_eq!(c.split('-').count(), 3, "{c}");
            assert!(is_recovery_code_shaped(c), "{c}");
            assert!(!c.contains(['0', '1', 'i', 'o']), "{c}");
            assert_eq!(
                classify(c),
                TypedCode::Recovery {
                    hash: recovery_code_hash(c)
                }
            );
        }
    }

    #[test]
    fn recovery_codes_are_compared_as_typed_loosely() {
        let code = "abcd-efgh-jkmn";
        assert_eq!(
            recovery_code_hash(code),
            recovery_code_hash(" ABCD EFGH-jkmn ")
        );
        assert_ne!(
            recovery_code_hash(code),
            recovery_code_hash("abcd-efgh-jkmp")
        );
        assert_eq!(recovery_code_hash(code).len(), 64);
        assert!(!is_recovery_code_shaped("abcd-efgh-jkm"));
        assert!(!is_recovery_code_shaped("abcd-efgh-jkm0"));
        assert_eq!(classify("123 456"), TypedCode::Totp("123456".into()));
        assert_eq!(classify("12345"), TypedCode::Malformed);
        assert_eq!(classify("hello"), TypedCode::Malformed);
    }

    proptest! {
        #[test]
        fn a_fresh_code_is_always_accepted_in_its_own_step(offset in 0i64..30, base in 1_700_000_000i64..1_900_000_000) {
            let secret = RFC_SECRET;
            let start = base - base % 30;
            let code = code_at(secret, start as u64);
            let step = (start / 30) as u64;
            prop_assert_eq!(verify(secret, &code, at(start + offset)), Some(step));
        }

        #[test]
        fn classify_never_panics(s in "\\PC{0,40}") {
            let _ = classify(&s);
            let _ = verify(RFC_SECRET, &s, at(1_764_000_000));
        }
    }
}

//! Passwords: what a new one must be, and how they are hashed and checked.
//!
//! The rules follow NIST SP 800-63B (and issue 3): at least 8 characters and at
//! most 256, counted as Unicode characters rather than bytes; no composition rules
//! (no "one digit and one symbol"); refused if it is one of the passwords most often
//! found in breaches, or the person's own email address or username. Paste and
//! password managers are welcome, so long passphrases are easy.
//!
//! Passwords are Unicode-normalised (NFKC, as SP 800-63B recommends) before they
//! are hashed or compared, so the same password typed on two devices that compose
//! accented letters differently still matches.
//!
//! Hashing is Argon2id with the OWASP parameters (19 MiB of memory, 2 passes, 1
//! lane), stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`)
//! with a fresh 16-byte salt from the operating system.
//!
//! **[`hash_password`], [`verify_password`], [`verify_against_dummy`] and
//! [`NewPassword::hash`] are deliberately slow (tens of milliseconds, 19 MiB each)
//! and block the thread.** The web layer runs them on blocking threads, never
//! directly on the async runtime, and only a few at a time (one per core, behind
//! a short queue: `moves_core::auth::hashing`), so a crowd signing in at once cannot
//! take all the memory.
//!
//! The list of common passwords (`crates/core/data/common-passwords.txt`, one per
//! line, lowercase, no comments) was written out by hand from the top entries of
//! widely published breach lists (the "most common passwords" lists compiled from
//! the RockYou, LinkedIn and Adobe breaches, SecLists' top 1000, the NCSC's top
//! 100,000) and their obvious variants (`password1`, `qwerty123`, `welcome2024`).
//! It was not copied from one source, so check it against a current list when it is
//! next updated. Entries shorter than 8 characters are kept: they are refused for
//! length anyway, and keeping them makes the list easy to compare with its sources.

use super::AuthError;
use super::hash_memory::HashMemory;
use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;
use subtle::ConstantTimeEq;
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

/// The shortest password accepted, in characters.
pub const PASSWORD_MIN_CHARS: usize = 8;
/// The longest password accepted, in characters. Anything longer is refused before
/// any hashing, so a 1 MB "password" costs almost nothing to turn away.
pub const PASSWORD_MAX_CHARS: usize = 256;

/// Argon2id memory cost in KiB (OWASP: 19 MiB).
pub const ARGON2_MEMORY_KIB: u32 = 19_456;
/// Argon2id passes over memory (OWASP: 2).
pub const ARGON2_ITERATIONS: u32 = 2;
/// Argon2id lanes (OWASP: 1).
pub const ARGON2_PARALLELISM: u32 = 1;

/// Why a new password was refused. The messages are plain English; the web layer
/// may translate them by variant.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PasswordProblem {
    #[error("must be at least {min} characters long")]
    TooShort { min: usize },
    #[error("must be {max} characters or fewer")]
    TooLong { max: usize },
    #[error(
        "is one of the passwords most often guessed; choose another (a few unrelated words work well)"
    )]
    Common,
    #[error("must not be your email address or username")]
    SameAsLogin,
}

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
});

/// The form a password is hashed and compared in.
fn normalise(pw: &str) -> String {
    pw.nfkc().collect()
}

/// Whether a password is longer than any we accept, without reading all of a
/// huge input: a character is at most 4 bytes, so more than 1024 bytes is always
/// too long, and otherwise counting stops at the first character past the limit.
fn too_long(pw: &str) -> bool {
    pw.len() > PASSWORD_MAX_CHARS * 4 || pw.chars().nth(PASSWORD_MAX_CHARS).is_some()
}

/// Whether a password is one of the shipped common passwords, without regard to case.
pub fn is_common_password(pw: &str) -> bool {
    !too_long(pw) && COMMON_PASSWORDS.contains(normalise(pw).to_lowercase().as_str())
}

/// Checks a password someone has chosen. `login` is the person's email address or
/// username, if known: a password equal to it (or to the part of an email address
/// before the `@`) is refused. The length is checked first, so an enormous input
/// is refused at once.
pub fn check_new_password(pw: &str, login: Option<&str>) -> Result<(), PasswordProblem> {
    if too_long(pw) {
        return Err(PasswordProblem::TooLong {
            max: PASSWORD_MAX_CHARS,
        });
    }
    if pw.chars().count() < PASSWORD_MIN_CHARS {
        return Err(PasswordProblem::TooShort {
            min: PASSWORD_MIN_CHARS,
        });
    }
    let folded = normalise(pw).to_lowercase();
    if COMMON_PASSWORDS.contains(folded.as_str()) {
        return Err(PasswordProblem::Common);
    }
    if let Some(login) = login {
        let login = normalise(login.trim()).to_lowercase();
        let local_part = login.rsplit_once('@').map(|(local, _)| local);
        if !login.is_empty() && (folded == login || Some(folded.as_str()) == local_part) {
            return Err(PasswordProblem::SameAsLogin);
        }
    }
    Ok(())
}

/// A password that has passed [`check_new_password`]: the only thing that can be
/// hashed into a person's record. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(pw: &str, login: Option<&str>) -> Result<Self, PasswordProblem> {
        check_new_password(pw, login)?;
        Ok(Self(pw.to_owned()))
    }

    /// The PHC string to store. Blocking: call it in `spawn_blocking`.
    pub fn hash(&self) -> Result<String, AuthError> {
        hash_password(&self.0)
    }

    /// The same, hashed in `memory` (kept by the caller, see [`HashMemory`]).
    pub fn hash_with(&self, memory: &mut HashMemory) -> Result<String, AuthError> {
        hash_password_with(&self.0, memory)
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// Today's Argon2id parameters.
pub(super) fn current_params() -> Result<Params, AuthError> {
    Params::new(
        ARGON2_MEMORY_KIB,
        ARGON2_ITERATIONS,
        ARGON2_PARALLELISM,
        None,
    )
    .map_err(|e| AuthError::Hashing(e.to_string()))
}

/// Hashes a password with Argon2id and a fresh random salt, as a PHC string.
/// Call [`check_new_password`] first (or use [`NewPassword`]). Blocking: call it
/// in `spawn_blocking`.
pub fn hash_password(pw: &str) -> Result<String, AuthError> {
    hash_password_with(pw, &mut HashMemory::none())
}

/// [`hash_password`], in `memory`.
pub fn hash_password_with(pw: &str, memory: &mut HashMemory) -> Result<String, AuthError> {
    if too_long(pw) {
        return Err(AuthError::PasswordTooLong {
            max: PASSWORD_MAX_CHARS,
        });
    }
    let hashing = |e: &dyn fmt::Display| AuthError::Hashing(e.to_string());
    let mut salt = [0u8; 16];
    super::os_random(&mut salt)?;
    let params = current_params()?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    let mut spare = Vec::new();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(
            normalise(pw).as_bytes(),
            &salt,
            &mut out,
            memory.blocks(params.block_count(), &mut spare),
        )
        .map_err(|e| hashing(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| hashing(&e))?,
        salt: Some(Salt::new(&salt).map_err(|e| hashing(&e))?),
        hash: Some(Output::new(&out).map_err(|e| hashing(&e))?),
    };
    Ok(phc.to_string())
}

/// Whether a password matches a stored PHC string. False for a malformed hash and
/// for a password longer than any we accept (no stored password can be). The
/// hash's own parameters are used, so hashes made with older parameters still
/// verify (see [`needs_rehash`]). Blocking: call it in `spawn_blocking`.
pub fn verify_password(pw: &str, phc: &str) -> bool {
    verify_password_with(pw, phc, &mut HashMemory::none())
}

/// [`verify_password`], in `memory`.
pub fn verify_password_with(pw: &str, phc: &str, memory: &mut HashMemory) -> bool {
    if too_long(pw) {
        return false;
    }
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&parsed.salt, &parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm.as_str()) else {
        return false;
    };
    let Ok(version) = parsed.version.map_or(Ok(Version::V0x13), Version::try_from) else {
        return false;
    };
    // The parameters stored with the hash, its length included.
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut buffer = [0u8; Output::MAX_LENGTH];
    let Some(out) = buffer.get_mut(..expected.len()) else {
        return false;
    };
    let mut spare = Vec::new();
    let blocks = memory.blocks(params.block_count(), &mut spare);
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(normalise(pw).as_bytes(), salt.as_ref(), out, blocks)
        .is_ok()
        && bool::from(out.ct_eq(expected.as_bytes()))
}

/// A hash made with the current parameters from a password nobody has: verifying
/// against it costs the same as verifying a real one.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$mdHIGT/i8B70JxCF4EUaKQ$Aa8AMnuLY2Kz6z6+wdsmN9Pe77LsToITGCo5yJli0Wo";

/// Spends the time [`verify_password`] would, for a sign-in naming no account (or
/// an account without a password), so the time taken does not reveal which
/// accounts exist. Always false. Blocking: call it in `spawn_blocking`.
pub fn verify_against_dummy(pw: &str) -> bool {
    verify_against_dummy_with(pw, &mut HashMemory::none())
}

/// [`verify_against_dummy`], in `memory`.
pub fn verify_against_dummy_with(pw: &str, memory: &mut HashMemory) -> bool {
    let _ = verify_password_with(pw, DUMMY_HASH, memory);
    false
}

/// Whether a stored hash was made with other parameters than today's, so it should
/// be replaced (after the next successful sign-in, while the password is at hand).
pub fn needs_rehash(phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return true;
    };
    let Ok(current) = current_params() else {
        return false;
    };
    let Ok(stored) = Params::try_from(&parsed) else {
        return true;
    };
    parsed.algorithm.as_str() != Algorithm::Argon2id.as_str()
        || parsed.version != Some(Version::V0x13 as u32)
        || stored.m_cost() != current.m_cost()
        || stored.t_cost() != current.t_cost()
        || stored.p_cost() != current.p_cost()
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::{PasswordHasher, PasswordVerifier};
    use proptest::prelude::*;
    use std::time::Instant;

    #[test]
    fn length_is_counted_in_characters() {
        assert_eq!(
            check_new_password("kestrel", None),
            Err(PasswordProblem::TooShort { min: 8 })
        );
        assert_eq!(check_new_password("kestrels", None), Ok(()));
        // Eight characters, sixteen bytes: long enough.
        assert_eq!(check_new_password("ζωήζωήζω", None), Ok(()));
        // Four emoji are 16 bytes but only 4 characters: too short.
        assert_eq!(
            check_new_password("🌱🌱🌱🌱", None),
            Err(PasswordProblem::TooShort { min: 8 })
        );
        let longest = "é".repeat(PASSWORD_MAX_CHARS);
        assert_eq!(check_new_password(&longest, None), Ok(()));
        assert_eq!(
            check_new_password(&format!("{longest}x"), None),
            Err(PasswordProblem::TooLong { max: 256 })
        );
    }

    #[test]
    fn no_composition_rules() {
        for pw in [
            "correct horse battery staple",
            "alllowercaseletters",
            "a long sentence with spaces",
            "Зелёный кот спит",
        ] {
            assert_eq!(check_new_password(pw, None), Ok(()), "{pw}");
        }
    }

    #[test]
    fn a_megabyte_password_is_refused_before_any_hashing() {
        let started = Instant::now();
        let phc = hash_password("vivid otter canal").unwrap();
        let one_hash = started.elapsed();

        let huge = "a".repeat(1024 * 1024);
        let started = Instant::now();
        assert_eq!(
            check_new_password(&huge, None),
            Err(PasswordProblem::TooLong { max: 256 })
        );
        assert_eq!(
            hash_password(&huge),
            Err(AuthError::PasswordTooLong { max: 256 })
        );
        assert!(!verify_password(&huge, &phc));
        assert!(!verify_against_dummy(&huge));
        // No Argon2 run took place: all four together are far quicker than one hash.
        let refusals = started.elapsed();
        assert!(refusals * 4 < one_hash, "{refusals:?} against {one_hash:?}");
    }

    #[test]
    fn common_passwords_are_refused_without_regard_to_case() {
        for pw in [
            "password",
            "Password1",
            "PASSWORD123",
            "12345678",
            "qwerty123",
            "iloveyou",
            "football",
            "LetMeIn123",
            "trustno1",
            "1qaz2wsx",
        ] {
            assert_eq!(
                check_new_password(pw, None),
                Err(PasswordProblem::Common),
                "{pw}"
            );
            assert!(is_common_password(pw));
        }
        assert!(is_common_password("letmein"));
        assert!(!is_common_password("vivid otter canal"));
    }

    #[test]
    fn the_shipped_list_is_large_lowercase_and_clean() {
        let raw = include_str!("../../data/common-passwords.txt");
        let lines: Vec<&str> = raw.lines().collect();
        assert!(lines.len() >= 500, "{} entries", lines.len());
        assert_eq!(COMMON_PASSWORDS.len(), lines.len(), "no duplicates");
        for line in &lines {
            assert!(!line.is_empty());
            assert_eq!(line.trim(), *line, "{line:?} has spaces around it");
            assert_eq!(line.to_lowercase(), *line, "{line:?} is not lowercase");
        }
        let long_enough = lines.iter().filter(|l| l.chars().count() >= 8).count();
        assert!(
            long_enough >= 400,
            "{long_enough} entries are 8+ characters"
        );
        for must in [
            "password",
            "123456",
            "qwerty",
            "iloveyou",
            "letmein",
            "football",
            "password1",
            "12345678",
            "qwerty123",
        ] {
            assert!(COMMON_PASSWORDS.contains(must), "{must}");
        }
    }

    #[test]
    fn the_persons_own_login_is_refused() {
        let email = Some("Sam.Jones@Example.org");
        assert_eq!(
            check_new_password("sam.jones@example.org", email),
            Err(PasswordProblem::SameAsLogin)
        );
        assert_eq!(
            check_new_password("SAM.JONES", email),
            Err(PasswordProblem::SameAsLogin)
        );
        assert_eq!(
            check_new_password("riverdancer", Some(" RiverDancer ")),
            Err(PasswordProblem::SameAsLogin)
        );
        assert_eq!(check_new_password("sam.jones.garden", email), Ok(()));
        assert_eq!(check_new_password("sam.jones@example.org", None), Ok(()));
        assert_eq!(check_new_password("anything goes", Some("")), Ok(()));
    }

    #[test]
    fn new_password_hides_itself() {
        let pw = NewPassword::parse("vivid otter canal", None).unwrap();
        assert_eq!(format!("{pw:?}"), "NewPassword(..)");
        assert_eq!(
            NewPassword::parse("password", None),
            Err(PasswordProblem::Common)
        );
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let phc = NewPassword::parse("vivid otter canal", None)
            .unwrap()
            .hash()
            .unwrap();
        assert!(phc.contains("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify_password("vivid otter canal", &phc));
        assert!(!verify_password("vivid otter canaL", &phc));
        assert!(!verify_password("", &phc));
        assert!(!needs_rehash(&phc));
        // A fresh salt every time.
        assert_ne!(hash_password("vivid otter canal").unwrap(), phc);
    }

    #[test]
    fn the_same_password_composed_differently_still_matches() {
        // "é" as one character, and as "e" followed by a combining accent.
        let phc = hash_password("caf\u{e9} au lait").unwrap();
        assert!(verify_password("cafe\u{301} au lait", &phc));
    }

    #[test]
    fn malformed_hashes_never_verify() {
        for bad in [
            "",
            "not a hash",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            "$2b$12$abcdefghijklmnopqrstuu",
        ] {
            assert!(!verify_password("vivid otter canal", bad), "{bad}");
            assert!(needs_rehash(bad), "{bad}");
        }
    }

    #[test]
    fn the_dummy_costs_what_a_real_verification_costs() {
        assert!(
            !needs_rehash(DUMMY_HASH),
            "the dummy uses today's parameters"
        );
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        let phc = hash_password("vivid otter canal").unwrap();
        // Warm up, then time a few of each.
        verify_password("warm", &phc);
        verify_against_dummy("warm");
        // Interleaved, keeping the quickest of each, so other tests running at
        // the same time skew neither side. The band is wide: this catches a dummy
        // that skips the work, not a few per cent.
        let timed = |f: &dyn Fn()| {
            let started = Instant::now();
            f();
            started.elapsed().as_secs_f64()
        };
        let (mut real, mut dummy) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..5 {
            real = real.min(timed(&|| {
                verify_password("wrong guess", &phc);
            }));
            dummy = dummy.min(timed(&|| {
                verify_against_dummy("wrong guess");
            }));
        }
        let ratio = real / dummy;
        assert!((0.33..3.0).contains(&ratio), "real {real}s, dummy {dummy}s");
        assert!(!verify_against_dummy("vivid otter canal"));
    }

    #[test]
    fn kept_memory_hashes_and_verifies_as_argon2_itself_does() {
        let mut memory = HashMemory::new().unwrap();
        let ours = hash_password_with("vivid otter canal", &mut memory).unwrap();
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        // The crate's own verifier agrees with what was hashed in kept memory...
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"vivid otter canal", &parsed)
                .is_ok()
        );
        // ...and the same memory, used again and again, checks both ways.
        let theirs = Argon2::default()
            .hash_password_with_salt(b"vivid otter canal", b"0123456789abcdef")
            .unwrap()
            .to_string();
        for _ in 0..3 {
            assert!(verify_password_with(
                "vivid otter canal",
                &ours,
                &mut memory
            ));
            assert!(verify_password_with(
                "vivid otter canal",
                &theirs,
                &mut memory
            ));
            assert!(!verify_password_with(
                "vivid otter canaL",
                &ours,
                &mut memory
            ));
            assert!(!verify_against_dummy_with("vivid otter canal", &mut memory));
        }
        // A hash with more memory than today's is checked with a one-off, and
        // the kept memory stays its size.
        let bigger = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(32 * 1024, 1, 1, None).unwrap(),
        )
        .hash_password_with_salt(b"vivid otter canal", b"0123456789abcdef")
        .unwrap()
        .to_string();
        assert!(verify_password_with(
            "vivid otter canal",
            &bigger,
            &mut memory
        ));
        assert_eq!(format!("{memory:?}"), "HashMemory(19456 blocks)");
    }

    #[test]
    fn older_parameters_need_a_rehash() {
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8, 1, 1, None).unwrap(),
        )
        .hash_password_with_salt(b"vivid otter canal", b"0123456789abcdef")
        .unwrap()
        .to_string();
        assert!(verify_password("vivid otter canal", &weak));
        assert!(needs_rehash(&weak));
    }

    proptest! {
        #[test]
        fn the_check_never_panics_and_agrees_with_the_length_rule(pw in "\\PC{0,300}") {
            let chars = pw.chars().count();
            match check_new_password(&pw, Some("sam@example.org")) {
                Err(PasswordProblem::TooShort { .. }) => prop_assert!(chars < PASSWORD_MIN_CHARS),
                Err(PasswordProblem::TooLong { .. }) => prop_assert!(chars > PASSWORD_MAX_CHARS),
                _ => prop_assert!((PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&chars)),
            }
        }

        #[test]
        fn case_never_makes_a_common_password_acceptable(
            index in 0usize..1000,
            flips in proptest::collection::vec(any::<bool>(), 0..40),
        ) {
            let mut list: Vec<&str> = COMMON_PASSWORDS
                .iter()
                .copied()
                .filter(|p| p.chars().count() >= 8)
                .collect();
            list.sort_unstable();
            let base = list[index % list.len()];
            let varied: String = base
                .chars()
                .zip(flips.iter().copied().chain(std::iter::repeat(false)))
                .map(|(c, up)| if up { c.to_uppercase().next().unwrap_or(c) } else { c })
                .collect();
            prop_assert_eq!(check_new_password(&varied, None), Err(PasswordProblem::Common));
        }
    }
}

//! The installation's keys: kept outside the database (a key file in the data
//! directory by default, or from the environment), so a copy of the database
//! alone opens nothing. Every key has an id, and what it protects records
//! which key did it, so keys can be rotated: a new key is added, then made
//! the active one; the old ones stay to read what they protected.
//!
//! A key is never used directly: each purpose (second-factor secrets, the
//! audit chain, form tokens, kept forms) gets its own key derived from it
//! with HKDF-SHA256, so one purpose's key tells nothing of another's.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::fmt;
use thiserror::Error;

const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 12;

/// What a derived key is for. Each gets its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Authenticator (TOTP) secrets, sealed at rest.
    SecondFactor,
    /// The keyed hash that chains each organisation's audit log.
    AuditChain,
    /// Signing the forms' tokens before sign-in.
    FormTokens,
    /// Sealing forms kept after a session ended.
    KeptForms,
    /// Telling whether a keyring is the one a database was written with.
    KeyringCheck,
}

impl Purpose {
    const fn label(self) -> &'static [u8] {
        match self {
            Purpose::SecondFactor => b"resilient-moves second factor v1",
            Purpose::AuditChain => b"resilient-moves audit chain v1",
            Purpose::FormTokens => b"resilient-moves form tokens v1",
            Purpose::KeptForms => b"resilient-moves kept forms v1",
            Purpose::KeyringCheck => b"resilient-moves keyring check v1",
        }
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("the keys file is not valid: {0}")]
    File(String),
    #[error("the keys file names {0:?} as active, but has no key with that id")]
    NoActiveKey(String),
    #[error("no key with id {0:?}")]
    UnknownKey(String),
    #[error("two keys have the id {0:?}")]
    DuplicateId(String),
    #[error("something sealed with key {0:?} cannot be opened: that key is not in the keys file")]
    MissingKey(String),
    #[error("something sealed could not be opened: it was changed, or sealed for something else")]
    Opening,
    #[error("the system's random number generator failed: {0}")]
    Random(String),
}

/// One key. Its secret never appears in `Debug` output or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct InstallationKey {
    pub id: String,
    secret: [u8; KEY_BYTES],
}

impl fmt::Debug for InstallationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InstallationKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl InstallationKey {
    fn derive(&self, purpose: Purpose) -> [u8; KEY_BYTES] {
        let mut out = [0u8; KEY_BYTES];
        // A 32-byte output is always within HKDF-SHA256's limit.
        if Hkdf::<Sha256>::new(None, &self.secret)
            .expand(purpose.label(), &mut out)
            .is_err()
        {
            out = [0u8; KEY_BYTES];
        }
        out
    }
}

/// The installation's keys, one of them active (used for everything new).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyring {
    keys: Vec<InstallationKey>,
    active: String,
}

/// The file's form.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyringFile {
    active: String,
    #[serde(rename = "key")]
    keys: Vec<KeyFile>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    id: String,
    secret: String,
}

fn random(buf: &mut [u8]) -> Result<(), KeyError> {
    getrandom::fill(buf).map_err(|e| KeyError::Random(e.to_string()))
}

fn new_key() -> Result<InstallationKey, KeyError> {
    let mut secret = [0u8; KEY_BYTES];
    random(&mut secret)?;
    let mut tag = [0u8; 4];
    random(&mut tag)?;
    let id = format!("k{}", crate::auth::hex(&tag));
    Ok(InstallationKey { id, secret })
}

impl Keyring {
    /// A new keyring of one fresh key.
    pub fn generate() -> Result<Self, KeyError> {
        let key = new_key()?;
        Ok(Self {
            active: key.id.clone(),
            keys: vec![key],
        })
    }

    /// A keyring that lives only as long as the process: for tests, and for a
    /// store opened without one. Never for an installation's data.
    pub fn ephemeral() -> Self {
        // Two random UUIDs give 244 random bits without a fallible call.
        let mut secret = [0u8; KEY_BYTES];
        secret[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        secret[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        let id = format!("e{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        Self {
            active: id.clone(),
            keys: vec![InstallationKey { id, secret }],
        }
    }

    /// Reads a keys file (TOML: `active = "id"` and `[[key]]` tables of
    /// `id` and `secret`, the secret in base64).
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let file: KeyringFile =
            toml::from_str(text).map_err(|e| KeyError::File(e.message().to_owned()))?;
        let mut keys: Vec<InstallationKey> = Vec::with_capacity(file.keys.len());
        for k in file.keys {
            if k.id.is_empty() || !k.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(KeyError::File(format!(
                    "the key id {:?} is not letters, digits and '-'",
                    k.id
                )));
            }
            if keys.iter().any(|e| e.id == k.id) {
                return Err(KeyError::DuplicateId(k.id));
            }
            let bytes = STANDARD.decode(k.secret.trim()).map_err(|_| {
                KeyError::File(format!("the secret of key {:?} is not base64", k.id))
            })?;
            let secret: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| {
                KeyError::File(format!(
                    "the secret of key {:?} is not {KEY_BYTES} bytes",
                    k.id
                ))
            })?;
            keys.push(InstallationKey { id: k.id, secret });
        }
        if !keys.iter().any(|k| k.id == file.active) {
            return Err(KeyError::NoActiveKey(file.active));
        }
        Ok(Self {
            keys,
            active: file.active,
        })
    }

    /// The keys file's text.
    pub fn to_file(&self) -> String {
        let file = KeyringFile {
            active: self.active.clone(),
            keys: self
                .keys
                .iter()
                .map(|k| KeyFile {
                    id: k.id.clone(),
                    secret: STANDARD.encode(k.secret),
                })
                .collect(),
        };
        let body = toml::to_string(&file).unwrap_or_default();
        format!(
            "# Resilient Moves installation keys. Keep this file secret and back it up\n\
             # with the database: without it, second factors and the audit chain cannot\n\
             # be read. See docs/security.md.\n{body}"
        )
    }

    pub fn active(&self) -> &InstallationKey {
        // `parse` and the constructors make sure the active key is there.
        self.keys
            .iter()
            .find(|k| k.id == self.active)
            .unwrap_or(&self.keys[0])
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|k| k.id.as_str())
    }

    fn key(&self, id: &str) -> Result<&InstallationKey, KeyError> {
        self.keys
            .iter()
            .find(|k| k.id == id)
            .ok_or_else(|| KeyError::MissingKey(id.to_owned()))
    }

    /// Adds a fresh key, not yet active (the first step of a rotation: every
    /// server gets the new file, then [`Keyring::activate`]). Its id.
    pub fn add_key(&mut self) -> Result<String, KeyError> {
        let key = new_key()?;
        let id = key.id.clone();
        self.keys.push(key);
        Ok(id)
    }

    /// Makes the key `id` the one used for everything new.
    pub fn activate(&mut self, id: &str) -> Result<(), KeyError> {
        if !self.keys.iter().any(|k| k.id == id) {
            return Err(KeyError::UnknownKey(id.to_owned()));
        }
        self.active = id.to_owned();
        Ok(())
    }

    /// The active key's derived key for `purpose`.
    pub fn derived(&self, purpose: Purpose) -> [u8; KEY_BYTES] {
        self.active().derive(purpose)
    }

    /// Seals `plain` for `purpose` with the active key, bound to `context`
    /// (which must be given again to open it): `<key id>:<base64 of nonce and
    /// ciphertext>`.
    pub fn seal(&self, purpose: Purpose, plain: &[u8], context: &[u8]) -> Result<String, KeyError> {
        let key = self.active();
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key.derive(purpose)));
        let mut nonce = [0u8; NONCE_BYTES];
        random(&mut nonce)?;
        let sealed = cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: context,
                },
            )
            .map_err(|_| KeyError::Opening)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!("{}:{}", key.id, STANDARD.encode(out)))
    }

    /// Whether `stored` is something [`Keyring::seal`] made (rather than a
    /// value from before sealing began).
    pub fn is_sealed(stored: &str) -> bool {
        stored
            .split_once(':')
            .is_some_and(|(id, rest)| !id.is_empty() && rest.len() > NONCE_BYTES)
    }

    /// Opens what [`Keyring::seal`] made, with whichever key sealed it.
    pub fn open(
        &self,
        purpose: Purpose,
        stored: &str,
        context: &[u8],
    ) -> Result<Vec<u8>, KeyError> {
        let (id, body) = stored.split_once(':').ok_or(KeyError::Opening)?;
        let key = self.key(id)?;
        let bytes = STANDARD.decode(body).map_err(|_| KeyError::Opening)?;
        if bytes.len() < NONCE_BYTES {
            return Err(KeyError::Opening);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        ChaCha20Poly1305::new(Key::from_slice(&key.derive(purpose)))
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: context,
                },
            )
            .map_err(|_| KeyError::Opening)
    }

    /// The keyed hash of `data` for `purpose` with the key `id` (hex).
    pub fn mac(&self, id: &str, purpose: Purpose, data: &[u8]) -> Result<String, KeyError> {
        let key = self.key(id)?;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key.derive(purpose))
            .map_err(|_| KeyError::Opening)?;
        mac.update(data);
        Ok(crate::auth::hex(&mac.finalize().into_bytes()))
    }

    /// What a database records to recognise this keyring later: the active
    /// key's id and a keyed hash of a fixed text (not the key).
    pub fn check_value(&self) -> String {
        let id = &self.active().id;
        let mac = self
            .mac(id, Purpose::KeyringCheck, b"resilient moves")
            .unwrap_or_default();
        format!("{id}:{mac}")
    }

    /// Whether this keyring holds the key a database recorded with
    /// [`Keyring::check_value`]: the same id and the same secret.
    pub fn recognises(&self, recorded: &str) -> bool {
        let Some((id, mac)) = recorded.split_once(':') else {
            return false;
        };
        self.mac(id, Purpose::KeyringCheck, b"resilient moves")
            .is_ok_and(|m| crate::auth::token::tokens_equal(&m, mac))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyring_goes_through_its_file_and_never_shows_a_secret() {
        let ring = Keyring::generate().unwrap();
        let text = ring.to_file();
        assert_eq!(Keyring::parse(&text).unwrap(), ring);
        let shown = format!("{ring:?}");
        let secret = STANDARD.encode(ring.active().secret);
        assert!(!shown.contains(&secret), "{shown}");
        assert!(text.contains(&secret));
    }

    #[test]
    fn bad_files_are_refused_plainly() {
        for (text, want) in [
            (
                "active = \"a\"\n[[key]]\nid = \"b\"\nsecret = \"AAAA\"",
                "not 32 bytes",
            ),
            ("active = \"a\"", "missing field"),
            (
                "active = \"a\"\n[[key]]\nid = \"a\"\nsecret = \"!!\"",
                "not base64",
            ),
            (
                "active = \"z\"\n[[key]]\nid = \"a\"\nsecret = \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"",
                "no key with that id",
            ),
            (
                "active = \"a\"\nsurprise = 1\n[[key]]\nid = \"a\"\nsecret = \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"",
                "unknown field",
            ),
        ] {
            let e = Keyring::parse(text).unwrap_err().to_string();
            assert!(e.contains(want), "{e} for {text}");
        }
    }

    #[test]
    fn sealed_values_open_only_with_their_key_purpose_and_context() {
        let mut ring = Keyring::generate().unwrap();
        let sealed = ring
            .seal(Purpose::SecondFactor, b"JBSWY3DPEHPK3PXP", b"user-1")
            .unwrap();
        assert!(Keyring::is_sealed(&sealed));
        assert!(!Keyring::is_sealed("JBSWY3DPEHPK3PXP"));
        assert_eq!(
            ring.open(Purpose::SecondFactor, &sealed, b"user-1")
                .unwrap(),
            b"JBSWY3DPEHPK3PXP"
        );
        assert_eq!(
            ring.open(Purpose::SecondFactor, &sealed, b"user-2"),
            Err(KeyError::Opening),
            "bound to its person"
        );
        assert_eq!(
            ring.open(Purpose::KeptForms, &sealed, b"user-1"),
            Err(KeyError::Opening),
            "bound to its purpose"
        );
        // Rotated: the old key still opens what it sealed; new seals use the new key.
        let old = ring.active().id.clone();
        let new = ring.add_key().unwrap();
        assert_eq!(ring.active().id, old, "added, not yet active");
        ring.activate(&new).unwrap();
        assert!(ring.open(Purpose::SecondFactor, &sealed, b"user-1").is_ok());
        let again = ring.seal(Purpose::SecondFactor, b"x", b"u").unwrap();
        assert!(again.starts_with(&format!("{new}:")));
        // Without the old key, it is said plainly.
        let other = Keyring::generate().unwrap();
        assert_eq!(
            other.open(Purpose::SecondFactor, &sealed, b"user-1"),
            Err(KeyError::MissingKey(old))
        );
    }

    #[test]
    fn a_keyring_recognises_the_check_value_of_its_own_keys_only() {
        let mut ring = Keyring::generate().unwrap();
        let recorded = ring.check_value();
        assert!(ring.recognises(&recorded));
        let new = ring.add_key().unwrap();
        ring.activate(&new).unwrap();
        assert!(ring.recognises(&recorded), "after a rotation, still");
        assert!(!Keyring::generate().unwrap().recognises(&recorded));
        assert!(!ring.recognises("nonsense"));
        let macs: Vec<String> = [Purpose::AuditChain, Purpose::FormTokens]
            .into_iter()
            .map(|p| ring.mac(&new, p, b"same data").unwrap())
            .collect();
        assert_ne!(macs[0], macs[1], "each purpose its own key");
    }
}

//! Never lose a word to a timeout. A form sent after the sender's session ended
//! is kept, sealed, for a short time and bound to that person; after they sign in
//! again they see it and send it once more. The kept copy can be taken once.
//!
//! Sealed with ChaCha20-Poly1305 under an installation secret; the person's id
//! and the form's address are bound in as associated data, so a kept form can
//! only ever be opened for the person who wrote it, for the page it was meant for.

use crate::clock::Timestamp;
use crate::ids::{KeptFormId, UserId};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sha2::{Digest, Sha256};
use thiserror::Error;

/// How long a kept form waits for its writer to sign in again.
pub const KEEP_FOR_SECS: i64 = 60 * 60;
/// Larger forms are not kept (the body limit is far below this anyway).
pub const KEEP_MAX_BYTES: usize = 512 * 1024;
const NONCE_LEN: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptForm {
    pub id: KeptFormId,
    pub user_id: UserId,
    /// Where the form was sent (a path on this site).
    pub path: String,
    /// Nonce followed by the ciphertext of the form's body.
    pub sealed: Vec<u8>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeptFormError {
    #[error("the form is too large to keep")]
    TooLarge,
    #[error("the kept form could not be sealed or opened")]
    Crypto,
    #[error("no random numbers: {0}")]
    Random(String),
}

fn cipher(secret: &[u8]) -> ChaCha20Poly1305 {
    // The installation secret is text; hash it to exactly a 256-bit key.
    let key = Sha256::digest(secret);
    ChaCha20Poly1305::new(Key::from_slice(&key))
}

fn associated(user: UserId, path: &str) -> Vec<u8> {
    let mut aad = user.as_uuid().as_bytes().to_vec();
    aad.extend_from_slice(path.as_bytes());
    aad
}

impl KeptForm {
    pub fn seal(
        secret: &[u8],
        user: UserId,
        path: &str,
        body: &[u8],
        now: Timestamp,
    ) -> Result<Self, KeptFormError> {
        if body.len() > KEEP_MAX_BYTES {
            return Err(KeptFormError::TooLarge);
        }
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).map_err(|e| KeptFormError::Random(e.to_string()))?;
        let aad = associated(user, path);
        let ciphertext = cipher(secret)
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: body,
                    aad: &aad,
                },
            )
            .map_err(|_| KeptFormError::Crypto)?;
        let mut sealed = nonce.to_vec();
        sealed.extend(ciphertext);
        Ok(Self {
            id: KeptFormId::new(),
            user_id: user,
            path: path.to_owned(),
            sealed,
            created_at: now,
            expires_at: now.plus_seconds(KEEP_FOR_SECS),
        })
    }

    /// The form's body, for the person it was kept for.
    pub fn open(&self, secret: &[u8], user: UserId) -> Result<Vec<u8>, KeptFormError> {
        if self.sealed.len() < NONCE_LEN {
            return Err(KeptFormError::Crypto);
        }
        let (nonce, ciphertext) = self.sealed.split_at(NONCE_LEN);
        let aad = associated(user, &self.path);
        cipher(secret)
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| KeptFormError::Crypto)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn sealed_for_one_person_and_one_page() {
        let sam = UserId::new();
        let body = "note=Kai said the bus pass helps 🌱".as_bytes();
        let kept = KeptForm::seal(b"secret", sam, "/circles/1/notes", body, NOW).unwrap();
        assert!(
            !kept.sealed.windows(4).any(|w| w == b"Kai "),
            "nothing readable is stored"
        );
        assert_eq!(kept.open(b"secret", sam).unwrap(), body);
        assert_eq!(
            kept.open(b"secret", UserId::new()),
            Err(KeptFormError::Crypto),
            "another person"
        );
        assert_eq!(
            kept.open(b"other", sam),
            Err(KeptFormError::Crypto),
            "another key"
        );
        let moved = KeptForm {
            path: "/elsewhere".into(),
            ..kept.clone()
        };
        assert_eq!(
            moved.open(b"secret", sam),
            Err(KeptFormError::Crypto),
            "another page"
        );
        assert_eq!(kept.expires_at, NOW.plus_seconds(KEEP_FOR_SECS));
        let huge = vec![b'a'; KEEP_MAX_BYTES + 1];
        assert_eq!(
            KeptForm::seal(b"secret", sam, "/", &huge, NOW),
            Err(KeptFormError::TooLarge)
        );
    }
}

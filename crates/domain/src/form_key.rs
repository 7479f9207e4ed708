//! One-use form keys. A form that makes something (a circle, a note, a check,
//! a plan) carries a fresh random key instead of the new thing's id; the
//! server makes the id and binds the key to it when the form is first sent
//! (`moves_core::form_key`), so the same form sent twice (a double click, a
//! reload) makes one thing, and nobody can choose an id or learn from the
//! answer whether one exists.

use crate::auth::AuthError;
use crate::auth::token::new_token;

/// A key as a form carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormKey(String);

impl FormKey {
    /// A fresh key for a form about to be shown.
    pub fn new() -> Result<Self, AuthError> {
        new_token().map(Self)
    }

    /// A key as sent back, if it has the shape of ours (43 characters of
    /// URL-safe base64); anything else is a form we did not make.
    pub fn parse(sent: &str) -> Option<Self> {
        let s = sent.trim();
        let ours = s.len() == 43
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ours.then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_key_reads_back_and_nothing_else_does() {
        let key = FormKey::new().unwrap();
        assert_eq!(FormKey::parse(key.as_str()), Some(key.clone()));
        assert_eq!(FormKey::parse(&format!(" {} ", key.as_str())), Some(key));
        for bad in ["", "abc", &"a".repeat(44), &format!("{}!", "a".repeat(42))] {
            assert_eq!(FormKey::parse(bad), None, "{bad}");
        }
    }
}

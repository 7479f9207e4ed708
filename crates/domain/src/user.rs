//! People who can sign in. A person is installation-wide; what they may do comes
//! from their memberships of organisations.

use crate::clock::Timestamp;
use crate::ids::UserId;
use crate::language::Language;
use crate::text::{TextError, clean_line};
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const DISPLAY_NAME_MAX: usize = 120;
/// RFC 5321 limits a forward path to 256 octets including the angle brackets.
pub const EMAIL_MAX: usize = 254;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EmailError {
    #[error("{0}")]
    Text(#[from] TextError),
    #[error("needs one @ with something before and after it")]
    Shape,
}

/// An email address, kept as typed; compared without regard to case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = clean_line(input, EMAIL_MAX)?;
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Shape)?;
        if local.is_empty()
            || domain.is_empty()
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || s.chars().any(char::is_whitespace)
        {
            return Err(EmailError::Shape);
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The form used for uniqueness and look-up.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub display_name: String,
    pub email: Option<Email>,
    /// For young people and parents without an email address.
    pub username: Option<String>,
    /// An Argon2id PHC string; `None` until the person sets a password.
    pub password_hash: Option<String>,
    /// May create organisations; sees no circle content.
    pub installation_admin: bool,
    pub created_at: Timestamp,
    /// The interface language the person chose; `None`: as their browser asks.
    pub language: Option<Language>,
}

impl User {
    pub fn new(
        display_name: &str,
        email: Option<Email>,
        now: Timestamp,
    ) -> Result<Self, TextError> {
        Ok(Self {
            id: UserId::new(),
            display_name: clean_line(display_name, DISPLAY_NAME_MAX)?,
            email,
            username: None,
            password_hash: None,
            installation_admin: false,
            created_at: now,
            language: None,
        })
    }
}

impl User {
    /// What the person signs in with: their email address, else their username.
    pub fn login(&self) -> String {
        self.email
            .as_ref()
            .map(|e| e.as_str().to_owned())
            .or_else(|| self.username.clone())
            .unwrap_or_default()
    }
}

/// How a person is looked up at sign-in: an email address or a username, without
/// regard to case.
pub fn login_key(login: &str) -> String {
    login.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(Email::parse("sam@example.org").is_ok());
        assert_eq!(
            Email::parse(" Sam@Example.org ").unwrap().key(),
            "sam@example.org"
        );
        for bad in [
            "",
            "sam",
            "@example.org",
            "sam@",
            "sam@localhost",
            "s am@example.org",
            "sam@.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(Email::parse(&format!("{}@example.org", "a".repeat(300))).is_err());
    }
}

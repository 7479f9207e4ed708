//! One-time links: "set your password" (after `moves admin create-org`, or a reset)
//! and, later, invitations. A link carries a random token ([`new_token`]); the
//! database holds only its SHA-256 ([`hash_token`]), so a copy of the database
//! gives no working links.
//!
//! A link works **once** and **until it expires**. Using it is one atomic
//! statement in the store ([`crate::store::OneTimeTokenStore::use_one_time_token`]):
//! of two uses at the same moment, on one server or on two sharing a database,
//! exactly one succeeds.
//!
//! Reading a token ([`crate::store::OneTimeTokenStore::one_time_token`]) does not
//! use it: the form is shown first, and only a valid form uses the link, so a
//! mistyped password does not waste it.

use super::AuthError;
use super::token::new_token;
use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use crate::membership::{Role, UnknownRole};
use crate::session::hash_token;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How long a set-password link works: three days, so a link made on a Friday
/// still works on Monday.
pub const SET_PASSWORD_VALID_HOURS: i64 = 72;

/// The path of the set-password page for a token, without the host.
pub fn set_password_path(token: &str) -> String {
    format!("/set-password/{token}")
}

/// The full set-password link: `base` is the address people use (the public URL,
/// or `http://ADDR`), with or without a trailing slash.
pub fn set_password_link(base: &str, token: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), set_password_path(token))
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Sets (or resets) the person's password.
    SetPassword,
    /// Joins an organisation with this role.
    Invite(Role),
}

/// A stored purpose that no version of the code writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnknownPurpose {
    #[error("unknown one-time link purpose {0:?}")]
    Purpose(String),
    #[error("an invitation without a role")]
    MissingRole,
    #[error("{0}")]
    Role(#[from] UnknownRole),
}

impl Purpose {
    /// The stored code (`set_password`, `invite`).
    pub const fn code(self) -> &'static str {
        match self {
            Purpose::SetPassword => "set_password",
            Purpose::Invite(_) => "invite",
        }
    }

    /// The role an invitation grants, stored as text beside the code.
    pub const fn role(self) -> Option<Role> {
        match self {
            Purpose::SetPassword => None,
            Purpose::Invite(role) => Some(role),
        }
    }

    /// Reads back what [`Purpose::code`] and [`Purpose::role`] stored.
    pub fn from_stored(code: &str, role: Option<&str>) -> Result<Self, UnknownPurpose> {
        match code {
            "set_password" => Ok(Purpose::SetPassword),
            "invite" => {
                let role = role.ok_or(UnknownPurpose::MissingRole)?;
                Ok(Purpose::Invite(role.parse()?))
            }
            other => Err(UnknownPurpose::Purpose(other.to_owned())),
        }
    }
}

/// One link, as stored. The token itself is never stored, only its hash.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneTimeToken {
    /// Hex SHA-256 of the token in the link.
    pub token_hash: String,
    /// Whose link it is.
    pub user_id: UserId,
    /// The organisation it was made for, if any (an invitation's; the
    /// organisation a first administrator was created for).
    pub org_id: Option<OrgId>,
    pub purpose: Purpose,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    /// When it was used, or ended unused (a newer link, or a password set
    /// another way); a used link never works again.
    pub used_at: Option<Timestamp>,
    /// An invitation that made its account (or found one nobody had
    /// claimed): only such an invitation may set the account's first
    /// password (see [`crate::auth::invite::sets_password`]).
    pub new_account: bool,
}

impl fmt::Debug for OneTimeToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The hash is not the token, but there is no need to print it either.
        f.debug_struct("OneTimeToken")
            .field("user_id", &self.user_id)
            .field("org_id", &self.org_id)
            .field("purpose", &self.purpose)
            .field("created_at", &self.created_at)
            .field("expires_at", &self.expires_at)
            .field("used_at", &self.used_at)
            .field("new_account", &self.new_account)
            .finish_non_exhaustive()
    }
}

impl OneTimeToken {
    /// A fresh link for `user`: the token to put in the link, and the record to
    /// store. It works for `valid_for_hours` from `now`.
    pub fn issue(
        user: UserId,
        org: Option<OrgId>,
        purpose: Purpose,
        now: Timestamp,
        valid_for_hours: i64,
    ) -> Result<(String, Self), AuthError> {
        let token = new_token()?;
        let record = Self {
            token_hash: hash_token(&token),
            user_id: user,
            org_id: org,
            purpose,
            created_at: now,
            expires_at: now.plus_seconds(valid_for_hours.saturating_mul(3600)),
            used_at: None,
            new_account: false,
        };
        Ok((token, record))
    }

    /// A set-password link, valid for [`SET_PASSWORD_VALID_HOURS`].
    pub fn set_password(
        user: UserId,
        org: Option<OrgId>,
        now: Timestamp,
    ) -> Result<(String, Self), AuthError> {
        Self::issue(
            user,
            org,
            Purpose::SetPassword,
            now,
            SET_PASSWORD_VALID_HOURS,
        )
    }

    /// Whether the link would still work at `now`: not used, not expired. The
    /// store decides this again, atomically, when the link is used.
    pub fn is_usable(&self, now: Timestamp) -> bool {
        self.used_at.is_none() && now < self.expires_at
    }

    /// Whether the link can be used at `now` to set a password.
    pub fn sets_password(&self, now: Timestamp) -> bool {
        self.purpose == Purpose::SetPassword && self.is_usable(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn purposes_round_trip_through_their_stored_form() {
        let mut all = vec![Purpose::SetPassword];
        all.extend(Role::ALL.into_iter().map(Purpose::Invite));
        for p in all {
            let role = p.role().map(Role::as_str);
            assert_eq!(Purpose::from_stored(p.code(), role), Ok(p));
        }
        assert_eq!(
            Purpose::from_stored("invite", None),
            Err(UnknownPurpose::MissingRole)
        );
        assert!(matches!(
            Purpose::from_stored("invite", Some("overlord")),
            Err(UnknownPurpose::Role(_))
        ));
        assert!(matches!(
            Purpose::from_stored("reset_everything", None),
            Err(UnknownPurpose::Purpose(_))
        ));
    }

    #[test]
    fn a_link_works_once_until_it_expires() {
        let user = UserId::new();
        let (token, record) = OneTimeToken::set_password(user, None, T0).unwrap();
        assert_eq!(token.len(), 43);
        assert_eq!(record.token_hash, hash_token(&token));
        assert_eq!(record.expires_at, T0.plus_seconds(72 * 3600));
        assert!(record.sets_password(T0));
        assert!(record.sets_password(T0.plus_seconds(72 * 3600 - 1)));
        assert!(
            !record.is_usable(record.expires_at),
            "expired at the moment"
        );
        let used = OneTimeToken {
            used_at: Some(T0),
            ..record.clone()
        };
        assert!(!used.is_usable(T0));
        let invite = OneTimeToken {
            purpose: Purpose::Invite(Role::Practitioner),
            ..record.clone()
        };
        assert!(invite.is_usable(T0));
        assert!(!invite.sets_password(T0), "an invitation sets no password");
        let (other, _) = OneTimeToken::set_password(user, None, T0).unwrap();
        assert_ne!(token, other);
    }

    #[test]
    fn links_are_built_from_the_public_address() {
        assert_eq!(
            set_password_link("https://moves.example.org/", "abc"),
            "https://moves.example.org/set-password/abc"
        );
        assert_eq!(
            set_password_link("http://127.0.0.1:8080", "abc"),
            "http://127.0.0.1:8080/set-password/abc"
        );
    }

    #[test]
    fn debug_never_shows_the_hash() {
        let (_, record) =
            OneTimeToken::set_password(UserId::new(), Some(OrgId::new()), T0).unwrap();
        let shown = format!("{record:?}");
        assert!(!shown.contains(&record.token_hash), "{shown}");
    }
}

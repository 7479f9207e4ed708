//! An organisation's privacy notice: how it uses the information people put
//! in the platform, in a standard version and a young person's version. Each
//! saved change is a new version (the old ones are kept, so it is known which
//! wording a person read), and everyone is shown the notice when they first
//! sign in and again whenever it changes, until they say they have read it.

use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use crate::membership::Role;
use crate::text::{TextError, clean_block};
use thiserror::Error;

/// Long enough for a full notice; short enough to read on a phone.
pub const NOTICE_MAX: usize = 20_000;

/// Which version of the notice someone reads first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeVersion {
    Standard,
    YoungPerson,
}

impl NoticeVersion {
    pub const fn as_str(self) -> &'static str {
        match self {
            NoticeVersion::Standard => "standard",
            NoticeVersion::YoungPerson => "young_person",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [NoticeVersion::Standard, NoticeVersion::YoungPerson]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    /// Young people first read their own version; everyone may read both.
    pub fn for_roles(roles: &[Role]) -> Self {
        if roles.contains(&Role::YoungPerson) {
            NoticeVersion::YoungPerson
        } else {
            NoticeVersion::Standard
        }
    }
}

/// One saved version of an organisation's notice. Version 0 is the notice the
/// platform ships (in the reader's language), in force until the organisation
/// saves its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivacyNotice {
    pub org_id: OrgId,
    pub version: u32,
    pub standard: String,
    pub young_person: String,
    pub saved_by: Option<UserId>,
    pub saved_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NoticeError {
    #[error("the standard version {0}")]
    Standard(TextError),
    #[error("the young person's version {0}")]
    YoungPerson(TextError),
}

impl PrivacyNotice {
    /// The version after `latest` (0 when the organisation has none saved),
    /// with both texts checked. Both errors are reported, not just the first.
    pub fn next(
        org_id: OrgId,
        latest: u32,
        standard: &str,
        young_person: &str,
        saved_by: UserId,
        now: Timestamp,
    ) -> Result<Self, Vec<NoticeError>> {
        let standard = clean_block(standard, NOTICE_MAX).map_err(NoticeError::Standard);
        let young = clean_block(young_person, NOTICE_MAX).map_err(NoticeError::YoungPerson);
        match (standard, young) {
            (Ok(standard), Ok(young_person)) => Ok(PrivacyNotice {
                org_id,
                version: latest.saturating_add(1),
                standard,
                young_person,
                saved_by: Some(saved_by),
                saved_at: now,
            }),
            (s, y) => Err([s.err(), y.err()].into_iter().flatten().collect()),
        }
    }

    pub fn text(&self, version: NoticeVersion) -> &str {
        match version {
            NoticeVersion::Standard => &self.standard,
            NoticeVersion::YoungPerson => &self.young_person,
        }
    }
}

/// Whether someone who last said they read version `read` (if any) is shown
/// the notice in force, version `current`, again.
pub fn must_show(current: u32, read: Option<u32>) -> bool {
    read.is_none_or(|r| r < current)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn versions_follow_each_other_and_both_texts_are_checked() {
        let (org, user) = (OrgId::new(), UserId::new());
        let n = PrivacyNotice::next(org, 0, " We keep… ", "We keep 🙂", user, T0).unwrap();
        assert_eq!(n.version, 1);
        assert_eq!(n.text(NoticeVersion::Standard), "We keep…");
        assert_eq!(n.text(NoticeVersion::YoungPerson), "We keep 🙂");
        assert_eq!(
            PrivacyNotice::next(org, 3, "a", "b", user, T0)
                .unwrap()
                .version,
            4
        );

        let errors = PrivacyNotice::next(org, 0, "  ", "\u{202E}x", user, T0).unwrap_err();
        assert_eq!(
            errors,
            [
                NoticeError::Standard(TextError::Empty),
                NoticeError::YoungPerson(TextError::ControlCharacter { code: 0x202E })
            ]
        );
        let huge = "x".repeat(NOTICE_MAX + 1);
        assert_eq!(
            PrivacyNotice::next(org, 0, "fine", &huge, user, T0).unwrap_err(),
            [NoticeError::YoungPerson(TextError::TooLong {
                max: NOTICE_MAX
            })]
        );
    }

    #[test]
    fn shown_until_read_and_again_when_it_changes() {
        assert!(must_show(0, None), "the shipped notice, never read");
        assert!(!must_show(0, Some(0)));
        assert!(must_show(2, Some(1)), "changed since");
        assert!(!must_show(2, Some(2)));
    }

    #[test]
    fn young_people_read_their_version_first() {
        assert_eq!(
            NoticeVersion::for_roles(&[Role::YoungPerson]),
            NoticeVersion::YoungPerson
        );
        assert_eq!(
            NoticeVersion::for_roles(&[Role::ParentCarer]),
            NoticeVersion::Standard
        );
        assert_eq!(NoticeVersion::for_roles(&[]), NoticeVersion::Standard);
        assert_eq!(
            NoticeVersion::parse("young_person"),
            Some(NoticeVersion::YoungPerson)
        );
        assert_eq!(NoticeVersion::parse("other"), None);
    }
}

//! The people in a circle. A member may have an account (and then signs in and
//! works in the circle) or not: a grandparent who never signs in is still part
//! of the circle, and is named in it.

use crate::clock::Timestamp;
use crate::ids::{CircleId, CircleMemberId, OrgId, UserId};
use crate::membership::Role;
use crate::text::{TextError, clean_line};
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

pub const MEMBER_NAME_MAX: usize = 120;
pub const RELATIONSHIP_MAX: usize = 80;
/// The most people one circle holds: a circle is the people around one
/// person, and every page of it names them all, so their number is bounded.
pub const MEMBERS_MAX: usize = 100;

/// What part a person plays in the circle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CircleRole {
    /// The child, young person, adult or family the circle is about.
    FocusPerson,
    ParentCarer,
    Practitioner,
    /// A practitioner from another service: a member of this circle only, not
    /// of the organisation.
    GuestPractitioner,
    /// Anyone else who helps: a grandparent, a mentor, a friend.
    Supporter,
}

impl CircleRole {
    pub const ALL: [CircleRole; 5] = [
        CircleRole::FocusPerson,
        CircleRole::ParentCarer,
        CircleRole::Practitioner,
        CircleRole::GuestPractitioner,
        CircleRole::Supporter,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CircleRole::FocusPerson => "focus_person",
            CircleRole::ParentCarer => "parent_carer",
            CircleRole::Practitioner => "practitioner",
            CircleRole::GuestPractitioner => "guest_practitioner",
            CircleRole::Supporter => "supporter",
        }
    }

    /// Practitioners of the organisation and from other services alike: the
    /// people a "practitioners in this circle" contribution reaches.
    pub const fn is_practitioner(self) -> bool {
        matches!(
            self,
            CircleRole::Practitioner | CircleRole::GuestPractitioner
        )
    }

    /// Whether a person whose role in the organisation is `role` may hold this
    /// role in one of its circles with their account. Viewers (who see no
    /// circle content) may hold none; a guest practitioner has no account in
    /// the organisation, so is always added without one.
    pub const fn fits_account(self, role: Role) -> bool {
        match self {
            CircleRole::Practitioner => matches!(role, Role::Practitioner | Role::Manager),
            CircleRole::GuestPractitioner => false,
            CircleRole::FocusPerson => matches!(role, Role::YoungPerson),
            CircleRole::ParentCarer | CircleRole::Supporter => {
                matches!(role, Role::ParentCarer | Role::YoungPerson)
            }
        }
    }
}

impl fmt::Display for CircleRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown circle role {0:?}")]
pub struct UnknownCircleRole(pub String);

impl std::str::FromStr for CircleRole {
    type Err = UnknownCircleRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CircleRole::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownCircleRole(s.to_owned()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleMember {
    pub id: CircleMemberId,
    pub org_id: OrgId,
    pub circle_id: CircleId,
    /// Set when the person has an account of the organisation.
    pub user_id: Option<UserId>,
    /// How they are named in the circle.
    pub display_name: String,
    /// To the focus person, in their words ("grandparent", "youth worker").
    pub relationship: Option<String>,
    pub role: CircleRole,
    pub added_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MemberError {
    #[error("name {0}")]
    Name(TextError),
    #[error("relationship {0}")]
    Relationship(TextError),
}

impl CircleMember {
    pub fn new(
        org_id: OrgId,
        circle_id: CircleId,
        user_id: Option<UserId>,
        display_name: &str,
        relationship: &str,
        role: CircleRole,
        now: Timestamp,
    ) -> Result<Self, MemberError> {
        let relationship = match clean_line(relationship, RELATIONSHIP_MAX) {
            Ok(r) => Some(r),
            Err(TextError::Empty) => None,
            Err(e) => return Err(MemberError::Relationship(e)),
        };
        Ok(Self {
            id: CircleMemberId::new(),
            org_id,
            circle_id,
            user_id,
            display_name: clean_line(display_name, MEMBER_NAME_MAX).map_err(MemberError::Name)?,
            relationship,
            role,
            added_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn members_with_and_without_accounts() {
        let (org, circle) = (OrgId::new(), CircleId::new());
        let gran = CircleMember::new(
            org,
            circle,
            None,
            " Nan ",
            " grandparent ",
            CircleRole::Supporter,
            T0,
        )
        .unwrap();
        assert_eq!(gran.display_name, "Nan");
        assert_eq!(gran.relationship.as_deref(), Some("grandparent"));
        assert_eq!(gran.user_id, None);
        let user = UserId::new();
        let worker = CircleMember::new(
            org,
            circle,
            Some(user),
            "Sam",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap();
        assert_eq!(worker.relationship, None);
        assert_eq!(worker.user_id, Some(user));
        assert_eq!(
            CircleMember::new(org, circle, None, " ", "", CircleRole::Supporter, T0),
            Err(MemberError::Name(TextError::Empty))
        );
        assert_eq!(
            CircleMember::new(
                org,
                circle,
                None,
                "Nan",
                "gran\u{202E}",
                CircleRole::Supporter,
                T0
            ),
            Err(MemberError::Relationship(TextError::ControlCharacter {
                code: 0x202E
            }))
        );
    }

    #[test]
    fn roles_round_trip_and_fit_accounts() {
        for r in CircleRole::ALL {
            assert_eq!(r.as_str().parse::<CircleRole>().unwrap(), r);
            assert!(!r.fits_account(Role::Viewer), "viewers hold no circle role");
            assert!(!r.fits_account(Role::OrgAdmin) || r == CircleRole::Practitioner);
        }
        assert!("boss".parse::<CircleRole>().is_err());
        assert!(CircleRole::Practitioner.fits_account(Role::Practitioner));
        assert!(!CircleRole::Practitioner.fits_account(Role::ParentCarer));
        assert!(!CircleRole::GuestPractitioner.fits_account(Role::Practitioner));
        assert!(CircleRole::ParentCarer.fits_account(Role::ParentCarer));
        assert!(CircleRole::FocusPerson.fits_account(Role::YoungPerson));
        assert!(CircleRole::GuestPractitioner.is_practitioner());
        assert!(!CircleRole::Supporter.is_practitioner());
    }
}

//! The circle itself: who it is about (the focus), its state, and who decides
//! about sharing. Every text a person types is cleaned here (see
//! [`crate::text`]); a circle that exists is always a valid one.

use crate::circle::birth::Birth;
use crate::clock::Timestamp;
use crate::ids::{CircleId, CircleMemberId, OrgId, TeamId, UserId};
use crate::text::{TextError, clean_block, clean_line};
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const FOCUS_NAME_MAX: usize = 80;
pub const PRONOUNS_MAX: usize = 40;
pub const LANGUAGES_MAX: usize = 120;
pub const REFLECTION_MAX: usize = 4000;

/// Who decides what is shared, with whom and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SharingDecider {
    /// The young person (the focus) themself, when they are able to.
    YoungPerson,
    /// A named member of the circle who is a parent or carer.
    Member(CircleMemberId),
}

/// Open, or closed with a reflection on the work done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CircleStatus {
    Open,
    Closed {
        at: Timestamp,
        by: UserId,
        reflection: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circle {
    pub id: CircleId,
    pub org_id: OrgId,
    /// The name the focus person wants to be called.
    pub focus_name: String,
    pub birth: Option<Birth>,
    pub pronouns: Option<String>,
    pub languages: Option<String>,
    /// Identifying details (date of birth or age band, languages) are shown
    /// only to the practitioners in the circle.
    pub protected_identity: bool,
    /// The team whose managers may see the circle.
    pub team_id: Option<TeamId>,
    pub status: CircleStatus,
    pub decider: SharingDecider,
    pub created_by: UserId,
    pub created_at: Timestamp,
    /// Raised by every change, so a change made from a stale form is refused
    /// instead of overwriting what someone else did meanwhile.
    pub version: i64,
}

/// Which field of the circle form was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CircleError {
    #[error("focus name {0}")]
    FocusName(TextError),
    #[error("pronouns {0}")]
    Pronouns(TextError),
    #[error("languages {0}")]
    Languages(TextError),
    #[error("closing reflection {0}")]
    Reflection(TextError),
}

/// Who closed a circle, when, and their closing reflection (already cleaned
/// by [`closing_reflection`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    pub by: UserId,
    pub at: Timestamp,
    pub reflection: String,
}

/// What a person typed to start a circle, before cleaning.
#[derive(Debug, Clone, Default)]
pub struct NewCircle<'a> {
    pub focus_name: &'a str,
    pub birth: Option<Birth>,
    pub pronouns: &'a str,
    pub languages: &'a str,
    pub protected_identity: bool,
    pub team_id: Option<TeamId>,
}

/// An optional line: blank means "not given".
fn optional_line(input: &str, max: usize) -> Result<Option<String>, TextError> {
    match clean_line(input, max) {
        Ok(s) => Ok(Some(s)),
        Err(TextError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

impl Circle {
    /// A new, open circle at version 1. The young person decides about sharing
    /// until a parent or carer is named instead.
    pub fn new(
        id: CircleId,
        org_id: OrgId,
        input: &NewCircle<'_>,
        created_by: UserId,
        now: Timestamp,
    ) -> Result<Self, CircleError> {
        Ok(Self {
            id,
            org_id,
            focus_name: clean_line(input.focus_name, FOCUS_NAME_MAX)
                .map_err(CircleError::FocusName)?,
            birth: input.birth,
            pronouns: optional_line(input.pronouns, PRONOUNS_MAX).map_err(CircleError::Pronouns)?,
            languages: optional_line(input.languages, LANGUAGES_MAX)
                .map_err(CircleError::Languages)?,
            protected_identity: input.protected_identity,
            team_id: input.team_id,
            status: CircleStatus::Open,
            decider: SharingDecider::YoungPerson,
            created_by,
            created_at: now,
            version: 1,
        })
    }

    pub fn is_open(&self) -> bool {
        matches!(self.status, CircleStatus::Open)
    }
}

/// A closing reflection: required, several lines allowed.
pub fn closing_reflection(input: &str) -> Result<String, CircleError> {
    clean_block(input, REFLECTION_MAX).map_err(CircleError::Reflection)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::birth::AgeBand;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn input(name: &str) -> NewCircle<'_> {
        NewCircle {
            focus_name: name,
            ..NewCircle::default()
        }
    }

    #[test]
    fn a_new_circle_is_open_at_version_one_with_the_young_person_deciding() {
        let by = UserId::new();
        let c = Circle::new(
            CircleId::new(),
            OrgId::new(),
            &NewCircle {
                focus_name: "  Zoë  ",
                birth: Some(Birth::Band(AgeBand::From11To15)),
                pronouns: " she/her ",
                languages: "",
                protected_identity: true,
                team_id: None,
            },
            by,
            T0,
        )
        .unwrap();
        assert_eq!(c.focus_name, "Zoë");
        assert_eq!(c.pronouns.as_deref(), Some("she/her"));
        assert_eq!(c.languages, None, "blank is not given");
        assert!(c.is_open());
        assert_eq!(c.version, 1);
        assert_eq!(c.decider, SharingDecider::YoungPerson);
        assert_eq!(c.created_by, by);
    }

    #[test]
    fn bad_text_names_its_field() {
        let new =
            |i: &NewCircle<'_>| Circle::new(CircleId::new(), OrgId::new(), i, UserId::new(), T0);
        assert_eq!(
            new(&input("   ")),
            Err(CircleError::FocusName(TextError::Empty))
        );
        assert_eq!(
            new(&input(&"x".repeat(81))),
            Err(CircleError::FocusName(TextError::TooLong { max: 80 }))
        );
        assert_eq!(
            new(&input("Sam\u{202E}ué")),
            Err(CircleError::FocusName(TextError::ControlCharacter {
                code: 0x202E
            }))
        );
        assert_eq!(
            new(&NewCircle {
                pronouns: &"p".repeat(41),
                ..input("Sam")
            }),
            Err(CircleError::Pronouns(TextError::TooLong { max: 40 }))
        );
        assert_eq!(
            new(&NewCircle {
                languages: "Polish\u{2066}",
                ..input("Sam")
            }),
            Err(CircleError::Languages(TextError::ControlCharacter {
                code: 0x2066
            }))
        );
    }

    #[test]
    fn a_closing_reflection_is_required_and_may_run_over_lines() {
        assert_eq!(
            closing_reflection("  \n "),
            Err(CircleError::Reflection(TextError::Empty))
        );
        assert_eq!(
            closing_reflection("We did it.\r\nThank you.").unwrap(),
            "We did it.\nThank you."
        );
        assert!(closing_reflection(&"a".repeat(REFLECTION_MAX + 1)).is_err());
    }
}

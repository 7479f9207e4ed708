//! Teams: groups of people inside one organisation (a locality, a service). A
//! manager later sees the circles of their teams; for now an organisation's
//! administrators make teams and choose who is in them.
//!
//! Two rules live here: a team's name is unique in its organisation without
//! regard to case ([`team_name_key`], which the database also enforces), and only
//! people with an active membership of the organisation can join one of its
//! teams ([`TeamMember::new`]).

use crate::clock::Timestamp;
use crate::ids::{OrgId, TeamId, UserId};
use crate::membership::Membership;
use crate::text::{TextError, clean_line};
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const TEAM_NAME_MAX: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: TeamId,
    pub org_id: OrgId,
    pub name: String,
    pub created_at: Timestamp,
}

impl Team {
    /// A new team with a cleaned name (see [`clean_line`]): trimmed, NFC, at most
    /// [`TEAM_NAME_MAX`] characters, no hidden control or direction characters.
    pub fn new(org_id: OrgId, name: &str, now: Timestamp) -> Result<Self, TextError> {
        Ok(Self {
            id: TeamId::new(),
            org_id,
            name: clean_line(name, TEAM_NAME_MAX)?,
            created_at: now,
        })
    }

    /// The form of the name that must be unique in the organisation.
    pub fn name_key(&self) -> String {
        team_name_key(&self.name)
    }
}

/// The name compared without regard to case. Upper-casing first folds letters
/// whose lower case alone would not meet ("ß" and "SS", the two Greek small
/// sigmas), so "Straße" and "STRASSE" are one name.
pub fn team_name_key(name: &str) -> String {
    name.to_uppercase().to_lowercase()
}

/// One person in one team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub org_id: OrgId,
    pub team_id: TeamId,
    pub user_id: UserId,
    pub added_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TeamMemberError {
    /// The person has no active membership of the team's organisation.
    #[error("only members of the organisation can join its teams")]
    NotAMember,
}

impl TeamMember {
    /// `user` joins `team`, if `memberships` (the person's, from any
    /// organisations) include an active one of the team's organisation.
    pub fn new(
        team: &Team,
        user: UserId,
        memberships: &[Membership],
        now: Timestamp,
    ) -> Result<Self, TeamMemberError> {
        let member = memberships
            .iter()
            .any(|m| m.org_id == team.org_id && m.user_id == user && m.is_active());
        if !member {
            return Err(TeamMemberError::NotAMember);
        }
        Ok(Self {
            org_id: team.org_id,
            team_id: team.id,
            user_id: user,
            added_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn names_are_cleaned_and_bounded() {
        let org = OrgId::new();
        assert_eq!(
            Team::new(org, "  Équipe Nord 🌱 ", T0).unwrap().name,
            "Équipe Nord 🌱"
        );
        assert_eq!(Team::new(org, "   ", T0), Err(TextError::Empty));
        assert_eq!(
            Team::new(org, &"x".repeat(81), T0),
            Err(TextError::TooLong { max: 80 })
        );
        assert!(Team::new(org, &"é".repeat(80), T0).is_ok());
        assert_eq!(
            Team::new(org, "North\u{202E}htuoS", T0),
            Err(TextError::ControlCharacter { code: 0x202E })
        );
    }

    #[test]
    fn name_keys_ignore_case() {
        assert_eq!(team_name_key("North Team"), team_name_key("NORTH team"));
        assert_eq!(team_name_key("Équipe"), team_name_key("ÉQUIPE"));
        assert_eq!(team_name_key("Straße"), team_name_key("STRASSE"));
        assert_eq!(team_name_key("ΟΔΟΣ"), team_name_key("οδος"));
        assert_ne!(team_name_key("North"), team_name_key("South"));
    }

    #[test]
    fn only_active_members_of_the_organisation_join() {
        let org = OrgId::new();
        let other = OrgId::new();
        let team = Team::new(org, "North", T0).unwrap();
        let sam = UserId::new();
        let here = Membership::new(org, sam, Role::Practitioner, T0);
        let elsewhere = Membership::new(other, sam, Role::OrgAdmin, T0);
        let joined = TeamMember::new(&team, sam, std::slice::from_ref(&here), T0).unwrap();
        assert_eq!(joined.org_id, org);
        assert_eq!(joined.team_id, team.id);
        assert_eq!(
            TeamMember::new(&team, sam, std::slice::from_ref(&elsewhere), T0),
            Err(TeamMemberError::NotAMember)
        );
        let mut revoked = here.clone();
        revoked.revoked_at = Some(T0);
        assert_eq!(
            TeamMember::new(&team, sam, &[revoked], T0),
            Err(TeamMemberError::NotAMember)
        );
        // Someone else's membership does not count.
        assert_eq!(
            TeamMember::new(&team, UserId::new(), &[here], T0),
            Err(TeamMemberError::NotAMember)
        );
    }
}

//! Who a contribution reaches. Every contribution in a circle (a note, a check,
//! a plan comment) has an audience chosen by its author; this is the one place
//! that says who that audience is.

use crate::circle::member::CircleMember;
use crate::ids::CircleMemberId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    /// A draft: the author alone.
    OnlyMe,
    /// The practitioners in the circle, of this organisation or another service.
    Practitioners,
    /// Everyone in the circle.
    WholeCircle,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::OnlyMe,
        Audience::Practitioners,
        Audience::WholeCircle,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Audience::OnlyMe => "only_me",
            Audience::Practitioners => "practitioners",
            Audience::WholeCircle => "whole_circle",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether `reader`, a member of the circle, sees a contribution with this
    /// audience written by `author`. Authors always see their own.
    pub fn reaches(self, author: CircleMemberId, reader: &CircleMember) -> bool {
        reader.id == author
            || match self {
                Audience::OnlyMe => false,
                Audience::Practitioners => reader.role.is_practitioner(),
                Audience::WholeCircle => true,
            }
    }

    /// Whether a manager of the circle's team (who is not a member) sees it:
    /// what is shared beyond its author, never a draft.
    pub const fn reaches_team_managers(self) -> bool {
        !matches!(self, Audience::OnlyMe)
    }

    /// The members of the circle who see a contribution with this audience by
    /// `author`, in the order given: what the author is told before sharing.
    pub fn members_reached(
        self,
        author: CircleMemberId,
        members: &[CircleMember],
    ) -> Vec<&CircleMember> {
        members.iter().filter(|m| self.reaches(author, m)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::member::CircleRole;
    use crate::clock::Timestamp;
    use crate::ids::{CircleId, OrgId, UserId};

    /// One member of every role, and a second practitioner.
    fn circle() -> Vec<CircleMember> {
        let (org, circle) = (OrgId::new(), CircleId::new());
        let t = Timestamp::from_millis(0);
        let mut members: Vec<CircleMember> = CircleRole::ALL
            .into_iter()
            .map(|role| {
                CircleMember::new(org, circle, Some(UserId::new()), role.as_str(), "", role, t)
                    .unwrap()
            })
            .collect();
        members.push(
            CircleMember::new(org, circle, None, "second", "", CircleRole::Practitioner, t)
                .unwrap(),
        );
        members
    }

    fn names(v: &[&CircleMember]) -> Vec<String> {
        v.iter().map(|m| m.display_name.clone()).collect()
    }

    #[test]
    fn every_role_as_author_against_every_role_as_reader() {
        let members = circle();
        for author in &members {
            for audience in Audience::ALL {
                for reader in &members {
                    let expected = reader.id == author.id
                        || match (audience, reader.role) {
                            (Audience::OnlyMe, _) => false,
                            (Audience::WholeCircle, _) => true,
                            (Audience::Practitioners, CircleRole::Practitioner)
                            | (Audience::Practitioners, CircleRole::GuestPractitioner) => true,
                            (Audience::Practitioners, CircleRole::FocusPerson)
                            | (Audience::Practitioners, CircleRole::ParentCarer)
                            | (Audience::Practitioners, CircleRole::Supporter) => false,
                        };
                    assert_eq!(
                        audience.reaches(author.id, reader),
                        expected,
                        "{} by {} read by {}",
                        audience.as_str(),
                        author.display_name,
                        reader.display_name
                    );
                }
            }
        }
    }

    #[test]
    fn who_is_reached() {
        let members = circle();
        let parent = members
            .iter()
            .find(|m| m.role == CircleRole::ParentCarer)
            .unwrap();
        assert_eq!(
            names(&Audience::OnlyMe.members_reached(parent.id, &members)),
            ["parent_carer"]
        );
        assert_eq!(
            names(&Audience::Practitioners.members_reached(parent.id, &members)),
            [
                "parent_carer",
                "practitioner",
                "guest_practitioner",
                "second"
            ]
        );
        assert_eq!(
            Audience::WholeCircle
                .members_reached(parent.id, &members)
                .len(),
            6
        );
        // A member of another circle is nobody here.
        let stranger = CircleMemberId::new();
        assert!(
            Audience::OnlyMe
                .members_reached(stranger, &members)
                .is_empty()
        );
        assert!(!Audience::OnlyMe.reaches_team_managers());
        assert!(Audience::Practitioners.reaches_team_managers());
        assert!(Audience::WholeCircle.reaches_team_managers());
        for a in Audience::ALL {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
    }
}

//! Who a contribution reaches. Every contribution in a circle (a note, a check,
//! a plan comment) has an audience chosen by its author; this is the one place
//! that says who that audience is.

use crate::circle::byline::Byline;
use crate::circle::member::{CircleMember, CircleRole};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    /// A draft: the author alone.
    OnlyMe,
    /// The practitioners in the circle, of this organisation or another service.
    Practitioners,
    /// Everyone in the circle.
    WholeCircle,
    /// A safeguarding note: kept by the practitioners in the circle. Everyone
    /// else in the circle sees that one exists ("a note is kept by
    /// practitioners"), never what it says.
    Restricted,
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::OnlyMe,
        Audience::Practitioners,
        Audience::WholeCircle,
        Audience::Restricted,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Audience::OnlyMe => "only_me",
            Audience::Practitioners => "practitioners",
            Audience::WholeCircle => "whole_circle",
            Audience::Restricted => "restricted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The audiences a member with `role` may choose, in the order offered.
    /// Restricted (safeguarding) notes are for practitioners, and only where
    /// the kind of contribution allows them (`restricted_allowed`: notes, not
    /// checks or plans).
    pub fn choices(role: CircleRole, restricted_allowed: bool) -> Vec<Audience> {
        Self::ALL
            .into_iter()
            .filter(|a| {
                *a != Audience::Restricted || (restricted_allowed && role.is_practitioner())
            })
            .collect()
    }

    /// Whether `reader`, a member of the circle, sees a contribution with this
    /// audience and `byline`. Its author, and whoever typed it with them,
    /// always see it.
    pub fn reaches(self, byline: &Byline, reader: &CircleMember) -> bool {
        byline.involves(reader.id)
            || match self {
                Audience::OnlyMe => false,
                Audience::Practitioners | Audience::Restricted => reader.role.is_practitioner(),
                Audience::WholeCircle => true,
            }
    }

    /// Whether someone in the circle who does not see a contribution is told
    /// that it exists: only for restricted notes, so a family knows that
    /// practitioners keep one.
    pub const fn shows_that_it_exists(self) -> bool {
        matches!(self, Audience::Restricted)
    }

    /// Whether a manager of the circle's team (who is not a member) sees it:
    /// what is shared beyond its author, never a draft.
    pub const fn reaches_team_managers(self) -> bool {
        !matches!(self, Audience::OnlyMe)
    }

    /// The members of the circle who see a contribution with this audience and
    /// `byline`, in the order given: what the author is told before sharing.
    pub fn members_reached<'a>(
        self,
        byline: &Byline,
        members: &'a [CircleMember],
    ) -> Vec<&'a CircleMember> {
        members.iter().filter(|m| self.reaches(byline, m)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Timestamp;
    use crate::ids::{CircleId, CircleMemberId, OrgId, UserId};

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
                            (
                                Audience::Practitioners | Audience::Restricted,
                                CircleRole::Practitioner | CircleRole::GuestPractitioner,
                            ) => true,
                            (
                                Audience::Practitioners | Audience::Restricted,
                                CircleRole::FocusPerson
                                | CircleRole::ParentCarer
                                | CircleRole::Supporter,
                            ) => false,
                        };
                    assert_eq!(
                        audience.reaches(&Byline::own(author.id), reader),
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
            names(&Audience::OnlyMe.members_reached(&Byline::own(parent.id), &members)),
            ["parent_carer"]
        );
        assert_eq!(
            names(&Audience::Practitioners.members_reached(&Byline::own(parent.id), &members)),
            [
                "parent_carer",
                "practitioner",
                "guest_practitioner",
                "second"
            ]
        );
        assert_eq!(
            Audience::WholeCircle
                .members_reached(&Byline::own(parent.id), &members)
                .len(),
            6
        );
        // A member of another circle is nobody here.
        let stranger = Byline::own(CircleMemberId::new());
        assert!(
            Audience::OnlyMe
                .members_reached(&stranger, &members)
                .is_empty()
        );
        assert!(!Audience::OnlyMe.reaches_team_managers());
        assert!(Audience::Practitioners.reaches_team_managers());
        assert!(Audience::WholeCircle.reaches_team_managers());
        for a in Audience::ALL {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
        assert_eq!(Audience::parse("everyone"), None);
    }

    #[test]
    fn a_view_entered_with_someone_reaches_both_of_them() {
        let members = circle();
        let worker = &members[2];
        let young = &members[0];
        assert_eq!(worker.role, CircleRole::Practitioner);
        assert_eq!(young.role, CircleRole::FocusPerson);
        let byline = Byline::with(worker, young).unwrap();
        let reached = Audience::OnlyMe.members_reached(&byline, &members);
        assert_eq!(names(&reached), ["focus_person", "practitioner"]);
    }

    #[test]
    fn restricted_notes_are_offered_to_practitioners_only_and_announce_themselves() {
        for role in CircleRole::ALL {
            let offered = Audience::choices(role, true);
            assert_eq!(
                offered.contains(&Audience::Restricted),
                role.is_practitioner(),
                "{role}"
            );
            assert!(!Audience::choices(role, false).contains(&Audience::Restricted));
            assert!(
                offered.contains(&Audience::OnlyMe) && offered.contains(&Audience::WholeCircle)
            );
        }
        assert!(Audience::Restricted.shows_that_it_exists());
        assert!(Audience::Restricted.reaches_team_managers());
        for a in [
            Audience::OnlyMe,
            Audience::Practitioners,
            Audience::WholeCircle,
        ] {
            assert!(!a.shows_that_it_exists());
        }
    }
}

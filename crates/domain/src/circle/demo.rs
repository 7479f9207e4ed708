//! Demo circles for `moves seed-demo`: a few in "Demo Borough" and one in
//! "Other Trust", so every circle page has something real to show. Members
//! with and without accounts, a guest practitioner, a named parent deciding
//! about sharing, a protected identity and a closed circle.

use crate::circle::birth::{AgeBand, Birth, BirthDate};
use crate::circle::member::{CircleMember, CircleRole, MemberError};
use crate::circle::space::{Circle, CircleError, CircleStatus, NewCircle, SharingDecider};
use crate::clock::Timestamp;
use crate::demo::DemoOrganisation;
use crate::ids::{CircleId, OrgId, UserId};
use thiserror::Error;

/// The demo people a circle may name, by the part of their address before
/// the `@` (see [`crate::demo::DEMO_PEOPLE`]).
pub struct DemoAccounts {
    pub practitioner: UserId,
    pub parent: UserId,
    pub young: UserId,
}

#[derive(Debug, Error)]
pub enum DemoCircleError {
    #[error("demo circle: {0}")]
    Circle(#[from] CircleError),
    #[error("demo circle member: {0}")]
    Member(#[from] MemberError),
}

const DAY_SECS: i64 = 24 * 60 * 60;

struct Builder {
    org: OrgId,
    circle: Circle,
    members: Vec<CircleMember>,
}

impl Builder {
    fn new(
        org: OrgId,
        input: &NewCircle<'_>,
        by: UserId,
        at: Timestamp,
    ) -> Result<Self, DemoCircleError> {
        Ok(Self {
            org,
            circle: Circle::new(CircleId::new(), org, input, by, at)?,
            members: Vec::new(),
        })
    }

    fn member(
        &mut self,
        user: Option<UserId>,
        name: &str,
        relationship: &str,
        role: CircleRole,
        at: Timestamp,
    ) -> Result<&CircleMember, DemoCircleError> {
        let m = CircleMember::new(self.org, self.circle.id, user, name, relationship, role, at)?;
        self.members.push(m);
        Ok(&self.members[self.members.len() - 1])
    }
}

/// The demo circles of one demo organisation (its practitioner started them
/// some months before `now`), each with its members. Demo Borough has three,
/// any other one.
pub fn demo_circles(
    spec: &DemoOrganisation,
    org: OrgId,
    people: &DemoAccounts,
    now: Timestamp,
) -> Result<Vec<(Circle, Vec<CircleMember>)>, DemoCircleError> {
    let months_ago = |days: i64| now.plus_seconds(-days * DAY_SECS);
    let label = spec.label;
    let practitioner_name = format!("{label} Practitioner");
    let mut circles = Vec::new();

    let start = months_ago(120);
    let mut maya = Builder::new(
        org,
        &NewCircle {
            focus_name: if label == "Demo" { "Maya" } else { "Sol" },
            birth: Some(Birth::Band(AgeBand::From11To15)),
            pronouns: "she/her",
            languages: "English, Urdu",
            protected_identity: false,
            team_id: None,
        },
        people.practitioner,
        start,
    )?;
    maya.member(
        Some(people.practitioner),
        &practitioner_name,
        "key worker",
        CircleRole::Practitioner,
        start,
    )?;
    maya.member(
        Some(people.young),
        &format!("{label} Young Person"),
        "",
        CircleRole::FocusPerson,
        start,
    )?;
    let parent = maya
        .member(
            Some(people.parent),
            &format!("{label} Parent"),
            "mum",
            CircleRole::ParentCarer,
            months_ago(110),
        )?
        .id;
    maya.member(
        None,
        "Nani",
        "grandmother",
        CircleRole::Supporter,
        months_ago(100),
    )?;
    maya.member(
        None,
        "Ms Adeyemi",
        "school nurse",
        CircleRole::GuestPractitioner,
        months_ago(60),
    )?;
    maya.circle.decider = SharingDecider::Member(parent);
    maya.circle.version = 5;
    circles.push((maya.circle, maya.members));
    if label != "Demo" {
        return Ok(circles);
    }

    let start = months_ago(75);
    let dob = BirthDate::from_stored("2014-06-02").map(Birth::Date);
    let mut tom = Builder::new(
        org,
        &NewCircle {
            focus_name: "Tom",
            birth: dob,
            pronouns: "he/him",
            languages: "English, Polish",
            protected_identity: true,
            team_id: None,
        },
        people.practitioner,
        start,
    )?;
    tom.member(
        Some(people.practitioner),
        &practitioner_name,
        "",
        CircleRole::Practitioner,
        start,
    )?;
    tom.member(None, "Tom", "", CircleRole::FocusPerson, start)?;
    tom.member(None, "Mr Nowak", "dad", CircleRole::ParentCarer, start)?;
    tom.member(
        None,
        "Coach Dee",
        "football coach",
        CircleRole::Supporter,
        months_ago(40),
    )?;
    tom.circle.version = 3;
    circles.push((tom.circle, tom.members));

    let start = months_ago(200);
    let mut ellis = Builder::new(
        org,
        &NewCircle {
            focus_name: "The Okoro family",
            birth: None,
            pronouns: "",
            languages: "English, Yoruba",
            protected_identity: false,
            team_id: None,
        },
        people.practitioner,
        start,
    )?;
    ellis.member(
        Some(people.practitioner),
        &practitioner_name,
        "family worker",
        CircleRole::Practitioner,
        start,
    )?;
    ellis.member(None, "The Okoro family", "", CircleRole::FocusPerson, start)?;
    ellis.circle.status = CircleStatus::Closed {
        at: months_ago(20),
        by: people.practitioner,
        reflection: "The family have settled into their new home and the children are back at \
                     school. They know where to find us."
            .to_owned(),
    };
    ellis.circle.version = 2;
    circles.push((ellis.circle, ellis.members));
    Ok(circles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::DEMO_ORGANISATIONS;

    #[test]
    fn demo_borough_has_three_circles_and_other_trust_one() {
        let people = DemoAccounts {
            practitioner: UserId::new(),
            parent: UserId::new(),
            young: UserId::new(),
        };
        let now = Timestamp::from_millis(1_764_000_000_000);
        let [demo, other] = DEMO_ORGANISATIONS;
        let org = OrgId::new();
        let circles = demo_circles(&demo, org, &people, now).unwrap();
        assert_eq!(circles.len(), 3);
        for (c, members) in &circles {
            assert_eq!(c.org_id, org);
            assert!(c.created_at < now);
            assert!(
                members
                    .iter()
                    .all(|m| m.circle_id == c.id && m.org_id == org)
            );
            assert!(
                members
                    .iter()
                    .any(|m| m.user_id == Some(people.practitioner)
                        && m.role == CircleRole::Practitioner)
            );
            if let SharingDecider::Member(id) = c.decider {
                let decider = members.iter().find(|m| m.id == id).unwrap();
                assert_eq!(decider.role, CircleRole::ParentCarer);
            }
        }
        let roles: Vec<CircleRole> = circles
            .iter()
            .flat_map(|(_, m)| m.iter().map(|m| m.role))
            .collect();
        for role in CircleRole::ALL {
            assert!(roles.contains(&role), "{role} appears");
        }
        assert!(circles.iter().any(|(c, _)| c.protected_identity));
        assert!(circles.iter().any(|(c, _)| !c.is_open()));
        assert_eq!(
            demo_circles(&other, OrgId::new(), &people, now)
                .unwrap()
                .len(),
            1
        );
    }
}

//! A check: started in an open circle by one of its members, on the
//! organisation's framework version in force then, which it keeps for good so
//! it always reads with the wording it was made with. It holds the version
//! agreed together; each person's own view is a [`Perspective`](super::Perspective).

use crate::check::answer::Answer;
use crate::circle::{Circle, CircleMember};
use crate::clock::Timestamp;
use crate::framework::adaptation::FrameworkVersion;
use crate::ids::{CheckId, CircleId, CircleMemberId, OrgId};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub org_id: OrgId,
    pub id: CheckId,
    pub circle_id: CircleId,
    /// The wording it was made with.
    pub framework: FrameworkVersion,
    pub started_by: CircleMemberId,
    pub started_at: Timestamp,
    /// Raised by every save of the agreed version: the agreed version is
    /// changed only against the version the person saw.
    pub version: i64,
    /// The version agreed together, move by move. Never anyone's own view.
    pub agreed: Vec<Answer>,
    pub agreed_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CheckError {
    #[error("the circle is closed")]
    CircleClosed,
    /// Someone without an account, a team manager, or a member of another
    /// circle: only people in the circle who sign in take part.
    #[error("only members of the circle with an account start a check")]
    NotAMember,
}

impl Check {
    /// A new check of `circle`, started by `by` with `framework`.
    pub fn start(
        id: CheckId,
        circle: &Circle,
        by: &CircleMember,
        framework: FrameworkVersion,
        at: Timestamp,
    ) -> Result<Check, CheckError> {
        if by.circle_id != circle.id || by.org_id != circle.org_id || by.user_id.is_none() {
            return Err(CheckError::NotAMember);
        }
        if !circle.is_open() {
            return Err(CheckError::CircleClosed);
        }
        Ok(Check {
            org_id: circle.org_id,
            id,
            circle_id: circle.id,
            framework,
            started_by: by.id,
            started_at: at,
            version: 0,
            agreed: Vec::new(),
            agreed_at: None,
        })
    }

    /// The agreed answers of one compartment.
    pub fn agreed_in(&self, compartment: &str) -> Vec<&Answer> {
        self.agreed
            .iter()
            .filter(|a| a.compartment() == compartment)
            .collect()
    }

    pub fn agreed_on(&self, move_id: &str) -> Option<&Answer> {
        self.agreed.iter().find(|a| a.move_id == move_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests_support::members;
    use crate::circle::{CircleStatus, NewCircle};
    use crate::framework::FrameworkId;
    use crate::ids::UserId;

    #[test]
    fn members_with_an_account_start_one_in_an_open_circle() {
        let people = members();
        let mut circle = Circle::new(
            people[0].circle_id,
            people[0].org_id,
            &NewCircle {
                focus_name: "Zoë",
                ..NewCircle::default()
            },
            UserId::new(),
            Timestamp::from_millis(0),
        )
        .unwrap();
        let version = FrameworkVersion {
            edition: FrameworkId::parse("mini").unwrap(),
            adaptation_version: 3,
        };
        let at = Timestamp::from_millis(5);
        for m in &people {
            let c = Check::start(CheckId::new(), &circle, m, version.clone(), at).unwrap();
            assert_eq!(c.framework, version);
            assert_eq!(c.started_by, m.id);
            assert!(c.agreed.is_empty());
        }
        let mut no_account = people[1].clone();
        no_account.user_id = None;
        assert_eq!(
            Check::start(CheckId::new(), &circle, &no_account, version.clone(), at),
            Err(CheckError::NotAMember)
        );
        let mut elsewhere = people[1].clone();
        elsewhere.circle_id = CircleId::new();
        assert_eq!(
            Check::start(CheckId::new(), &circle, &elsewhere, version.clone(), at),
            Err(CheckError::NotAMember)
        );
        circle.status = CircleStatus::Closed {
            at,
            by: UserId::new(),
            reflection: "done".into(),
        };
        assert_eq!(
            Check::start(CheckId::new(), &circle, &people[0], version, at),
            Err(CheckError::CircleClosed)
        );
    }
}

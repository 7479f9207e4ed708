//! Who a contribution is by. Usually one member writes their own; sometimes a
//! practitioner types a young person's view with them, and then the record
//! says so: "entered by X with Y". The view stays the young person's (they are
//! its author); the one who typed it sees it too.

use crate::circle::member::CircleMember;
use crate::ids::CircleMemberId;
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Byline {
    /// Whose words or view it is.
    pub author: CircleMemberId,
    /// Who typed it with them, when that was someone else.
    pub entered_by: Option<CircleMemberId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BylineError {
    /// Only practitioners in the circle enter a view with someone else.
    #[error("only a practitioner in the circle may enter something with someone else")]
    NotAPractitioner,
    #[error("the person it is entered with is not in this circle")]
    NotInCircle,
}

impl Byline {
    /// Something `author` wrote themself.
    pub const fn own(author: CircleMemberId) -> Self {
        Byline {
            author,
            entered_by: None,
        }
    }

    /// Something `typist` entered with `author`. Both must be members of the
    /// same circle, and the typist a practitioner in it. Entering "with"
    /// oneself is simply one's own.
    pub fn with(typist: &CircleMember, author: &CircleMember) -> Result<Self, BylineError> {
        if typist.id == author.id {
            return Ok(Byline::own(author.id));
        }
        if typist.circle_id != author.circle_id || typist.org_id != author.org_id {
            return Err(BylineError::NotInCircle);
        }
        if !typist.role.is_practitioner() {
            return Err(BylineError::NotAPractitioner);
        }
        Ok(Byline {
            author: author.id,
            entered_by: Some(typist.id),
        })
    }

    /// Whether `member` wrote or typed it: they always see it.
    pub fn involves(&self, member: CircleMemberId) -> bool {
        self.author == member || self.entered_by == Some(member)
    }

    /// Whether it was entered on someone's behalf.
    pub const fn is_on_behalf(&self) -> bool {
        self.entered_by.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::member::CircleRole;
    use crate::clock::Timestamp;
    use crate::ids::{CircleId, OrgId};

    fn member(org: OrgId, circle: CircleId, role: CircleRole) -> CircleMember {
        let t = Timestamp::from_millis(0);
        CircleMember::new(org, circle, None, role.as_str(), "", role, t).unwrap()
    }

    #[test]
    fn practitioners_enter_with_others_in_their_circle_only() {
        let (org, circle) = (OrgId::new(), CircleId::new());
        let worker = member(org, circle, CircleRole::Practitioner);
        let guest = member(org, circle, CircleRole::GuestPractitioner);
        let young = member(org, circle, CircleRole::FocusPerson);
        let parent = member(org, circle, CircleRole::ParentCarer);

        let b = Byline::with(&worker, &young).unwrap();
        assert_eq!(b.author, young.id);
        assert_eq!(b.entered_by, Some(worker.id));
        assert!(b.is_on_behalf());
        assert!(b.involves(worker.id) && b.involves(young.id));
        assert!(!b.involves(parent.id));
        assert!(Byline::with(&guest, &young).is_ok());

        assert_eq!(
            Byline::with(&parent, &young),
            Err(BylineError::NotAPractitioner)
        );
        let elsewhere = member(org, CircleId::new(), CircleRole::FocusPerson);
        assert_eq!(
            Byline::with(&worker, &elsewhere),
            Err(BylineError::NotInCircle)
        );
        let own = Byline::with(&parent, &parent).unwrap();
        assert_eq!(own, Byline::own(parent.id));
        assert!(!own.is_on_behalf());
    }
}

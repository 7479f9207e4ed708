//! One person's perspective in a check: their own view, move by move, kept
//! apart from everyone else's so no one is swayed. It starts as a draft that
//! only its author (and whoever typed it with them) sees, and reaches others
//! only when its author shares it with an audience they choose.

use crate::check::answer::Answer;
use crate::check::record::Check;
use crate::circle::{Audience, Byline, CircleMember, CircleRole};
use crate::clock::Timestamp;
use crate::framework::MoveId;
use crate::ids::{CheckId, CircleId, OrgId, PerspectiveId};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Perspective {
    pub org_id: OrgId,
    pub id: PerspectiveId,
    pub check_id: CheckId,
    pub circle_id: CircleId,
    /// Whose view it is, and who typed it with them.
    pub byline: Byline,
    /// [`Audience::OnlyMe`] while it is a draft.
    pub audience: Audience,
    /// When it was last shared beyond its author.
    pub shared_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Raised by every save: a save names the version it was made from.
    pub version: i64,
    pub answers: Vec<Answer>,
    /// A short check: the moves its author picked to answer (see
    /// [`super::short`]). `None` goes through every move.
    pub chosen: Option<Vec<MoveId>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("that is not one of the audiences offered")]
    NotOffered,
}

impl Perspective {
    /// A new draft in `check` with `byline`.
    pub fn start(id: PerspectiveId, check: &Check, byline: Byline, at: Timestamp) -> Self {
        Perspective {
            org_id: check.org_id,
            id,
            check_id: check.id,
            circle_id: check.circle_id,
            byline,
            audience: Audience::OnlyMe,
            shared_at: None,
            created_at: at,
            updated_at: at,
            version: 0,
            answers: Vec::new(),
            chosen: None,
        }
    }

    pub fn is_draft(&self) -> bool {
        self.audience == Audience::OnlyMe
    }

    /// Whether `member` may change it: its author, or whoever typed it with
    /// them. Nobody else, whatever their role.
    pub fn may_edit(&self, member: &CircleMember) -> bool {
        self.byline.involves(member.id)
    }

    pub fn answers_in(&self, compartment: &str) -> Vec<&Answer> {
        self.answers
            .iter()
            .filter(|a| a.compartment() == compartment)
            .collect()
    }

    pub fn answer(&self, move_id: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.move_id == move_id)
    }
}

/// The audience a perspective's author (with `role`) chose, as sent. Checks
/// offer no restricted audience: they are shared or kept, never hidden.
pub fn share_choice(role: CircleRole, sent: &str) -> Result<Audience, ShareError> {
    Audience::parse(sent.trim())
        .filter(|a| Audience::choices(role, false).contains(a))
        .ok_or(ShareError::NotOffered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_are_shared_with_the_audiences_offered_and_never_restricted() {
        for role in CircleRole::ALL {
            assert_eq!(share_choice(role, "only_me"), Ok(Audience::OnlyMe));
            assert_eq!(
                share_choice(role, " whole_circle "),
                Ok(Audience::WholeCircle)
            );
            assert_eq!(
                share_choice(role, "practitioners"),
                Ok(Audience::Practitioners)
            );
            assert_eq!(
                share_choice(role, "restricted"),
                Err(ShareError::NotOffered)
            );
            assert_eq!(share_choice(role, "everyone"), Err(ShareError::NotOffered));
            assert_eq!(share_choice(role, ""), Err(ShareError::NotOffered));
        }
    }
}

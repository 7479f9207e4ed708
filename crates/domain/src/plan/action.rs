//! One action of a plan: what we will do, who does it (a member of the circle,
//! or a named person outside it: Enlisting), by when, and, when it is aimed at
//! the world around the person rather than at the person, which "changing the
//! odds" category it is about. Actions are marked done, changed or dropped,
//! each time with a comment; the history is kept.

use crate::circle::CircleMember;
use crate::clock::Timestamp;
use crate::framework::{Category, MoveId};
use crate::ids::{ActionId, CircleMemberId, PlanEntryId};
use crate::plan::day::Day;
use crate::plan::odds::{CategoryOrigin, Stuck};
use serde::{Deserialize, Serialize};

pub const WHAT_MAX: usize = 500;
pub const OTHER_PERSON_MAX: usize = 120;
pub const COMMENT_MAX: usize = 2000;

/// Who does an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Who {
    /// Someone in the circle.
    Member(CircleMemberId),
    /// Someone outside the circle, by name ("Mr Patel, the head of year").
    Other(String),
}

impl Who {
    /// The name to show; a member no longer in the list shows nothing.
    pub fn name(&self, members: &[CircleMember]) -> String {
        match self {
            Who::Member(id) => members
                .iter()
                .find(|m| m.id == *id)
                .map(|m| m.display_name.clone())
                .unwrap_or_default(),
            Who::Other(name) => name.clone(),
        }
    }
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionState {
    Open,
    Done,
    /// Still going, but not as first agreed: the comment says how.
    Changed,
    Dropped,
}

impl ActionState {
    pub const ALL: [ActionState; 4] = [
        ActionState::Open,
        ActionState::Done,
        ActionState::Changed,
        ActionState::Dropped,
    ];

    /// The states a person may mark an action with.
    pub const MARKS: [ActionState; 3] = [
        ActionState::Done,
        ActionState::Changed,
        ActionState::Dropped,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ActionState::Open => "open",
            ActionState::Done => "done",
            ActionState::Changed => "changed",
            ActionState::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// One marking of an action, with its comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionUpdate {
    pub id: PlanEntryId,
    pub state: ActionState,
    pub comment: String,
    pub by: CircleMemberId,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: ActionId,
    /// One of the plan's focus moves.
    pub move_id: MoveId,
    pub what: String,
    pub who: Who,
    pub by_when: Day,
    /// Set when the action is aimed at the system ("changing the odds").
    #[serde(with = "category_code")]
    pub category: Option<Category>,
    /// Whether a person chose `category`: absent in actions written before
    /// this was recorded, which read as [`CategoryOrigin::Unknown`].
    #[serde(default)]
    pub category_origin: CategoryOrigin,
    /// Set when a changing-the-odds action waits on a service or agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stuck: Option<Stuck>,
    pub added_by: CircleMemberId,
    pub added_at: Timestamp,
    /// Oldest first.
    pub updates: Vec<ActionUpdate>,
}

impl Action {
    /// Where it stands now: the latest marking, or open.
    pub fn state(&self) -> ActionState {
        self.updates.last().map_or(ActionState::Open, |u| u.state)
    }

    /// The category to count in any count, report or progress: only one a
    /// person chose or confirmed.
    pub fn counted_category(&self) -> Option<Category> {
        match self.category_origin {
            CategoryOrigin::Chosen => self.category,
            CategoryOrigin::AutoFilled | CategoryOrigin::Unknown => None,
        }
    }

    /// A category not (yet) known to be chosen by a person: shown as "to
    /// confirm", counted nowhere.
    pub fn category_to_confirm(&self) -> Option<Category> {
        match self.category_origin {
            CategoryOrigin::Chosen => None,
            CategoryOrigin::AutoFilled | CategoryOrigin::Unknown => self.category,
        }
    }

    /// Stuck waiting on a service, counted only with a counted category.
    pub fn counted_stuck(&self) -> Option<&Stuck> {
        self.counted_category().and(self.stuck.as_ref())
    }
}

/// Categories are kept by their code ("housing"), the same in every language.
mod category_code {
    use crate::framework::Category;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(c: &Option<Category>, s: S) -> Result<S::Ok, S::Error> {
        match c {
            Some(c) => s.serialize_some(c.as_str()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Category>, D::Error> {
        let code: Option<String> = Option::deserialize(d)?;
        code.map(|c| c.parse().map_err(serde::de::Error::custom))
            .transpose()
    }
}

//! "Changing the odds" on an action: which structural problem it is about,
//! chosen by a person (never filled in from the move), and whether it is
//! stuck waiting on a service or agency. Only a chosen category counts.

use crate::framework::{Category, MoveId};
use serde::{Deserialize, Serialize};

/// The longest name of the service an action waits on ("Leeds Housing Options").
pub const SERVICE_NAME_MAX: usize = 120;

/// How an action's category came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryOrigin {
    /// A person chose it (or chose none), or confirmed it.
    Chosen,
    /// Filled in from the move's category by an earlier version of the
    /// program: not counted until someone confirms or clears it.
    AutoFilled,
    /// Written before origins were recorded, not yet looked at against its
    /// framework ([`crate::plan::Plan::settle_categories`]).
    #[default]
    Unknown,
}

/// The kind of service or agency a stuck action waits on: a fixed list, so
/// that what commissioners read adds up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Housing,
    Benefits,
    School,
    Health,
    SocialCare,
    Police,
    Transport,
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 8] = [
        ServiceKind::Housing,
        ServiceKind::Benefits,
        ServiceKind::School,
        ServiceKind::Health,
        ServiceKind::SocialCare,
        ServiceKind::Police,
        ServiceKind::Transport,
        ServiceKind::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Housing => "housing",
            ServiceKind::Benefits => "benefits",
            ServiceKind::School => "school",
            ServiceKind::Health => "health",
            ServiceKind::SocialCare => "social_care",
            ServiceKind::Police => "police",
            ServiceKind::Transport => "transport",
            ServiceKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A changing-the-odds action waiting on a service or agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stuck {
    pub service: ServiceKind,
    /// Its name, when given; empty when not.
    #[serde(default)]
    pub name: String,
}

/// How a category written before origins were recorded is read, given the
/// category the plan's framework gives the action's move. The old form
/// offered "as usual for this move", selected by default: a category equal to
/// the move's may have been filled in without anyone choosing it, so it
/// waits for a person to confirm it. One that differs from the move's was
/// picked by hand, and no category at all needs nothing confirmed.
pub fn settled_origin(category: Option<Category>, usual: Option<Category>) -> CategoryOrigin {
    match category {
        Some(c) if usual == Some(c) => CategoryOrigin::AutoFilled,
        _ => CategoryOrigin::Chosen,
    }
}

/// The move's category in the plan's framework, for [`settled_origin`].
pub trait UsualCategory {
    fn usual_category(&self, move_id: &MoveId) -> Option<Category>;
}

impl UsualCategory for crate::framework::AdaptedFramework {
    fn usual_category(&self, move_id: &MoveId) -> Option<Category> {
        self.framework
            .moves
            .iter()
            .find(|m| m.id == *move_id)
            .and_then(|m| m.category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_kinds_round_trip() {
        for k in ServiceKind::ALL {
            assert_eq!(ServiceKind::parse(k.as_str()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        assert_eq!(ServiceKind::parse("council"), None);
    }

    #[test]
    fn only_a_category_equal_to_the_moves_waits_for_confirming() {
        use Category::*;
        assert_eq!(
            settled_origin(Some(Housing), Some(Housing)),
            CategoryOrigin::AutoFilled
        );
        assert_eq!(
            settled_origin(Some(Money), Some(Housing)),
            CategoryOrigin::Chosen
        );
        assert_eq!(settled_origin(None, Some(Housing)), CategoryOrigin::Chosen);
        assert_eq!(settled_origin(Some(Safety), None), CategoryOrigin::Chosen);
    }
}

//! Where a move stands for one person: the four answers a check offers, and
//! nothing else. There is deliberately no number behind them: a check is a
//! conversation, never a score.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AnswerStatus {
    InPlace,
    Partly,
    NotYet,
    /// Not something to work on now (not "failed"): a choice to leave it.
    NotForNow,
}

impl AnswerStatus {
    pub const ALL: [AnswerStatus; 4] = [
        AnswerStatus::InPlace,
        AnswerStatus::Partly,
        AnswerStatus::NotYet,
        AnswerStatus::NotForNow,
    ];

    /// The code stored and sent in forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            AnswerStatus::InPlace => "in_place",
            AnswerStatus::Partly => "partly",
            AnswerStatus::NotYet => "not_yet",
            AnswerStatus::NotForNow => "not_for_now",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_four_answers_and_nothing_else() {
        for s in AnswerStatus::ALL {
            assert_eq!(AnswerStatus::parse(s.as_str()), Some(s));
        }
        for odd in ["", "IN_PLACE", "done", "3", "in place", "not_yet "] {
            assert_eq!(AnswerStatus::parse(odd), None, "{odd:?}");
        }
    }
}

//! Why something typed into a plan's form was refused, and in which field, so
//! the form can say so next to what the person typed (which is kept).

use crate::plan::day::DayError;
use crate::plan::goal::ScoreError;
use crate::text::TextError;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("{0}")]
    Text(TextError),
    #[error("{0}")]
    Day(DayError),
    #[error("{0}")]
    Score(ScoreError),
    #[error("no focus move was chosen")]
    NoFocus,
    #[error("not a move of this plan's framework")]
    UnknownMove,
    #[error("a move is either to work on or to keep going, not both")]
    InBothLists,
    #[error("not one of the plan's focus moves")]
    NotAFocusMove,
    #[error("not someone in this circle")]
    UnknownMember,
    #[error("not one of the categories")]
    UnknownCategory,
    #[error("not one of the choices")]
    UnknownChoice,
    #[error("only a changing-the-odds action can be waiting on a service")]
    StuckWithoutCategory,
    #[error("no such action in this plan")]
    UnknownAction,
    #[error("no such goal in this plan")]
    UnknownGoal,
    #[error("they have three goals already")]
    TooManyGoals,
    #[error("goals are not switched on in this organisation")]
    GoalsOff,
    #[error("only a practitioner may enter this for someone else")]
    NotForOthers,
    #[error("say what worked or what to change")]
    NothingSaid,
    #[error("not one of this circle's checks")]
    UnknownCheck,
    #[error("the plan is closed")]
    Closed,
    /// The form carried no one-use key of ours (`crate::form_key`): nothing
    /// was saved, and the form is shown again with a fresh key.
    #[error("the form could not be read")]
    FormExpired,
}

/// A refused field: `field` is the form field's id.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{field}: {problem}")]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }
}

/// Every refused field of one form, in the order of the form.
pub type Problems = Vec<FieldProblem>;

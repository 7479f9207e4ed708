//! Outcomes for services and commissioners (issue 16): the pure rules behind
//! every report figure, exactly as docs/outcomes.md defines them. Which
//! periods there are, how a move's change in a period is found, how goal
//! ratings are summed up, and the disclosure rule every shared figure passes.
//! No store and no pages here: `core` loads the answers, applies these rules,
//! and hands out only what the reader may have.

pub mod change;
pub mod disclosure;
pub mod goals;
pub mod period;

#[cfg(test)]
mod worked_example;

pub use change::{
    Baseline, Change, ChangeReport, CircleAnswers, NotIncluded, SharedAnswer, Tally, baseline,
    change_in, change_report, circle_changes,
};
pub use disclosure::{
    ProtectedCount, ProtectedMean, ProtectedPercent, RULE_VERSION, Refused, Release,
};
pub use goals::{GoalRatings, GoalsSummary, Interval, RELIABLE_CHANGE, summarise};
pub use period::{Period, PeriodError, PeriodKind};

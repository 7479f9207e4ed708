//! A review of a plan: what worked, what to change, new goal ratings, and
//! then either the plan carries on to a new review date or it is closed so a
//! new one can start.

use crate::circle::Byline;
use crate::clock::Timestamp;
use crate::ids::{CheckId, ReviewId};
use crate::plan::day::Day;
use serde::{Deserialize, Serialize};

pub const REVIEW_TEXT_MAX: usize = 4000;

/// What a review decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewOutcome {
    /// The plan carries on, to be reviewed again on this day.
    CarriedForward { next_review: Day },
    /// The plan is finished; a new one may start.
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: ReviewId,
    pub byline: Byline,
    pub at: Timestamp,
    pub worked: String,
    pub to_change: String,
    pub outcome: ReviewOutcome,
    /// The check done for this review, when one was named (one of the
    /// circle's). Older reviews have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CheckId>,
}

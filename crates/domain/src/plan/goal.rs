//! Goal Based Outcomes: a member of the circle sets up to three goals of their
//! own, in their own words, and rates each from 0 to 10 at the start and at
//! each review. A goal or rating entered by a practitioner on someone's behalf
//! says so (its [`Byline`]). Goals are used only where the organisation has
//! switched them on. The ratings are the person's own sense of how close they
//! are to their goal; nothing adds them up into a score.

use crate::circle::Byline;
use crate::clock::Timestamp;
use crate::ids::{GoalId, PlanEntryId, ReviewId};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Goal Based Outcomes asks for no more than three goals per person.
pub const GOALS_PER_PERSON: usize = 3;
pub const GOAL_MAX: usize = 300;
pub const RATING_MAX: u8 = 10;

/// A rating from 0 to 10.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub id: PlanEntryId,
    pub score: u8,
    /// Whose rating it is, and who typed it when that was someone else.
    pub byline: Byline,
    pub at: Timestamp,
    /// The review it was given at; `None` for the starting rating.
    pub review: Option<ReviewId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    /// The author is the person whose goal it is.
    pub byline: Byline,
    pub text: String,
    pub set_at: Timestamp,
    /// Oldest first; the first is the starting rating.
    pub ratings: Vec<Rating>,
}

impl Goal {
    pub fn latest(&self) -> Option<&Rating> {
        self.ratings.last()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ScoreError {
    #[error("no rating was given")]
    Missing,
    #[error("a rating is a whole number from 0 to 10")]
    OutOfRange,
}

/// A rating as typed: a whole number from 0 to 10, digits only.
pub fn parse_score(input: &str) -> Result<u8, ScoreError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(ScoreError::Missing);
    }
    if input.len() > 2 || !input.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScoreError::OutOfRange);
    }
    match input.parse::<u8>() {
        Ok(n) if n <= RATING_MAX => Ok(n),
        _ => Err(ScoreError::OutOfRange),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_whole_numbers_from_nought_to_ten() {
        assert_eq!(parse_score("0"), Ok(0));
        assert_eq!(parse_score(" 10 "), Ok(10));
        assert_eq!(parse_score("07"), Ok(7));
        assert_eq!(parse_score(""), Err(ScoreError::Missing));
        for bad in ["11", "-1", "5.5", "100", "ten", "１", "+3", "1e1"] {
            assert_eq!(parse_score(bad), Err(ScoreError::OutOfRange), "{bad}");
        }
    }
}

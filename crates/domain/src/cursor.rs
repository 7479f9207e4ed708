//! Where the next page of a list starts, for lists kept in the order things
//! were made: just after the row made at `at` with id `id`. The id breaks
//! ties, since many rows can share a moment.

use crate::clock::Timestamp;
use std::fmt::Display;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeCursor<I> {
    pub at: Timestamp,
    pub id: I,
}

impl<I: Display + FromStr> TimeCursor<I> {
    pub fn new(at: Timestamp, id: I) -> Self {
        Self { at, id }
    }

    /// As it goes in a link: `1764000000000.<id>`.
    pub fn to_param(&self) -> String {
        format!("{}.{}", self.at.as_millis(), self.id)
    }

    /// A cursor from a link, if it is one of ours.
    pub fn parse(param: &str) -> Option<Self> {
        let (at, id) = param.trim().split_once('.')?;
        Some(Self {
            at: Timestamp::from_millis(at.parse().ok()?),
            id: id.parse().ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;

    #[test]
    fn a_cursor_goes_through_a_link_and_nothing_else_does() {
        let c = TimeCursor::new(Timestamp::from_millis(1_764_000_000_000), UserId::new());
        assert_eq!(TimeCursor::parse(&c.to_param()), Some(c));
        for bad in ["", "1764000000000", "x.y", "1.not-an-id", ".", "1..x"] {
            assert_eq!(TimeCursor::<UserId>::parse(bad), None, "{bad}");
        }
    }
}

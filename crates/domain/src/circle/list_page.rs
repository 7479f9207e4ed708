//! The circles list is read a page at a time, newest first: a manager may see
//! thousands of their teams' circles, and none of them is read, sent or drawn
//! until asked for. A page ends at a circle; the next starts after it (by when
//! it was started, then its id).

use crate::circle::space::Circle;
use crate::clock::Timestamp;
use crate::ids::CircleId;

/// How many circles one page of a list reads.
pub const CIRCLES_PAGE: u32 = 50;

/// A circle on a list, with how many people are in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedCircle {
    pub circle: Circle,
    pub member_count: u64,
}

/// Where the next page starts: just after this circle, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CircleCursor {
    pub created_at: Timestamp,
    pub id: CircleId,
}

impl CircleCursor {
    /// The page after `last`, the last circle of a page.
    pub fn after(last: &Circle) -> Self {
        Self {
            created_at: last.created_at,
            id: last.id,
        }
    }

    /// As it goes in a link: `1764000000000.<id>`.
    pub fn to_param(&self) -> String {
        format!("{}.{}", self.created_at.as_millis(), self.id)
    }

    /// A cursor from a link, if it is one of ours.
    pub fn parse(param: &str) -> Option<Self> {
        let (at, id) = param.trim().split_once('.')?;
        Some(Self {
            created_at: Timestamp::from_millis(at.parse().ok()?),
            id: id.parse().ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_goes_through_a_link_and_nothing_else_does() {
        let c = CircleCursor {
            created_at: Timestamp::from_millis(1_764_000_000_000),
            id: CircleId::new(),
        };
        assert_eq!(CircleCursor::parse(&c.to_param()), Some(c));
        for bad in ["", "1764000000000", "x.y", "1.not-an-id", ".", "1..x"] {
            assert_eq!(CircleCursor::parse(bad), None, "{bad}");
        }
    }
}

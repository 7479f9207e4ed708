//! The journal is read a page at a time, newest first: a busy circle's years
//! of notes never have to be read, sent or drawn at once. A page ends at a
//! note; the next page starts after it, in journal order (the day a note is
//! about, then when it was written, then its id).

use crate::circle::journal_date::JournalDate;
use crate::circle::note::Note;
use crate::clock::Timestamp;
use crate::ids::NoteId;

/// How many notes one page of the journal reads.
pub const JOURNAL_PAGE: u32 = 50;

/// Where the next page starts: just after this note, in journal order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalCursor {
    pub about: JournalDate,
    pub written_at: Timestamp,
    pub id: NoteId,
}

impl JournalCursor {
    /// The page after `last`, the last note of a page.
    pub fn after(last: &Note) -> Self {
        Self {
            about: last.about,
            written_at: last.written_at,
            id: last.id,
        }
    }

    /// As it goes in a link: `2025-11-24.1764000000000.<id>`.
    pub fn to_param(&self) -> String {
        format!(
            "{}.{}.{}",
            self.about.as_iso(),
            self.written_at.as_millis(),
            self.id
        )
    }

    /// A cursor from a link, if it is one of ours.
    pub fn parse(param: &str) -> Option<Self> {
        let mut parts = param.trim().splitn(3, '.');
        let about = JournalDate::from_stored(parts.next()?)?;
        let written_at = Timestamp::from_millis(parts.next()?.parse().ok()?);
        let id = parts.next()?.parse().ok()?;
        Some(Self {
            about,
            written_at,
            id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_goes_through_a_link_and_nothing_else_does() {
        let c = JournalCursor {
            about: JournalDate::from_stored("2025-11-24").unwrap(),
            written_at: Timestamp::from_millis(1_764_000_000_000),
            id: NoteId::new(),
        };
        assert_eq!(JournalCursor::parse(&c.to_param()), Some(c));
        for bad in [
            "",
            "2025-11-24",
            "2025-13-01.1.x",
            "x.y.z",
            "2025-11-24.1.not-an-id",
        ] {
            assert_eq!(JournalCursor::parse(bad), None, "{bad}");
        }
    }
}

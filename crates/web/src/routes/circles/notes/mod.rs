//! The circle's journal: `/circles/{id}/notes` (what the viewer may read, and
//! the safeguarding notes they are only told exist), `/circles/{id}/notes/new`
//! and `/circles/{id}/notes/{note}` (change or share one's own note).
//!
//! Who reads what is decided in `moves_core::circle::note::journal` (through
//! `CircleAccess::glimpse`) and nowhere here. A new note's form carries the id
//! the note will have, so the form sent twice saves once; a change carries the
//! version it was made from, so a stale one is refused with the text kept.

pub mod edit;
pub mod form;
pub mod journal;
pub mod new;

use crate::i18n::Tr;
use moves_core::circle::JournalDate;
use moves_core::ids::{CircleId, NoteId};

pub fn notes_path(circle: CircleId) -> String {
    format!("{}/notes", super::circle_path(circle))
}

pub fn note_path(circle: CircleId, note: NoteId) -> String {
    format!("{}/{note}", notes_path(circle))
}

/// "24 November 2025": a date in words, as people read it.
pub fn date_text(tr: &Tr, date: JournalDate) -> String {
    let (year, month, day) = date.parts();
    parts_text(tr, year, month, day)
}

/// A day in words from its year, month (1-12) and day of the month.
pub fn parts_text(tr: &Tr, year: i32, month: u8, day: u8) -> String {
    tr.t_args(
        "notes-date",
        &[
            ("day", day.to_string()),
            ("month", tr.t(&format!("notes-month-{month}"))),
            ("year", year.to_string()),
        ],
    )
}

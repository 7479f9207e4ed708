//! Circles: one child, young person, adult or family (the focus) with the
//! people around them. The circle is the shared working space of Resilient
//! Therapy; these modules hold its rules, once: what a valid circle and member
//! are ([`space`], [`member`], [`birth`]), who may open a circle ([`access`]),
//! who a contribution is by and who it reaches ([`byline`], [`audience`]),
//! the audited way a circle is read ([`open`]), its journal of notes
//! ([`note`]), what its decider agreed may be shared ([`agreement`]) and its
//! export for a subject access request ([`export`]). What is new for a person
//! across their circles is [`crate::home`]'s.

pub mod access;
pub mod agreement;
pub mod audience;
pub mod birth;
pub mod byline;
pub mod demo;
pub mod demo_notes;
pub mod export;
pub mod family_invite;
// Sharing (issue 5): linking the young person's account to the focus member.
pub mod focus_account;
pub mod journal_date;
pub mod journal_page;
pub mod list_page;
pub mod member;
pub mod note;
pub mod open;
pub mod space;

pub use access::{CircleAccess, Glimpse};
pub use audience::Audience;
pub use birth::{AgeBand, Birth, BirthDate, BirthError};
pub use byline::{Byline, BylineError};
pub use export::{CircleExport, ExportContents};
pub use journal_date::{JournalDate, JournalDateError};
pub use journal_page::{JOURNAL_PAGE, JournalCursor};
pub use list_page::{CIRCLES_PAGE, CircleCursor, ListedCircle};
pub use member::{CircleMember, CircleRole, MEMBERS_MAX, MemberError};
pub use note::{NOTE_MAX, Note, NoteError, NoteInJournal, NoteInput, journal};
pub use open::OpenCircle;
pub use space::{
    Circle, CircleError, CircleStatus, Closing, NewCircle, SharingDecider, closing_reflection,
};

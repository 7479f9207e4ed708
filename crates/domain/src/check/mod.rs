//! Resilience checks: each person in a circle says, move by move, whether a
//! resilient move is in place, partly there, not yet, or not for now. Views
//! are recorded apart ([`Perspective`]), shared when their author chooses,
//! compared side by side ([`compare`]), and an agreed version is recorded
//! together on the [`Check`] without touching anyone's own view. There is no
//! score: only counts per compartment ([`counts`]).
//!
//! A check keeps the framework version it was started on, and reads with that
//! version's wording ([`check_wording`]) whatever the organisation adapts
//! later.

pub mod agreed_change;
pub mod answer;
pub mod compare;
pub mod counts;
pub mod demo;
pub mod perspective;
pub mod record;
pub mod short;
pub mod status;
pub mod visible;
pub mod wording;

#[cfg(test)]
pub(crate) mod tests_support;

pub use agreed_change::{AGREED_CHANGES_PAGE, AgreedChange, AgreedChangeCursor, agreed_changes};
pub use answer::{
    Answer, AnswerError, CompartmentSave, NOTE_MAX, SentAnswer, read_answers, replace_compartment,
    same_answers,
};
pub use compare::{Agreement, CompareRow, compare};
pub use counts::{CompartmentCounts, counts};
pub use perspective::{Perspective, ShareError, share_choice};
pub use record::{Check, CheckError};
pub use short::{ChooseError, keep_unchosen, narrowed, read_chosen};
pub use status::AnswerStatus;
pub use visible::{perspectives_seen_by, shared_with_since};
pub use wording::Reader;

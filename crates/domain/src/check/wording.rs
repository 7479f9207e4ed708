//! Who reads a check's wording (`moves_core::check::check_wording` gives it):
//! the organisation's framework as it was at the check's version (never
//! today's), and for the young person the wording for young people when that
//! is the one the organisation accepted. Others then read the same moves in
//! the wording underneath it.

/// Who is reading: the young person (the circle's focus), or anyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    YoungPerson,
    Other,
}

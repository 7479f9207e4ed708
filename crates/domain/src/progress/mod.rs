//! Progress in a circle over months, from what a person may see: whose view
//! to follow ([`whose`]), the latest status of each move ([`latest`]), two
//! checks compared move by move ([`change`]), counts per compartment over
//! time ([`over_time`]) and the history of plans, reviews and checks
//! ([`timeline`]).
//!
//! Everything here is fed by the store's answers for the whole circle (its
//! checks, the perspectives the reader may see, the plans they may see), so a
//! page needs a few queries whatever the circle's history. As everywhere in
//! checks, nothing is turned into a score: statuses are compared, and counted
//! per compartment only.

pub mod change;
pub mod latest;
pub mod over_time;
pub mod summary;
pub mod timeline;
pub mod whose;

#[cfg(test)]
pub(crate) mod tests_support;

pub use change::{ChangeRow, Direction, PairError, changes, pick_pair};
pub use latest::{Latest, latest};
pub use over_time::{CountsAt, over_time};
pub use summary::{SinceLast, Summary, summary};
pub use timeline::{Event, timeline};
pub use whose::{Point, Views, Whose, WhoseError};

//! Plans: the domain's plans, and their use cases: the list of a circle's
//! plans, opening one, making one, adding to one, and editing one.

pub use moves_domain::plan::*;

pub mod answers;
pub mod change;
pub mod create;
pub mod edit;
pub mod list;
pub mod open;
pub mod read;
pub mod seen;
pub mod wording;

pub use open::{open_plan, writer};
pub use seen::plans_for_reader;

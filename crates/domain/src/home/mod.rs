//! The home page's "What needs you" / "New for you", decided for one person
//! across every circle they are in (and, for team managers, their teams'
//! circles): what is due ([`due`]), what others shared with them since they
//! last looked ([`shared`]), and when that "since" begins ([`visit`]). The
//! rules are pure: the store's answers go in, plain facts come out. They are
//! read from the store in one place ([`facts`]) for the home page and the
//! email digest ([`digest`]) alike, and the web layer words them.

pub mod digest;
pub mod due;
pub mod facts;
pub mod more;
pub mod shared;
pub mod visit;

pub use digest::{digest_since, something_waiting};
pub use due::{Due, DueInCircle, SOON_DAYS, due_for};
pub use facts::{HOME_READ_LIMIT, HomeFacts, has_home};
pub use more::{NewsLine, SHARED_LINES_PER_CIRCLE, news_lines};
pub use shared::{NewForYou, Shared, new_for_you};
pub use visit::{HomeVisit, SITTING_SECONDS};

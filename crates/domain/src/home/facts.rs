//! What the home page tells one person in one organisation. They are read in
//! one place (`moves_core::home::home_facts`), which the home page and `moves
//! digest` both start from, so the email's "something is waiting" can never
//! drift from what the page shows: the same reads and the same rules
//! ([`super::due_for`], [`super::new_for_you`]).

use super::{DueInCircle, NewForYou};
use crate::circle::member::CircleMember;
use crate::permission::{Actor, Capability};
use crate::plan::Plan;

/// The most rows of each kind (circles, members, notes, check perspectives,
/// plans) the home page reads for one person: the newest, or the soonest
/// due. A manager of thousands of circles is told of the first of them, and
/// the page never costs more than this however big the organisation grows.
pub const HOME_READ_LIMIT: u32 = 500;

/// The home page's facts for one person, before the web layer words them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeFacts {
    /// What is due for them ([`due_for`]).
    pub due: Vec<DueInCircle>,
    /// What others shared with them after `since` ([`new_for_you`]).
    pub shared: Vec<NewForYou>,
    /// Their own memberships of their circles: who they are in each.
    pub mine: Vec<CircleMember>,
    /// The plans `due` points to, and no others: the store's open plans
    /// include ones the person may not see, which never leave here.
    pub plans: Vec<Plan>,
}

/// Whether `actor` has a home page of what needs them: they work in circles
/// of an organisation, their own or (as a team manager) their teams'.
pub fn has_home(actor: &Actor) -> bool {
    actor.org.is_some()
        && actor.user.is_some()
        && (actor.may(Capability::WorkInOwnCircles) || actor.may(Capability::SeeTeamCircles))
}

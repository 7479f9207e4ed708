//! Plans: the second half of the practice loop. From what a check showed, the
//! circle chooses a few focus moves, agrees who does what by when (with the
//! four noble truths as prompts), sets goals, does it, and reviews.
//!
//! - [`record`]: the plan itself, made against the framework version in force.
//! - [`action`], [`goal`], [`review`]: its parts; [`changes`]: how they are added.
//! - [`odds`]: "changing the odds" on an action, chosen by a person.
//! - [`day`]: the calendar days chosen on its forms.
//! - [`seen`]: what of a circle's plans a person may see.

pub mod action;
pub mod changes;
pub mod day;
pub mod demo;
pub mod goal;
pub mod odds;
pub mod problem;
pub mod record;
pub mod review;
pub mod seen;

#[cfg(test)]
mod tests;

pub use action::{Action, ActionState, ActionUpdate, Who};
pub use changes::{Applied, NewAction, NewReview, parse_category};
pub use day::{Day, DayError};
pub use goal::{GOALS_PER_PERSON, Goal, Rating, ScoreError, parse_score};
pub use odds::{CategoryOrigin, SERVICE_NAME_MAX, ServiceKind, Stuck, UsualCategory};
pub use problem::{FieldProblem, Problem, Problems};
pub use record::{FOCUS_NUDGE, NewPlan, Plan, PlanBody, TruthNote};
pub use review::{Review, ReviewOutcome};
pub use seen::plans_seen;

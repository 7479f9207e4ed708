//! Plans in a circle's export: only those the requester sees
//! ([`plans_seen`]), each whole (a plan is seen all or not at all): focus
//! moves, the noble truths' notes, actions with their history, goals with
//! their ratings, and reviews. People are named, not given by id.

use super::{name_of, rfc3339};
use crate::circle::open::OpenCircle;
use crate::circle::{Byline, CircleMember};
use crate::ids::PlanId;
use crate::plan::{Plan, ReviewOutcome, TruthNote, plans_seen};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedPlan {
    pub id: PlanId,
    pub made_at: String,
    /// The framework edition and adaptation version whose wording it keeps.
    pub framework: String,
    pub framework_version: u32,
    /// The audience's code (`only_me` for a draft).
    pub audience: &'static str,
    pub by: String,
    pub entered_by: Option<String>,
    /// The next review (YYYY-MM-DD).
    pub review_due: String,
    pub closed: bool,
    /// Move ids, in the order chosen.
    pub focus_moves: Vec<String>,
    /// Moves already working, to keep going (Conserving).
    pub keep_going_moves: Vec<String>,
    /// What was written for each noble truth's prompt (by truth id).
    pub noble_truths: Vec<TruthNote>,
    pub actions: Vec<ExportedAction>,
    pub goals: Vec<ExportedGoal>,
    pub reviews: Vec<ExportedReview>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedAction {
    pub move_id: String,
    pub what: String,
    pub who: String,
    pub by_when: String,
    /// The "changing the odds" category's code, when a person chose it.
    pub changing_the_odds: Option<&'static str>,
    /// A category filled in from the move by an earlier version, which
    /// nobody has confirmed yet: not counted.
    pub changing_the_odds_to_confirm: Option<&'static str>,
    /// The kind of service or agency it waits on (`social_care`), and its
    /// name, when stuck.
    pub waiting_on_service: Option<&'static str>,
    pub waiting_on_service_name: Option<String>,
    /// `open`, `done`, `changed` or `dropped`.
    pub state: &'static str,
    /// Each marking, oldest first.
    pub history: Vec<ExportedMarking>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedMarking {
    pub state: &'static str,
    pub comment: String,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedGoal {
    /// Whose goal it is.
    pub by: String,
    pub entered_by: Option<String>,
    pub text: String,
    pub set_at: String,
    /// Oldest first: the first is the starting rating.
    pub ratings: Vec<ExportedRating>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedRating {
    /// From 0 to 10.
    pub score: u8,
    pub by: String,
    pub entered_by: Option<String>,
    pub at: String,
    /// Given at a review (not the starting rating).
    pub at_review: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedReview {
    pub by: String,
    pub entered_by: Option<String>,
    pub at: String,
    pub what_worked: String,
    pub what_to_change: String,
    /// The review after it, when the plan carried on.
    pub next_review: Option<String>,
    pub plan_closed: bool,
}

fn by(members: &[CircleMember], b: &Byline) -> (String, Option<String>) {
    (
        name_of(members, b.author),
        b.entered_by.map(|t| name_of(members, t)),
    )
}

/// The plans of `open`'s circle its reader sees, in the order given.
pub(super) fn exported(open: &OpenCircle, plans: Vec<Plan>) -> Vec<ExportedPlan> {
    let members = &open.members;
    plans_seen(open, plans)
        .into_iter()
        .map(|p| {
            let (author, typist) = by(members, &p.byline);
            let body = p.body;
            ExportedPlan {
                id: p.id,
                made_at: rfc3339(p.created_at),
                framework: p.framework.edition.to_string(),
                framework_version: p.framework.adaptation_version,
                audience: p.audience.as_str(),
                by: author,
                entered_by: typist,
                review_due: p.review_due.as_iso(),
                closed: p.closed,
                focus_moves: body.focus.iter().map(|m| m.as_str().to_owned()).collect(),
                keep_going_moves: body
                    .keep_going
                    .iter()
                    .map(|m| m.as_str().to_owned())
                    .collect(),
                noble_truths: body.truths,
                actions: body
                    .actions
                    .into_iter()
                    .map(|a| ExportedAction {
                        move_id: a.move_id.as_str().to_owned(),
                        who: a.who.name(members),
                        by_when: a.by_when.as_iso(),
                        changing_the_odds: a.counted_category().map(|c| c.as_str()),
                        changing_the_odds_to_confirm: a.category_to_confirm().map(|c| c.as_str()),
                        waiting_on_service: a.stuck.as_ref().map(|s| s.service.as_str()),
                        waiting_on_service_name: a
                            .stuck
                            .as_ref()
                            .filter(|s| !s.name.is_empty())
                            .map(|s| s.name.clone()),
                        state: a.state().as_str(),
                        history: a
                            .updates
                            .iter()
                            .map(|u| ExportedMarking {
                                state: u.state.as_str(),
                                comment: u.comment.clone(),
                                by: name_of(members, u.by),
                                at: rfc3339(u.at),
                            })
                            .collect(),
                        what: a.what,
                    })
                    .collect(),
                goals: body
                    .goals
                    .into_iter()
                    .map(|g| {
                        let (author, typist) = by(members, &g.byline);
                        ExportedGoal {
                            by: author,
                            entered_by: typist,
                            set_at: rfc3339(g.set_at),
                            ratings: g
                                .ratings
                                .iter()
                                .map(|r| {
                                    let (rater, typist) = by(members, &r.byline);
                                    ExportedRating {
                                        score: r.score,
                                        by: rater,
                                        entered_by: typist,
                                        at: rfc3339(r.at),
                                        at_review: r.review.is_some(),
                                    }
                                })
                                .collect(),
                            text: g.text,
                        }
                    })
                    .collect(),
                reviews: body
                    .reviews
                    .into_iter()
                    .map(|r| {
                        let (author, typist) = by(members, &r.byline);
                        let (next_review, plan_closed) = match r.outcome {
                            ReviewOutcome::CarriedForward { next_review } => {
                                (Some(next_review.as_iso()), false)
                            }
                            ReviewOutcome::Closed => (None, true),
                        };
                        ExportedReview {
                            by: author,
                            entered_by: typist,
                            at: rfc3339(r.at),
                            what_worked: r.worked,
                            what_to_change: r.to_change,
                            next_review,
                            plan_closed,
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

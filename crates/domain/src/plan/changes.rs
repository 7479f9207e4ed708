//! Changes to a plan after it is made: adding an action, marking one done,
//! changed or dropped, setting a goal, reviewing, and editing the noble
//! truths' notes and review date. Each is checked here and applied to the
//! plan in memory; the caller saves the plan against the version it read.
//!
//! Every added entry carries an id the server made for its form (bound to the
//! form's one-use key, `crate::form_key`): if the plan already holds it, the
//! same form was sent twice and nothing is added again.

use crate::circle::{Byline, CircleMember};
use crate::clock::Timestamp;
use crate::framework::{AdaptedFramework, Category};
use crate::ids::{ActionId, CheckId, CircleMemberId, GoalId, PlanEntryId, ReviewId};
use crate::plan::action::{
    Action, ActionState, ActionUpdate, COMMENT_MAX, OTHER_PERSON_MAX, WHAT_MAX, Who,
};
use crate::plan::day::Day;
use crate::plan::goal::{GOAL_MAX, GOALS_PER_PERSON, Goal, Rating, parse_score};
use crate::plan::odds::{CategoryOrigin, SERVICE_NAME_MAX, ServiceKind, Stuck, UsualCategory};
use crate::plan::problem::{FieldProblem, Problem, Problems};
use crate::plan::record::{Plan, apart, chosen_moves, optional_block, truth_notes};
use crate::plan::review::{REVIEW_TEXT_MAX, Review, ReviewOutcome};
use crate::text::{clean_block, clean_line};

/// What applying a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The plan changed; save it.
    Changed,
    /// The plan already holds this entry (the form was sent twice): nothing to save.
    AlreadySaved,
}

/// A new action as typed.
#[derive(Debug, Clone, Default)]
pub struct NewAction<'a> {
    pub move_id: &'a str,
    pub what: &'a str,
    /// A member's id, or `other`.
    pub who: &'a str,
    /// The name of the person outside the circle, when `who` is `other`.
    pub other: &'a str,
    pub by_when: &'a str,
    /// A category code, or `none` when the action is not aimed at the
    /// system. Only what the person chose: never filled in from the move.
    pub category: &'a str,
    /// `yes` when the action is stuck waiting on a service or agency.
    pub stuck: &'a str,
    /// The kind of service it waits on (a [`ServiceKind`] code), when stuck.
    pub service: &'a str,
    /// The service's name, optional.
    pub service_name: &'a str,
}

/// A review as typed.
#[derive(Debug, Clone, Default)]
pub struct NewReview<'a> {
    pub worked: &'a str,
    pub to_change: &'a str,
    /// (goal id, rating) as sent; a blank rating is left out.
    pub ratings: Vec<(&'a str, &'a str)>,
    /// `carry` or `close`.
    pub outcome: &'a str,
    /// The next review date, when carried forward.
    pub next_review: &'a str,
    /// The check done for the review, as sent: empty for none.
    pub check: &'a str,
    /// The circle's checks, one of which `check` must name.
    pub checks: &'a [CheckId],
}

/// The category sent with an action: `none` (or nothing), or one of the
/// fixed list.
pub fn parse_category(code: &str) -> Result<Option<Category>, Problem> {
    match code.trim() {
        // Not chosen is not a changing-the-odds action: the form's default.
        "" | "none" => Ok(None),
        c => c.parse().map(Some).map_err(|_| Problem::UnknownCategory),
    }
}

/// Whether a changing-the-odds action is stuck, as typed: the kind of
/// service is required when it is, the name optional; only an action with a
/// category can be stuck.
fn stuck(
    input: &NewAction<'_>,
    category: Option<Option<Category>>,
    problems: &mut Problems,
) -> Option<Option<Stuck>> {
    match input.stuck.trim() {
        "" | "no" => return Some(None),
        "yes" => {}
        _ => {
            problems.push(FieldProblem::new("stuck", Problem::UnknownChoice));
            return None;
        }
    }
    if category == Some(None) {
        problems.push(FieldProblem::new("stuck", Problem::StuckWithoutCategory));
    }
    let service = ServiceKind::parse(input.service.trim());
    if service.is_none() {
        problems.push(FieldProblem::new("service", Problem::UnknownChoice));
    }
    let name = match clean_line(input.service_name, SERVICE_NAME_MAX) {
        Ok(n) => Some(n),
        Err(crate::text::TextError::Empty) => Some(String::new()),
        Err(e) => {
            problems.push(FieldProblem::new("service_name", Problem::Text(e)));
            None
        }
    };
    match (service, name) {
        (Some(service), Some(name)) => Some(Some(Stuck { service, name })),
        _ => None,
    }
}

fn who(who: &str, other: &str, members: &[CircleMember], problems: &mut Problems) -> Option<Who> {
    if who == "other" {
        return clean_line(other, OTHER_PERSON_MAX)
            .map(Who::Other)
            .map_err(|e| problems.push(FieldProblem::new("other", Problem::Text(e))))
            .ok();
    }
    let found = who
        .parse::<CircleMemberId>()
        .ok()
        .filter(|id| members.iter().any(|m| m.id == *id));
    if found.is_none() {
        problems.push(FieldProblem::new("who", Problem::UnknownMember));
    }
    found.map(Who::Member)
}

impl Plan {
    fn refuse_if_closed(&self) -> Result<(), Problems> {
        if self.closed {
            return Err(vec![FieldProblem::new("plan", Problem::Closed)]);
        }
        Ok(())
    }

    /// Adds an action to one of the focus moves.
    pub fn add_action(
        &mut self,
        id: ActionId,
        input: &NewAction<'_>,
        by: &CircleMember,
        members: &[CircleMember],
        now: Timestamp,
    ) -> Result<Applied, Problems> {
        if self.body.actions.iter().any(|a| a.id == id) {
            return Ok(Applied::AlreadySaved);
        }
        self.refuse_if_closed()?;
        let mut problems = Problems::new();
        let move_id = self
            .body
            .focus
            .iter()
            .find(|m| m.as_str() == input.move_id)
            .cloned();
        if move_id.is_none() {
            problems.push(FieldProblem::new("move", Problem::NotAFocusMove));
        }
        let what = clean_block(input.what, WHAT_MAX)
            .map_err(|e| problems.push(FieldProblem::new("what", Problem::Text(e))))
            .ok();
        let who = who(input.who, input.other, members, &mut problems);
        let by_when = Day::chosen(input.by_when, now)
            .map_err(|e| problems.push(FieldProblem::new("by_when", Problem::Day(e))))
            .ok();
        let category = parse_category(input.category)
            .map_err(|e| problems.push(FieldProblem::new("category", e)))
            .ok();
        let stuck = stuck(input, category, &mut problems);
        match (move_id, what, who, by_when, category, stuck) {
            (Some(move_id), Some(what), Some(who), Some(by_when), Some(category), Some(stuck))
                if problems.is_empty() =>
            {
                self.body.actions.push(Action {
                    id,
                    move_id,
                    what,
                    who,
                    by_when,
                    category,
                    category_origin: CategoryOrigin::Chosen,
                    stuck,
                    added_by: by.id,
                    added_at: now,
                    updates: Vec::new(),
                });
                self.updated_at = now;
                self.updated_by = Some(by.id);
                Ok(Applied::Changed)
            }
            _ => Err(problems),
        }
    }

    /// Reads the origin of every category written before origins were
    /// recorded, against the plan's framework ([`crate::plan::odds::settled_origin`]).
    /// Changes nothing else; saved with the plan's next change.
    pub fn settle_categories(&mut self, framework: &impl UsualCategory) {
        for a in &mut self.body.actions {
            if a.category_origin == CategoryOrigin::Unknown {
                let usual = framework.usual_category(&a.move_id);
                a.category_origin = crate::plan::odds::settled_origin(a.category, usual);
            }
        }
    }

    /// Confirms (`keep`) or clears (`clear`) a category that was filled in
    /// without anyone choosing it. Either way it is a person's choice from
    /// now on; clearing also takes away its "stuck".
    pub fn confirm_category(
        &mut self,
        action: &str,
        choice: &str,
        by: &CircleMember,
        now: Timestamp,
    ) -> Result<Applied, Problems> {
        let Some(index) = action
            .parse::<ActionId>()
            .ok()
            .and_then(|id| self.body.actions.iter().position(|a| a.id == id))
        else {
            return Err(vec![FieldProblem::new("action", Problem::UnknownAction)]);
        };
        let keep = match choice {
            "keep" => true,
            "clear" => false,
            _ => return Err(vec![FieldProblem::new("confirm", Problem::UnknownChoice)]),
        };
        // Sent twice, or already settled by someone else: nothing to do.
        if self.body.actions[index].category_to_confirm().is_none() {
            return Ok(Applied::AlreadySaved);
        }
        self.refuse_if_closed()?;
        let a = &mut self.body.actions[index];
        a.category_origin = CategoryOrigin::Chosen;
        if !keep {
            a.category = None;
            a.stuck = None;
        }
        self.updated_at = now;
        self.updated_by = Some(by.id);
        Ok(Applied::Changed)
    }

    /// Marks an action done, changed or dropped, with a comment.
    pub fn mark_action(
        &mut self,
        action: &str,
        entry: PlanEntryId,
        state: &str,
        comment: &str,
        by: &CircleMember,
        now: Timestamp,
    ) -> Result<Applied, Problems> {
        let Some(index) = action
            .parse::<ActionId>()
            .ok()
            .and_then(|id| self.body.actions.iter().position(|a| a.id == id))
        else {
            return Err(vec![FieldProblem::new("action", Problem::UnknownAction)]);
        };
        if self.body.actions[index]
            .updates
            .iter()
            .any(|u| u.id == entry)
        {
            return Ok(Applied::AlreadySaved);
        }
        self.refuse_if_closed()?;
        let mut problems = Problems::new();
        let state = ActionState::parse(state)
            .filter(|s| ActionState::MARKS.contains(s))
            .ok_or_else(|| problems.push(FieldProblem::new("state", Problem::UnknownChoice)))
            .ok();
        let comment = clean_block(comment, COMMENT_MAX)
            .map_err(|e| problems.push(FieldProblem::new("comment", Problem::Text(e))))
            .ok();
        match (state, comment) {
            (Some(state), Some(comment)) if problems.is_empty() => {
                self.body.actions[index].updates.push(ActionUpdate {
                    id: entry,
                    state,
                    comment,
                    by: by.id,
                    at: now,
                });
                self.updated_at = now;
                self.updated_by = Some(by.id);
                Ok(Applied::Changed)
            }
            _ => Err(problems),
        }
    }

    /// The goals of one person in this plan.
    pub fn goals_of(&self, member: CircleMemberId) -> impl Iterator<Item = &Goal> {
        self.body
            .goals
            .iter()
            .filter(move |g| g.byline.author == member)
    }

    /// Sets a goal of `owner`'s, typed by `typist` (themself, or a
    /// practitioner on their behalf), with its starting rating.
    #[allow(clippy::too_many_arguments)]
    pub fn add_goal(
        &mut self,
        id: GoalId,
        owner: &CircleMember,
        typist: &CircleMember,
        text: &str,
        score: &str,
        goals_on: bool,
        now: Timestamp,
    ) -> Result<Applied, Problems> {
        if self.body.goals.iter().any(|g| g.id == id) {
            return Ok(Applied::AlreadySaved);
        }
        if !goals_on {
            return Err(vec![FieldProblem::new("goal", Problem::GoalsOff)]);
        }
        self.refuse_if_closed()?;
        let mut problems = Problems::new();
        let byline = Byline::with(typist, owner)
            .map_err(|_| problems.push(FieldProblem::new("owner", Problem::NotForOthers)))
            .ok();
        if self.goals_of(owner.id).count() >= GOALS_PER_PERSON {
            problems.push(FieldProblem::new("owner", Problem::TooManyGoals));
        }
        let text = clean_line(text, GOAL_MAX)
            .map_err(|e| problems.push(FieldProblem::new("goal_text", Problem::Text(e))))
            .ok();
        let score = parse_score(score)
            .map_err(|e| problems.push(FieldProblem::new("score", Problem::Score(e))))
            .ok();
        match (byline, text, score) {
            (Some(byline), Some(text), Some(score)) if problems.is_empty() => {
                self.body.goals.push(Goal {
                    id,
                    byline,
                    text,
                    set_at: now,
                    ratings: vec![Rating {
                        // The goal's own id stands for its first rating: both
                        // are made by one form.
                        id: PlanEntryId::from_uuid(id.as_uuid()),
                        score,
                        byline,
                        at: now,
                        review: None,
                    }],
                });
                self.updated_at = now;
                self.updated_by = Some(typist.id);
                Ok(Applied::Changed)
            }
            _ => Err(problems),
        }
    }

    /// Whether `reviewer` may rate `goal`: its owner, or a practitioner on
    /// their behalf.
    pub fn may_rate(goal: &Goal, reviewer: &CircleMember, members: &[CircleMember]) -> bool {
        goal.byline.author == reviewer.id
            || (reviewer.role.is_practitioner()
                && members.iter().any(|m| m.id == goal.byline.author))
    }

    /// Records a review: what worked, what to change, new goal ratings, and
    /// whether the plan carries on (to a new review date) or closes.
    pub fn review(
        &mut self,
        id: ReviewId,
        input: &NewReview<'_>,
        reviewer: &CircleMember,
        members: &[CircleMember],
        goals_on: bool,
        now: Timestamp,
    ) -> Result<Applied, Problems> {
        if self.body.reviews.iter().any(|r| r.id == id) {
            return Ok(Applied::AlreadySaved);
        }
        self.refuse_if_closed()?;
        let mut problems = Problems::new();
        let worked = optional_block(input.worked, REVIEW_TEXT_MAX)
            .map_err(|e| problems.push(FieldProblem::new("worked", Problem::Text(e))))
            .ok();
        let to_change = optional_block(input.to_change, REVIEW_TEXT_MAX)
            .map_err(|e| problems.push(FieldProblem::new("to_change", Problem::Text(e))))
            .ok();
        if let (Some(w), Some(c)) = (&worked, &to_change)
            && w.is_empty()
            && c.is_empty()
        {
            problems.push(FieldProblem::new("worked", Problem::NothingSaid));
        }
        let mut ratings: Vec<(usize, Rating)> = Vec::new();
        for (goal, score) in &input.ratings {
            if score.trim().is_empty() {
                continue;
            }
            let field = format!("rating-{goal}");
            let Some(index) = goal
                .parse::<GoalId>()
                .ok()
                .and_then(|g| self.body.goals.iter().position(|x| x.id == g))
            else {
                problems.push(FieldProblem::new(field, Problem::UnknownGoal));
                continue;
            };
            if !goals_on {
                problems.push(FieldProblem::new(field, Problem::GoalsOff));
                continue;
            }
            let g = &self.body.goals[index];
            let owner = members.iter().find(|m| m.id == g.byline.author);
            let byline = owner.and_then(|o| Byline::with(reviewer, o).ok());
            let Some(byline) = byline else {
                problems.push(FieldProblem::new(field, Problem::NotForOthers));
                continue;
            };
            match parse_score(score) {
                Ok(score) => ratings.push((
                    index,
                    Rating {
                        id: PlanEntryId::new(),
                        score,
                        byline,
                        at: now,
                        review: Some(id),
                    },
                )),
                Err(e) => problems.push(FieldProblem::new(field, Problem::Score(e))),
            }
        }
        let check = match input.check.trim() {
            "" => Some(None),
            sent => sent
                .parse::<CheckId>()
                .ok()
                .filter(|c| input.checks.contains(c))
                .map(Some)
                .or_else(|| {
                    problems.push(FieldProblem::new("check", Problem::UnknownCheck));
                    None
                }),
        };
        let outcome = match input.outcome {
            "close" => Some(ReviewOutcome::Closed),
            "carry" => Day::chosen(input.next_review, now)
                .map(|next_review| ReviewOutcome::CarriedForward { next_review })
                .map_err(|e| problems.push(FieldProblem::new("next_review", Problem::Day(e))))
                .ok(),
            _ => {
                problems.push(FieldProblem::new("outcome", Problem::UnknownChoice));
                None
            }
        };
        match (worked, to_change, outcome, check) {
            (Some(worked), Some(to_change), Some(outcome), Some(check)) if problems.is_empty() => {
                for (index, rating) in ratings {
                    self.body.goals[index].ratings.push(rating);
                }
                match &outcome {
                    ReviewOutcome::Closed => self.closed = true,
                    ReviewOutcome::CarriedForward { next_review } => {
                        self.review_due = *next_review;
                    }
                }
                self.body.reviews.push(Review {
                    id,
                    byline: Byline::own(reviewer.id),
                    at: now,
                    worked,
                    to_change,
                    outcome,
                    check,
                });
                self.updated_at = now;
                self.updated_by = Some(reviewer.id);
                Ok(Applied::Changed)
            }
            _ => Err(problems),
        }
    }

    /// Rewrites the noble truths' notes, the moves to keep going and the
    /// review date, as `by`.
    pub fn edit_prompts(
        &mut self,
        framework: &AdaptedFramework,
        truths: &[(&str, &str)],
        keep_going: &[&str],
        review_due: &str,
        by: &CircleMember,
        now: Timestamp,
    ) -> Result<(), Problems> {
        self.refuse_if_closed()?;
        let mut problems = Problems::new();
        let notes = truth_notes(framework, truths, &mut problems);
        // A move hidden since it was chosen may stay.
        let keep_going = chosen_moves(
            framework,
            keep_going,
            &self.body.keep_going,
            "keep_going",
            &mut problems,
        );
        apart(&self.body.focus, &keep_going, &mut problems);
        let due = Day::chosen(review_due, now)
            .map_err(|e| problems.push(FieldProblem::new("review_due", Problem::Day(e))))
            .ok();
        match due {
            Some(due) if problems.is_empty() => {
                self.body.truths = notes;
                self.body.keep_going = keep_going;
                self.review_due = due;
                self.updated_at = now;
                self.updated_by = Some(by.id);
                Ok(())
            }
            _ => Err(problems),
        }
    }
}

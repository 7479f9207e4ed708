//! A plan in a circle: the framework version in force when it was made, the
//! focus moves chosen from it, the four noble truths as prompts answered in
//! the circle's words, actions, goals and reviews. Like every contribution it
//! has an [`Audience`] and a [`Byline`]; who sees it is decided only by them.

use crate::circle::{Audience, Byline, CircleAccess};
use crate::clock::Timestamp;
use crate::framework::{AdaptedFramework, FrameworkVersion, MoveId};
use crate::ids::{CircleId, CircleMemberId, OrgId, PlanId};
use crate::plan::action::Action;
use crate::plan::day::Day;
use crate::plan::goal::Goal;
use crate::plan::problem::{FieldProblem, Problem, Problems};
use crate::plan::review::Review;
use crate::text::{TextError, clean_block};
use serde::{Deserialize, Serialize};

/// Most plans work best with this many focus moves or fewer; more are
/// allowed, and the page says so.
pub const FOCUS_NUDGE: usize = 5;
pub const TRUTH_NOTE_MAX: usize = 4000;

/// What the circle wrote for one noble truth's planning prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthNote {
    /// The noble truth's id in the framework (`accepting`).
    pub truth: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub id: PlanId,
    pub org_id: OrgId,
    pub circle_id: CircleId,
    /// The wording the plan was made with, and reads with.
    pub framework: FrameworkVersion,
    pub audience: Audience,
    pub byline: Byline,
    pub body: PlanBody,
    pub review_due: Day,
    pub closed: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The member who made the latest change (made the plan, or changed it
    /// since): nobody's own change is news to them. `None` for a plan last
    /// changed before this was recorded.
    pub updated_by: Option<CircleMemberId>,
    /// Raised by every change, so a change made from a stale form is refused.
    pub version: i64,
}

/// The parts of a plan kept together as one document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlanBody {
    /// In the order chosen (the framework's order on the form).
    pub focus: Vec<MoveId>,
    /// Moves already working, to keep going (Conserving), beside the focus
    /// moves and never one of them. Plans made before this have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep_going: Vec<MoveId>,
    /// Blank prompts are left out.
    pub truths: Vec<TruthNote>,
    pub actions: Vec<Action>,
    pub goals: Vec<Goal>,
    pub reviews: Vec<Review>,
}

impl PlanBody {
    /// As stored in the database.
    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| e.to_string())
    }

    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

/// What a person typed to start a plan, before checking.
#[derive(Debug, Clone, Default)]
pub struct NewPlan<'a> {
    /// Move ids as sent.
    pub focus: Vec<&'a str>,
    /// Move ids to keep going, as sent.
    pub keep_going: Vec<&'a str>,
    /// (noble truth id, text) as sent.
    pub truths: Vec<(&'a str, &'a str)>,
    pub review_due: &'a str,
    pub audience: &'a str,
}

/// Text a person may leave blank.
pub(crate) fn optional_block(text: &str, max: usize) -> Result<String, TextError> {
    match clean_block(text, max) {
        Ok(t) => Ok(t),
        Err(TextError::Empty) => Ok(String::new()),
        Err(e) => Err(e),
    }
}

/// Checks the noble truths' notes against the framework's truths: a note for
/// a truth the framework does not have is refused.
pub(crate) fn truth_notes(
    framework: &AdaptedFramework,
    sent: &[(&str, &str)],
    problems: &mut Problems,
) -> Vec<TruthNote> {
    let mut notes = Vec::new();
    for truth in &framework.framework.noble_truths {
        let field = format!("truth-{}", truth.id);
        let Some((_, text)) = sent.iter().find(|(id, _)| *id == truth.id.as_str()) else {
            continue;
        };
        match optional_block(text, TRUTH_NOTE_MAX) {
            Ok(t) if t.is_empty() => {}
            Ok(t) => notes.push(TruthNote {
                truth: truth.id.to_string(),
                text: t,
            }),
            Err(e) => problems.push(FieldProblem::new(field, Problem::Text(e))),
        }
    }
    for (id, _) in sent {
        if framework
            .framework
            .noble_truths
            .iter()
            .all(|t| t.id.as_str() != *id)
        {
            problems.push(FieldProblem::new("truths", Problem::UnknownChoice));
        }
    }
    notes
}

/// Moves chosen on a form (`field`), checked against `framework`: unknown
/// moves, and hidden ones not in `kept` (already in the plan), are refused;
/// the same move twice counts once.
pub(crate) fn chosen_moves(
    framework: &AdaptedFramework,
    sent: &[&str],
    kept: &[MoveId],
    field: &str,
    problems: &mut Problems,
) -> Vec<MoveId> {
    let mut moves: Vec<MoveId> = Vec::new();
    for sent in sent {
        let known = framework.framework.moves.iter().find(|m| {
            m.id.as_str() == *sent && (!framework.hidden.contains(&m.id) || kept.contains(&m.id))
        });
        match known {
            Some(m) if !moves.contains(&m.id) => moves.push(m.id.clone()),
            Some(_) => {}
            None => problems.push(FieldProblem::new(field, Problem::UnknownMove)),
        }
    }
    moves
}

/// Refuses a move both to work on and to keep going: one or the other.
pub(crate) fn apart(focus: &[MoveId], keep_going: &[MoveId], problems: &mut Problems) {
    if keep_going.iter().any(|m| focus.contains(m)) {
        problems.push(FieldProblem::new("keep_going", Problem::InBothLists));
    }
}

impl Plan {
    /// A new, open plan at version 1, checked against `framework` (the
    /// organisation's framework in force). `chooser_role_audiences` are the
    /// audiences the author may choose (`Audience::choices(role, false)`).
    /// Every refused field is reported at once.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: PlanId,
        org_id: OrgId,
        circle_id: CircleId,
        framework: &AdaptedFramework,
        byline: Byline,
        allowed_audiences: &[Audience],
        input: &NewPlan<'_>,
        now: Timestamp,
    ) -> Result<Self, Problems> {
        let mut problems = Problems::new();
        let focus = chosen_moves(framework, &input.focus, &[], "focus", &mut problems);
        if input.focus.is_empty() {
            problems.push(FieldProblem::new("focus", Problem::NoFocus));
        }
        let keep_going = chosen_moves(
            framework,
            &input.keep_going,
            &[],
            "keep_going",
            &mut problems,
        );
        apart(&focus, &keep_going, &mut problems);
        let truths = truth_notes(framework, &input.truths, &mut problems);
        let review_due = Day::chosen(input.review_due, now)
            .map_err(|e| problems.push(FieldProblem::new("review_due", Problem::Day(e))))
            .ok();
        let audience = Audience::parse(input.audience)
            .filter(|a| allowed_audiences.contains(a))
            .ok_or_else(|| problems.push(FieldProblem::new("audience", Problem::UnknownChoice)))
            .ok();
        match (review_due, audience) {
            (Some(review_due), Some(audience)) if problems.is_empty() => Ok(Self {
                id,
                org_id,
                circle_id,
                framework: framework.version.clone(),
                audience,
                byline,
                body: PlanBody {
                    focus,
                    keep_going,
                    truths,
                    ..PlanBody::default()
                },
                review_due,
                closed: false,
                created_at: now,
                updated_at: now,
                // Whoever typed it, even for someone else.
                updated_by: Some(byline.entered_by.unwrap_or(byline.author)),
                version: 1,
            }),
            _ => Err(problems),
        }
    }

    /// Whether the person with `access` sees this plan.
    pub fn seen_by(&self, access: &CircleAccess) -> bool {
        access.sees(self.audience, &self.byline)
    }

    /// Whether the page should say that fewer focus moves tend to work better.
    pub fn nudge_fewer_moves(&self) -> bool {
        self.body.focus.len() > FOCUS_NUDGE
    }

    /// Whether a review is due on `today` (or overdue).
    pub fn review_is_due(&self, today: Day) -> bool {
        !self.closed && self.review_due <= today
    }

    pub fn truth(&self, id: &str) -> Option<&str> {
        self.body
            .truths
            .iter()
            .find(|t| t.truth == id)
            .map(|t| t.text.as_str())
    }
}

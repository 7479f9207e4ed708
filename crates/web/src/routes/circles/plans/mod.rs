//! Plans of a circle: `/circles/{id}/plans` (the list), `/plans/new`, and one
//! plan's page with its actions, goals and reviews, its review form, the form
//! that edits its noble truths' notes and review date, and a printable page.
//!
//! Every page opens the circle through `open_circle` (which audits the read);
//! a plan the reader may not see (its audience) is 404, like one that does not
//! exist or is of another circle. Only members of the circle change a plan;
//! a team manager reads. Every change is saved against the version it was
//! made from, with a `plan_changed` audit entry.

pub mod actions;
pub mod edit;
pub mod goals;
pub mod list;
pub mod new;
pub mod print;
pub mod review;
pub mod show;

use crate::auth::viewer::Viewer;
use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::{circle_path, open};
use crate::state::AppState;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{CircleMember, OpenCircle};
use moves_core::framework::adaptation::{Adaptation, framework_in_force};
use moves_core::framework::{AdaptedFramework, Category, FrameworkId};
use moves_core::ids::{OrgId, PlanId, UserId};
use moves_core::plan::{DayError, FieldProblem, Plan, Problem, ScoreError};
use moves_core::text::TextError;
use moves_store::AuditEntry;

pub fn plans_path(circle: &OpenCircle) -> String {
    format!("{}/plans", circle_path(circle.circle.id))
}

pub fn plan_path(plan: &Plan) -> String {
    format!("{}/plans/{}", circle_path(plan.circle_id), plan.id)
}

/// A form's fields as sent, in order: plan forms send several values under
/// one name (the focus moves) and names made from ids (`rating-<goal>`).
#[derive(Debug, Clone, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value sent under `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// (suffix, value) of every field named `<prefix><suffix>`.
    pub fn with_prefix(&self, prefix: &str) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(prefix).map(|s| (s, v.as_str())))
            .collect()
    }

    pub fn has(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && v == value)
    }
}

/// One refused field, for `circles/_errors.html` and beside the field.
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub fn problem_text(tr: &Tr, problem: &Problem) -> String {
    let key = match problem {
        Problem::Text(TextError::Empty) => "plans-error-empty",
        Problem::Text(TextError::TooLong { max }) => {
            return tr.t_args("plans-error-too-long", &[("max", max.to_string())]);
        }
        Problem::Text(TextError::ControlCharacter { .. }) => "plans-error-hidden-character",
        Problem::Day(DayError::Missing) => "plans-error-date-missing",
        Problem::Day(DayError::NotADate) => "plans-error-not-a-date",
        Problem::Day(DayError::Past) => "plans-error-date-past",
        Problem::Day(DayError::TooFar) => "plans-error-date-too-far",
        Problem::Score(ScoreError::Missing) => "plans-error-rating-missing",
        Problem::Score(ScoreError::OutOfRange) => "plans-error-rating-range",
        Problem::NoFocus => "plans-error-no-focus",
        Problem::UnknownMove => "plans-error-unknown-move",
        Problem::NotAFocusMove => "plans-error-not-focus",
        Problem::UnknownMember => "plans-error-unknown-member",
        Problem::UnknownCategory => "plans-error-unknown-category",
        Problem::UnknownChoice => "plans-error-unknown-choice",
        Problem::UnknownAction => "plans-error-unknown-action",
        Problem::UnknownGoal => "plans-error-unknown-goal",
        Problem::TooManyGoals => "plans-error-too-many-goals",
        Problem::GoalsOff => "plans-error-goals-off",
        Problem::NotForOthers => "plans-error-not-for-others",
        Problem::NothingSaid => "plans-error-nothing-said",
        Problem::Closed => "plans-error-closed",
        Problem::UnknownCheck => "progress-review-check-unknown",
    };
    tr.t(key)
}

pub fn field_errors(tr: &Tr, problems: &[FieldProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| FieldError {
            field: p.field.clone(),
            message: problem_text(tr, &p.problem),
        })
        .collect()
}

pub fn category_label(tr: &Tr, c: Category) -> String {
    // The framework pages' names for the same fixed list.
    tr.t(match c {
        Category::Housing => "framework-category-housing",
        Category::Money => "framework-category-money",
        Category::Safety => "framework-category-safety",
        Category::Transport => "framework-category-transport",
        Category::Discrimination => "framework-category-discrimination",
        Category::Other => "framework-category-other",
    })
}

/// A change to a plan, for the audit log (ids and codes only).
pub fn plan_change(
    state: &AppState,
    org: OrgId,
    by: UserId,
    plan: PlanId,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        state.clock.now(),
        Some(by),
        AuditAction::PlanChanged,
    )
    .subject(plan.to_string())
    .detail(detail)
}

fn shipped() -> Result<&'static moves_core::framework::Catalogue, AppError> {
    catalogue().map_err(|e| AppError::Internal(e.to_string()))
}

/// The organisation's framework in force now, for a new plan.
pub async fn framework_now(state: &AppState, org: OrgId) -> Result<AdaptedFramework, AppError> {
    let adaptation = match state.store.latest_adaptation(org).await? {
        Some(saved) => saved.adaptation,
        None => Adaptation::initial(
            FrameworkId::parse(PUBLIC_FRAMEWORK).map_err(|e| AppError::Internal(e.to_string()))?,
        ),
    };
    shipped()?
        .adapted(&adaptation)
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The wording a plan was made with.
pub async fn framework_of(state: &AppState, plan: &Plan) -> Result<AdaptedFramework, AppError> {
    framework_in_force(
        state.store.as_ref(),
        shipped()?,
        plan.org_id,
        &plan.framework,
    )
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// The circle in the path, opened for this viewer (the read audited), and the
/// plan in the path if it is of that circle and they may see it; else 404.
pub async fn open_plan(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    plan: &str,
    page: &str,
) -> Result<(OpenCircle, Plan), AppError> {
    let open = open(state, viewer, id, page).await?;
    let plan_id: PlanId = plan.parse().map_err(|_| AppError::NotFound)?;
    let plan = state
        .store
        .plan(open.circle.org_id, open.circle.id, plan_id)
        .await?
        .filter(|p| p.seen_by(&open.access))
        .ok_or(AppError::NotFound)?;
    Ok((open, plan))
}

/// The member of the circle who is changing it: team managers who are not
/// members read plans but do not change them.
pub fn writer(open: &OpenCircle) -> Result<CircleMember, AppError> {
    open.access.member().cloned().ok_or(AppError::Forbidden)
}

/// A label for a move of `framework`, or its id when it is gone.
pub fn move_label(framework: &AdaptedFramework, id: &str) -> String {
    framework
        .framework
        .moves
        .iter()
        .find(|m| m.id.as_str() == id)
        .map_or_else(|| id.to_owned(), |m| m.label.text.clone())
}

/// Applies a change that adds to a plan (an action, a marking, a goal, a
/// review) and saves it against the version it was applied to. Adding never
/// overwrites what someone else added meanwhile: when the plan changed since
/// it was read, the change is applied again to the plan as it now is (once);
/// if that fails too, the person is told and what they typed is kept. `form`
/// names the form on the plan page that is shown again when refused;
/// `key_sent` says whether the form carried a readable entry id.
#[allow(clippy::too_many_arguments)]
pub async fn apply_change<F>(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    id: &str,
    plan: &str,
    form: &str,
    fields: Fields,
    detail: &str,
    key_sent: bool,
    change: F,
) -> Result<axum::response::Response, AppError>
where
    F: Fn(
        &mut Plan,
        &OpenCircle,
        &CircleMember,
        bool,
        moves_core::clock::Timestamp,
    ) -> Result<moves_core::plan::Applied, Vec<FieldProblem>>,
{
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Redirect};
    use moves_core::plan::Applied;
    use moves_store::VersionedWrite;

    let (org, user) = crate::routes::circles::worker(viewer)?;
    let goals_on = state.store.goals_enabled(org).await?;
    let kept = |tr: &Tr, problems: &[FieldProblem]| show::Kept {
        form: form.to_owned(),
        fields: fields.clone(),
        errors: field_errors(tr, problems),
    };
    let mut last = None;
    for _ in 0..2 {
        let (open, current) = open_plan(state, viewer, id, plan, "plan").await?;
        let me = writer(&open)?;
        // Only now, so a guessed id is 404 whatever the form holds.
        if !key_sent {
            return Err(AppError::BadForm);
        }
        let mut next = current.clone();
        let outcome = if open.circle.is_open() {
            change(&mut next, &open, &me, goals_on, state.clock.now())
        } else {
            Err(vec![FieldProblem::new("plan", Problem::Closed)])
        };
        let done = format!("{}?done={detail}", plan_path(&current));
        match outcome {
            Err(problems) => {
                let kept = kept(&tr, &problems);
                return show::render(
                    state,
                    tr,
                    viewer,
                    &open,
                    &current,
                    None,
                    kept,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await;
            }
            Ok(Applied::AlreadySaved) => return Ok(Redirect::to(&done).into_response()),
            Ok(Applied::Changed) => {
                let audit = plan_change(state, org, user, current.id, detail);
                match state
                    .store
                    .save_plan(&next, current.version, &audit)
                    .await?
                {
                    VersionedWrite::Done => return Ok(Redirect::to(&done).into_response()),
                    VersionedWrite::NotFound => return Err(AppError::NotFound),
                    VersionedWrite::Stale => last = Some((open, current)),
                }
            }
        }
    }
    let Some((open, current)) = last else {
        return Err(AppError::NotFound);
    };
    // Changed twice while this was being saved: say so, keep the text.
    let kept = show::Kept {
        form: form.to_owned(),
        fields: fields.clone(),
        errors: vec![FieldError {
            field: "plan".to_owned(),
            message: tr.t("plans-stale"),
        }],
    };
    show::render(
        state,
        tr,
        viewer,
        &open,
        &current,
        None,
        kept,
        StatusCode::CONFLICT,
    )
    .await
}

//! Plans of a circle: `/circles/{id}/plans` (the list), `/plans/new`, and one
//! plan's page with its actions, goals and reviews, its review form, the form
//! that edits its noble truths' notes and review date, and a printable page.
//!
//! Each handler calls one use case of `moves_core::plan`, which opens the
//! circle (auditing the read), decides who may, and saves a change with its
//! `plan_changed` audit entry; a plan the reader may not see (its audience)
//! is 404, like one that does not exist or is of another circle, and the
//! refused read is recorded. Only members of the circle change a plan; a
//! team manager reads.

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
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::routes::circles::circle_path;
use crate::state::AppState;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{CircleMember, OpenCircle};
use moves_core::form_key::FormKey;
use moves_core::framework::{AdaptedFramework, Category, FrameworkId};
use moves_core::ids::{CircleId, PlanId};
use moves_core::plan::change::{ChangeError, PlanChange, change};
use moves_core::plan::{DayError, FieldProblem, Plan, Problem, ScoreError, ServiceKind, Stuck};
use moves_core::text::TextError;

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
        Problem::InBothLists => "plans-error-in-both-lists",
        Problem::UnknownMember => "plans-error-unknown-member",
        Problem::UnknownCategory => "plans-error-unknown-category",
        Problem::UnknownChoice => "plans-error-unknown-choice",
        Problem::StuckWithoutCategory => "plans-error-stuck-without-category",
        Problem::UnknownAction => "plans-error-unknown-action",
        Problem::UnknownGoal => "plans-error-unknown-goal",
        Problem::TooManyGoals => "plans-error-too-many-goals",
        Problem::GoalsOff => "plans-error-goals-off",
        Problem::NotForOthers => "plans-error-not-for-others",
        Problem::NothingSaid => "plans-error-nothing-said",
        Problem::Closed => "plans-error-closed",
        Problem::FormExpired => "plans-error-form-expired",
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
    tr.t(crate::routes::framework::category_key(c))
}

/// The kind of service a stuck action waits on, in interface words.
pub fn service_label(tr: &Tr, kind: ServiceKind) -> String {
    tr.t(&format!(
        "plans-service-{}",
        kind.as_str().replace('_', "-")
    ))
}

/// "Stuck: waiting on social care (North team)".
pub fn stuck_text(tr: &Tr, stuck: &Stuck) -> String {
    let service = service_label(tr, stuck.service);
    if stuck.name.is_empty() {
        tr.t_args("plans-stuck-shown", &[("service", service)])
    } else {
        tr.t_args(
            "plans-stuck-shown-named",
            &[("service", service), ("name", stuck.name.clone())],
        )
    }
}

/// The one-use key a plan form is shown with: the key it was sent with when
/// it is shown again (so the corrected form still saves once), else a fresh
/// one (a form without a key of ours is sent again knowingly).
pub fn form_key(sent: &str) -> Result<String, AppError> {
    let key = match FormKey::parse(sent) {
        Some(key) => key,
        None => FormKey::new().map_err(moves_core::Error::from)?,
    };
    Ok(key.as_str().to_owned())
}

/// The shipped frameworks.
pub fn shipped() -> Result<&'static moves_core::framework::Catalogue, AppError> {
    catalogue().map_err(|e| AppError::Internal(e.to_string()))
}

/// The edition an organisation that never adapted the framework uses.
pub fn base() -> Result<FrameworkId, AppError> {
    FrameworkId::parse(PUBLIC_FRAMEWORK).map_err(|e| AppError::Internal(e.to_string()))
}

/// The circle and the plan named in the path; 404 for ids that are not ids.
pub fn plan_ids(ids: &PathIds) -> Result<(CircleId, PlanId), AppError> {
    Ok((ids.circle()?, ids.id("plan")?))
}

/// The member of the circle who is changing it: team managers who are not
/// members read plans but do not change them.
pub fn writer(open: &OpenCircle) -> Result<CircleMember, AppError> {
    Ok(moves_core::plan::writer(open)?.clone())
}

/// The Conserving noble truth's planning prompt, asked where the moves to
/// keep going are chosen; plain words when a framework has no such truth.
pub fn conserving_prompt(tr: &Tr, framework: &AdaptedFramework) -> String {
    framework
        .framework
        .noble_truths
        .iter()
        .find(|t| t.id.as_str() == "conserving")
        .map_or_else(
            || tr.t("plans-keep-hint"),
            |t| t.planning_prompt.text.clone(),
        )
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

/// Adds to a plan (an action, a marking, a goal) through core's
/// [`change`](moves_core::plan::change::change) and answers: the plan page
/// with its notice, or the plan page again with what was typed and why it
/// was refused. `form` names the form on the plan page shown again.
pub async fn apply_change(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    ids: &PathIds,
    form: &str,
    fields: Fields,
    what: PlanChange<'_>,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(ids)?;
    let kept = |errors| show::Kept {
        form: form.to_owned(),
        fields: fields.clone(),
        errors,
    };
    match change(&state.ctx, &viewer.actor, shipped()?, circle, plan, what).await {
        Ok(done) => {
            let to = format!(
                "{}/plans/{}?done={}",
                circle_path(circle),
                done.plan,
                done.detail
            );
            Ok(Redirect::to(&to).into_response())
        }
        Err(ChangeError::Refused(r)) => {
            let kept = kept(field_errors(&tr, &r.problems));
            show::render(
                state,
                tr,
                viewer,
                &r.page,
                None,
                kept,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        // Changed twice while this was being saved: say so, keep the text.
        Err(ChangeError::Stale(page)) => {
            let kept = kept(vec![FieldError {
                field: "plan".to_owned(),
                message: tr.t("plans-stale"),
            }]);
            show::render(state, tr, viewer, &page, None, kept, StatusCode::CONFLICT)
        }
        Err(ChangeError::Core(e)) => Err(e.into()),
    }
}

//! `GET/POST /circles/{id}/plans/{plan}/review`: a review of the plan. What
//! worked and what to change (the noble truths' review prompts help), new
//! ratings for the goals the reviewer may rate (their own; a practitioner
//! also with others, which the rating then says), and whether the plan carries
//! on to a new review date or closes so a new one can start.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::day;
use crate::routes::circles::plans::{
    FieldError, Fields, field_errors, framework_of, open_plan, plan_change, plan_path, writer,
};
use crate::routes::circles::worker;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{CircleMember, OpenCircle};
use moves_core::ids::{CheckId, ReviewId};
use moves_core::plan::{Applied, Day, FieldProblem, NewReview, Plan, Problem};
use moves_store::VersionedWrite;

/// How far ahead the next review is suggested: six weeks.
const SUGGESTED_NEXT_REVIEW_DAYS: i64 = 42;

pub struct Prompt {
    pub label: String,
    pub prompt: String,
}

/// One of the circle's checks, offered as the check done for the review.
pub struct CheckChoice {
    pub value: String,
    pub label: String,
}

pub struct RatingField {
    pub goal: String,
    pub text: String,
    pub owner: String,
    pub latest: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "circles/plans/review.html")]
struct ReviewPage {
    layout: Layout,
    csrf: String,
    back: String,
    action: String,
    key: String,
    prompts: Vec<Prompt>,
    ratings: Vec<RatingField>,
    scores: Vec<u8>,
    worked: String,
    to_change: String,
    outcome: String,
    next_review: String,
    /// The circle's checks, newest first, and the one chosen ("" for none).
    checks: Vec<CheckChoice>,
    check: String,
    errors: Vec<FieldError>,
}

impl ReviewPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    me: &CircleMember,
    plan: &Plan,
    fields: &Fields,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let fw = framework_of(state, plan).await?;
    let goals_on = state.store.goals_enabled(plan.org_id).await?;
    let sent = !fields.0.is_empty();
    let prompts = fw
        .framework
        .noble_truths
        .iter()
        .map(|t| Prompt {
            label: t.label.text.clone(),
            prompt: t.review_prompt.text.clone(),
        })
        .collect();
    let ratings = if goals_on {
        plan.body
            .goals
            .iter()
            .filter(|g| Plan::may_rate(g, me, &open.members))
            .map(|g| RatingField {
                goal: g.id.to_string(),
                text: g.text.clone(),
                owner: open
                    .members
                    .iter()
                    .find(|m| m.id == g.byline.author)
                    .map(|m| m.display_name.clone())
                    .unwrap_or_default(),
                latest: g.latest().map(|r| r.score.to_string()).unwrap_or_default(),
                value: fields.get(&format!("rating-{}", g.id)).to_owned(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let checks = state
        .store
        .checks_of_circle(plan.org_id, plan.circle_id)
        .await?
        .iter()
        .map(|c| CheckChoice {
            value: c.id.to_string(),
            label: tr.t_args(
                "progress-review-check-option",
                &[
                    ("day", day(c.started_at)),
                    (
                        "by",
                        open.members
                            .iter()
                            .find(|m| m.id == c.started_by)
                            .map(|m| m.display_name.clone())
                            .unwrap_or_default(),
                    ),
                ],
            ),
        })
        .collect();
    let title = tr.t_args(
        "plans-review-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = ReviewPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        back: plan_path(plan),
        action: format!("{}/review", plan_path(plan)),
        key: match fields.get("key") {
            "" => ReviewId::new().to_string(),
            k => k.to_owned(),
        },
        prompts,
        ratings,
        scores: (0..=10).collect(),
        worked: fields.get("worked").to_owned(),
        to_change: fields.get("to_change").to_owned(),
        outcome: if sent {
            fields.get("outcome").to_owned()
        } else {
            "carry".to_owned()
        },
        next_review: if sent {
            fields.get("next_review").to_owned()
        } else {
            Day::of(state.clock.now())
                .plus_days(SUGGESTED_NEXT_REVIEW_DAYS)
                .as_iso()
        },
        checks,
        check: fields.get("check").to_owned(),
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, plan) = open_plan(&state, &viewer, &id, &plan, "plan_review").await?;
    let me = writer(&open)?;
    if plan.closed || !open.circle.is_open() {
        return Ok(Redirect::to(&plan_path(&plan)).into_response());
    }
    render(
        &state,
        tr,
        &viewer,
        &open,
        &me,
        &plan,
        &Fields::default(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan_id)): Path<(String, String)>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let fields = Fields(sent);
    let key = fields.get("key").parse::<ReviewId>();
    let key_sent = key.is_ok();
    let review_id = key.unwrap_or_default();
    let goals_on = state.store.goals_enabled(org).await?;
    // A review adds to the plan: if someone else changed it meanwhile, it is
    // applied again to the plan as it now is (once) rather than refused.
    let mut last = None;
    let mut circle_checks: Option<Vec<CheckId>> = None;
    for _ in 0..2 {
        let (open, current) = open_plan(&state, &viewer, &id, &plan_id, "plan_review").await?;
        let me = writer(&open)?;
        // Only now, so a guessed id is 404 whatever the form holds.
        if !key_sent {
            return Err(AppError::BadForm);
        }
        // The check done for it must be one of this circle's: read once, and
        // only when the circle is open to this person.
        if circle_checks.is_none() {
            let checks = state.store.checks_of_circle(org, open.circle.id).await?;
            circle_checks = Some(checks.iter().map(|c| c.id).collect());
        }
        let input = NewReview {
            worked: fields.get("worked"),
            to_change: fields.get("to_change"),
            ratings: fields.with_prefix("rating-"),
            outcome: fields.get("outcome"),
            next_review: fields.get("next_review"),
            check: fields.get("check"),
            checks: circle_checks.as_deref().unwrap_or_default(),
        };
        let mut next = current.clone();
        let outcome = if open.circle.is_open() {
            next.review(
                review_id,
                &input,
                &me,
                &open.members,
                goals_on,
                state.clock.now(),
            )
        } else {
            Err(vec![FieldProblem::new("worked", Problem::Closed)])
        };
        match outcome {
            Err(problems) => {
                let errors = field_errors(&tr, &problems);
                return render(
                    &state,
                    tr,
                    &viewer,
                    &open,
                    &me,
                    &current,
                    &fields,
                    errors,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await;
            }
            Ok(Applied::AlreadySaved) => {
                return Ok(
                    Redirect::to(&format!("{}?done=reviewed", plan_path(&current))).into_response(),
                );
            }
            Ok(Applied::Changed) => {
                let detail = if next.closed { "closed" } else { "reviewed" };
                let audit = plan_change(&state, org, user, current.id, detail);
                match state
                    .store
                    .save_plan(&next, current.version, &audit)
                    .await?
                {
                    VersionedWrite::Done => {
                        let to = format!("{}?done={detail}", plan_path(&current));
                        return Ok(Redirect::to(&to).into_response());
                    }
                    VersionedWrite::NotFound => return Err(AppError::NotFound),
                    VersionedWrite::Stale => last = Some((open, me, current)),
                }
            }
        }
    }
    let Some((open, me, current)) = last else {
        return Err(AppError::NotFound);
    };
    let errors = vec![FieldError {
        field: "worked".to_owned(),
        message: tr.t("plans-stale"),
    }];
    render(
        &state,
        tr,
        &viewer,
        &open,
        &me,
        &current,
        &fields,
        errors,
        StatusCode::CONFLICT,
    )
    .await
}

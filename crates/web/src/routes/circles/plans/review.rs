//! `GET/POST /circles/{id}/plans/{plan}/review`: a review of the plan. What
//! worked and what to change (the noble truths' review prompts help), new
//! ratings for the goals the reviewer may rate (their own; a practitioner
//! also with others, which the rating then says), and whether the plan carries
//! on to a new review date or closes so a new one can start.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::day;
use crate::routes::circles::circle_path;
use crate::routes::circles::plans::{
    FieldError, Fields, field_errors, form_key, plan_ids, plan_path, shipped, writer,
};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::CircleMember;
use moves_core::plan::change::{ChangeError, PlanChange, ReviewDraft, change};
use moves_core::plan::read::{Checks, PlanPage, plan_page};
use moves_core::plan::{Day, Plan};

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

/// The review form for `shown` (read with all the circle's checks).
#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: &PlanPage,
    me: &CircleMember,
    fields: &Fields,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (open, plan, fw, goals_on) = (&shown.open, &shown.plan, &shown.framework, shown.goals_on);
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
    let checks = shown
        .checks
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
        key: form_key(fields.get("key"))?,
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
            Day::of(state.ctx.now())
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
    ids: PathIds,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let shown = plan_page(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        circle,
        plan,
        "plan_review",
        Checks::All,
    )
    .await?;
    let me = writer(&shown.open)?;
    if shown.plan.closed || !shown.open.circle.is_open() {
        return Ok(Redirect::to(&plan_path(&shown.plan)).into_response());
    }
    render(
        &state,
        tr,
        &viewer,
        &shown,
        &me,
        &Fields::default(),
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let fields = Fields(sent);
    let draft = ReviewDraft {
        worked: fields.get("worked"),
        to_change: fields.get("to_change"),
        ratings: fields.with_prefix("rating-"),
        outcome: fields.get("outcome"),
        next_review: fields.get("next_review"),
        check: fields.get("check"),
    };
    let what = PlanChange::Review(fields.get("key"), draft);
    let (shown, errors, status) =
        match change(&state.ctx, &viewer.actor, shipped()?, circle, plan, what).await {
            Ok(done) => {
                let to = format!(
                    "{}/plans/{}?done={}",
                    circle_path(circle),
                    done.plan,
                    done.detail
                );
                return Ok(Redirect::to(&to).into_response());
            }
            Err(ChangeError::Refused(r)) => {
                let errors = field_errors(&tr, &r.problems);
                (r.page, errors, StatusCode::UNPROCESSABLE_ENTITY)
            }
            // Changed twice while this was being saved: say so, keep the text.
            Err(ChangeError::Stale(page)) => {
                let errors = vec![FieldError {
                    field: "worked".to_owned(),
                    message: tr.t("plans-stale"),
                }];
                (*page, errors, StatusCode::CONFLICT)
            }
            Err(ChangeError::Core(e)) => return Err(e.into()),
        };
    let me = writer(&shown.open)?;
    render(&state, tr, &viewer, &shown, &me, &fields, errors, status)
}

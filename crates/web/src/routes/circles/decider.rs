//! `GET/POST /circles/{id}/decider`: who decides about sharing in a circle
//! (the young person when they are able to, otherwise a named parent or
//! carer). Everyone who opens the circle reads it; its practitioners change it
//! (`moves_core::circle::agreement::choose_decider`), from the version they
//! saw: a change made meanwhile is shown beside their choice, which is kept.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::members::FieldError;
use crate::routes::circles::overview::decider_text;
use crate::routes::circles::sharing_agreements::sharing_path;
use crate::routes::circles::{role_label, sent_version};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::agreement::{decider_choices, decider_code};
use moves_core::circle::decider::{self, Chosen, DeciderProblem, DeciderWriteError};
use moves_core::circle::{CircleRole, OpenCircle, SharingDecider, open_circle};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct DeciderForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    decider: String,
}

/// One choice of who decides.
pub struct DeciderChoice {
    pub value: String,
    pub label: String,
    /// What choosing them means, in plain words.
    pub hint: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "circles/decider.html")]
struct DeciderPage {
    layout: Layout,
    csrf: String,
    id: String,
    focus_name: String,
    version: i64,
    decider: String,
    may_change: bool,
    closed: bool,
    choices: Vec<DeciderChoice>,
    errors: Vec<FieldError>,
}

fn choice_label(tr: &Tr, open: &OpenCircle, d: SharingDecider) -> (String, String) {
    match d {
        SharingDecider::YoungPerson => {
            let focus = open
                .members
                .iter()
                .find(|m| m.role == CircleRole::FocusPerson);
            let name = open.circle.focus_name.clone();
            let hint = if focus.is_some_and(|m| m.user_id.is_some()) {
                tr.t_args("decider-young-hint", &[("name", name.clone())])
            } else {
                tr.t_args("decider-young-no-account-hint", &[("name", name.clone())])
            };
            (tr.t_args("decider-choice-young", &[("name", name)]), hint)
        }
        SharingDecider::Member(id) => {
            let m = open.members.iter().find(|m| m.id == id);
            let name = m.map(|m| m.display_name.clone()).unwrap_or_default();
            let relation = m
                .and_then(|m| m.relationship.clone())
                .unwrap_or_else(|| role_label(tr, CircleRole::ParentCarer));
            (
                tr.t_args(
                    "decider-choice-member",
                    &[("name", name.clone()), ("relationship", relation)],
                ),
                tr.t_args("decider-member-hint", &[("name", name)]),
            )
        }
    }
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    chosen: Option<&str>,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let selected = chosen
        .map(str::to_owned)
        .unwrap_or_else(|| decider_code(open.circle.decider));
    let choices = decider_choices(open)
        .into_iter()
        .map(|d| {
            let (label, hint) = choice_label(&tr, open, d);
            let value = decider_code(d);
            DeciderChoice {
                checked: value == selected.trim(),
                value,
                label,
                hint,
            }
        })
        .collect();
    let title = tr.t_args("decider-title", &[("name", open.circle.focus_name.clone())]);
    let page = DeciderPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        // The version now: sending again after being told is a choice made
        // knowing what changed.
        version: open.circle.version,
        decider: decider_text(&tr, open),
        may_change: open.access.may_manage(&viewer.actor),
        closed: !open.circle.is_open(),
        choices,
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let open = open_circle(&state.ctx, &worker.actor, ids.circle()?, "decider").await?;
    render(tr, &viewer, &open, None, Vec::new(), StatusCode::OK)
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<DeciderForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let version = sent_version(&form.version);
    match decider::choose(&state.ctx, &worker.actor, circle, version, &form.decider).await {
        Ok(Chosen::Now | Chosen::Already) => {
            Ok(Redirect::to(&format!("{}?done=decider", sharing_path(circle))).into_response())
        }
        Err(DeciderWriteError::Refused(refused)) => {
            let open = &refused.open;
            let (message, status) = match refused.problem {
                DeciderProblem::CircleClosed => (tr.t("decider-closed"), StatusCode::CONFLICT),
                DeciderProblem::NotOffered => {
                    (tr.t("decider-choose"), StatusCode::UNPROCESSABLE_ENTITY)
                }
                // Someone changed the circle since the page was shown: their
                // choice is shown beside what is now.
                DeciderProblem::Stale { chosen } => {
                    let (now, _) = choice_label(&tr, open, open.circle.decider);
                    let (yours, _) = choice_label(&tr, open, chosen);
                    let message = tr.t_args("decider-stale", &[("now", now), ("yours", yours)]);
                    (message, StatusCode::CONFLICT)
                }
            };
            let errors = vec![FieldError {
                field: "decider",
                message,
            }];
            render(tr, &viewer, open, Some(&form.decider), errors, status)
        }
        Err(DeciderWriteError::Core(e)) => Err(e.into()),
    }
}

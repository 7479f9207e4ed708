//! `GET/POST /admin/goals`: whether the organisation uses goals (Goal Based
//! Outcomes) in its plans. Off until an administrator switches them on; the
//! change is audited (`plan_changed`, subject `goals`). Goals already set stay
//! in their plans when switched off, but are neither shown nor added.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::goals::{goals_setting, set_goals};
use serde::Deserialize;

pub const GOALS_ADMIN_PATH: &str = "/admin/goals";

#[derive(Template)]
#[template(path = "admin/goals.html")]
struct GoalsPage {
    layout: Layout,
    csrf: String,
    on: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct GoalsForm {
    #[serde(default)]
    goals: String,
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let on = goals_setting(&state.ctx, &viewer.actor).await?;
    let notice = q.done.is_some().then(|| tr.t("plans-goals-admin-saved"));
    let title = tr.t("plans-goals-admin-title");
    let page = GoalsPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        on,
        notice,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<GoalsForm>,
) -> Result<Response, AppError> {
    let on = match form.goals.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadForm),
    };
    set_goals(&state.ctx, &viewer.actor, on).await?;
    Ok(Redirect::to(&format!("{GOALS_ADMIN_PATH}?done=saved")).into_response())
}

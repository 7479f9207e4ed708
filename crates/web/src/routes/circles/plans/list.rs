//! `GET /circles/{id}/plans`: the circle's plans its reader may see, open
//! ones first, each with its focus moves and when it is reviewed.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::plans::{move_label, plan_path, plans_path, shipped};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::plan::Day;
use moves_core::plan::list::{PlanList, plans};

pub struct PlanRow {
    pub href: String,
    pub made: String,
    pub moves: Vec<String>,
    pub review_due: String,
    pub due_now: bool,
    pub closed: bool,
}

#[derive(Template)]
#[template(path = "circles/plans/list.html")]
struct ListPage {
    layout: Layout,
    id: String,
    focus_name: String,
    new_href: String,
    may_start: bool,
    plans: Vec<PlanRow>,
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
) -> Result<Response, AppError> {
    let PlanList { open, plans: seen } =
        plans(&state.ctx, &viewer.actor, shipped()?, ids.circle()?).await?;
    let today = Day::of(state.ctx.now());
    // Open plans first; each group newest first (core's order).
    let mut rows = Vec::new();
    for (p, framework) in &seen {
        rows.push(PlanRow {
            href: plan_path(p),
            made: Day::of(p.created_at).as_iso(),
            moves: p
                .body
                .focus
                .iter()
                .map(|m| move_label(framework, m.as_str()))
                .collect(),
            review_due: p.review_due.as_iso(),
            due_now: p.review_is_due(today),
            closed: p.closed,
        });
    }
    let title = tr.t_args("plans-title", &[("name", open.circle.focus_name.clone())]);
    let page = ListPage {
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        new_href: format!("{}/new", plans_path(&open)),
        may_start: open.access.member().is_some() && open.circle.is_open(),
        plans: rows,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

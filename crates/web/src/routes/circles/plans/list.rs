//! `GET /circles/{id}/plans`: the circle's plans its reader may see, open
//! ones first, each with its focus moves and when it is reviewed.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::open;
use crate::routes::circles::plans::{framework_of, move_label, plan_path, plans_path};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::plan::{Day, plans_for_reader};

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
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "plans").await?;
    let today = Day::of(state.clock.now());
    let mut plans = plans_for_reader(state.store.as_ref(), &open).await?;
    // Open plans first; each group newest first, as the store gives them.
    plans.sort_by_key(|p| p.closed);
    let mut rows = Vec::new();
    for p in &plans {
        let framework = framework_of(&state, p).await?;
        rows.push(PlanRow {
            href: plan_path(p),
            made: Day::of(p.created_at).as_iso(),
            moves: p
                .body
                .focus
                .iter()
                .map(|m| move_label(&framework, m.as_str()))
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

//! `GET /circles`: the circles one is in, and for a manager the circles of
//! their teams. Two queries whatever the number of circles.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::worker;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::permission::Capability;
use moves_store::CircleSummary;

pub struct CircleRow {
    pub id: String,
    pub focus_name: String,
    pub members: String,
    pub closed: bool,
}

#[derive(Template)]
#[template(path = "circles/list.html")]
struct ListPage {
    layout: Layout,
    mine: Vec<CircleRow>,
    teams: Vec<CircleRow>,
    manager: bool,
    can_create: bool,
}

fn rows(tr: &Tr, list: Vec<CircleSummary>) -> Vec<CircleRow> {
    list.into_iter()
        .map(|s| CircleRow {
            id: s.circle.id.to_string(),
            closed: !s.circle.is_open(),
            focus_name: s.circle.focus_name,
            members: tr.t_args(
                "circles-member-count",
                &[("count", s.member_count.to_string())],
            ),
        })
        .collect()
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let mine = state.store.circles_of_user(org, user).await?;
    let manager = viewer.actor.may(Capability::SeeTeamCircles);
    let teams = if manager {
        let ids: Vec<_> = mine.iter().map(|s| s.circle.id).collect();
        let mut t = state.store.circles_of_teams_of_user(org, user).await?;
        t.retain(|s| !ids.contains(&s.circle.id));
        t
    } else {
        Vec::new()
    };
    let title = tr.t("circles-title");
    let page = ListPage {
        mine: rows(&tr, mine),
        teams: rows(&tr, teams),
        manager,
        can_create: viewer.actor.may(Capability::CreateCircle),
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

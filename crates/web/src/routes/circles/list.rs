//! `GET /circles`: the circles one is in, and for a manager the circles of
//! their teams, a page at a time (`?mine=` or `?teams=` starts a later page
//! of that part). Every circle named is audited as read
//! (`moves_core::circle::list`).

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::Worker;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::CIRCLES_PATH;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::CircleCursor;
use moves_core::circle::list::{self, ListPart, ListRequest};
use serde::Deserialize;

pub struct CircleRow {
    pub id: String,
    pub focus_name: String,
    pub members: String,
    pub closed: bool,
}

/// One part of the list as shown, with the link to its next page.
pub struct Part {
    pub rows: Vec<CircleRow>,
    pub more: Option<String>,
}

#[derive(Template)]
#[template(path = "circles/list.html")]
struct ListPage {
    layout: Layout,
    mine: Option<Part>,
    teams: Option<Part>,
    manager: bool,
    can_create: bool,
    /// A later page: a link back to the first.
    later: bool,
}

#[derive(Deserialize, Default)]
pub struct Pages {
    /// Where a later page of one's own circles starts.
    #[serde(default)]
    mine: Option<String>,
    /// Where a later page of the teams' circles starts.
    #[serde(default)]
    teams: Option<String>,
}

impl Pages {
    /// The part asked for; a link that is not one of ours finds nothing.
    fn request(&self) -> Result<ListRequest, AppError> {
        let cursor = |s: &str| CircleCursor::parse(s).ok_or(AppError::NotFound);
        Ok(match (&self.mine, &self.teams) {
            (None, None) => ListRequest::First,
            (Some(m), None) => ListRequest::Mine(cursor(m)?),
            (None, Some(t)) => ListRequest::Teams(cursor(t)?),
            (Some(_), Some(_)) => return Err(AppError::NotFound),
        })
    }
}

fn part(tr: &Tr, part: ListPart, param: &str) -> Part {
    Part {
        rows: part
            .circles
            .into_iter()
            .map(|s| CircleRow {
                id: s.circle.id.to_string(),
                closed: !s.circle.is_open(),
                focus_name: s.circle.focus_name,
                members: tr.t_args(
                    "circles-member-count",
                    &[("count", s.member_count.to_string())],
                ),
            })
            .collect(),
        more: part
            .next
            .map(|c| format!("{CIRCLES_PATH}?{param}={}", c.to_param())),
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    Query(pages): Query<Pages>,
) -> Result<Response, AppError> {
    let request = pages.request()?;
    let list = list::list(&state.ctx, &worker.actor, request).await?;
    let title = tr.t("circles-title");
    let page = ListPage {
        mine: list.mine.map(|p| part(&tr, p, "mine")),
        teams: list.teams.map(|p| part(&tr, p, "teams")),
        manager: list.manager,
        can_create: list.may_start,
        later: request != ListRequest::First,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

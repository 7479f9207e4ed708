//! `GET /circles/{id}/checks`: the circle's checks, newest first, with how
//! many perspectives each has that the viewer may see; and `POST` to start
//! one. The start form carries a one-use key, never an id: the server makes
//! the check's id, so sending it twice starts one check
//! (`moves_core::check::start`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::{check_path, checks_path, day, public_framework};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::CheckError;
use moves_core::check::list::{ChecksOfCircle, list};
use moves_core::check::start::{StartError, StartProblem, start};
use moves_core::ids::CircleId;
use serde::Deserialize;

pub struct CheckRow {
    pub href: String,
    pub started: String,
    pub by: String,
    pub perspectives: String,
    pub agreed: bool,
}

#[derive(Template)]
#[template(path = "circles/checks/list.html")]
struct ListPage {
    layout: Layout,
    csrf: String,
    id: String,
    checks: Vec<CheckRow>,
    /// Set when the viewer may start one: the start form's one-use key.
    new_check: Option<String>,
    error: Option<String>,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    listed: ChecksOfCircle,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let open = &listed.open;
    let rows = listed
        .checks
        .iter()
        .map(|c| CheckRow {
            href: check_path(&c.check),
            started: day(c.check.started_at),
            by: open
                .members
                .iter()
                .find(|m| m.id == c.check.started_by)
                .map(|m| m.display_name.clone())
                .unwrap_or_default(),
            perspectives: tr.t_args(
                "checks-perspectives-count",
                &[("count", c.perspectives_seen.to_string())],
            ),
            agreed: !c.check.agreed.is_empty(),
        })
        .collect();
    let title = tr.t_args(
        "checks-list-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = ListPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        checks: rows,
        new_check: listed.start_key.as_ref().map(|k| k.as_str().to_owned()),
        error,
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
    let listed = list(&state.ctx, &worker.actor, ids.circle()?).await?;
    render(tr, &viewer, listed, None, StatusCode::OK)
}

#[derive(Deserialize, Default)]
pub struct StartForm {
    #[serde(default)]
    key: String,
}

pub async fn start_check(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, AppError> {
    let circle: CircleId = ids.circle()?;
    let public = public_framework()?;
    match start(&state.ctx, &worker.actor, circle, &form.key, &public).await {
        Ok(id) => Ok(Redirect::to(&format!("{}/{id}", checks_path(circle))).into_response()),
        Err(StartError::Refused(problem)) => {
            let error = Some(match problem {
                StartProblem::FormExpired => tr.t("checks-start-refused"),
                StartProblem::Check(CheckError::CircleClosed) => tr.t("checks-circle-closed"),
                StartProblem::Check(CheckError::NotAMember) => tr.t("checks-not-a-member"),
            });
            // The list again, with a fresh key: the person starts it knowingly.
            let listed = list(&state.ctx, &worker.actor, circle).await?;
            render(tr, &viewer, listed, error, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(StartError::Core(e)) => Err(e.into()),
    }
}

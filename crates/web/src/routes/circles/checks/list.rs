//! `GET /circles/{id}/checks`: the circle's checks, newest first, with how
//! many perspectives each has that the viewer may see; and `POST` to start
//! one. The start form carries a check id made when the page was shown, so
//! sending it twice starts one check.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::{check_change, check_path, day, version_in_force};
use crate::routes::circles::{open, worker};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::{Check, CheckError, perspectives_seen_by};
use moves_core::circle::OpenCircle;
use moves_core::ids::CheckId;
use moves_store::StoreError;
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
    /// Set when the viewer may start one: a fresh id for the form.
    new_check: Option<String>,
    error: Option<String>,
}

async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let org = open.circle.org_id;
    let checks = state.store.checks_of_circle(org, open.circle.id).await?;
    let perspectives = state
        .store
        .perspective_heads_of_circle(org, open.circle.id)
        .await?;
    let seen = perspectives_seen_by(&open.access, &perspectives);
    let rows = checks
        .iter()
        .map(|c| {
            let n = seen.iter().filter(|p| p.check_id == c.id).count();
            CheckRow {
                href: check_path(c),
                started: day(c.started_at),
                by: open
                    .members
                    .iter()
                    .find(|m| m.id == c.started_by)
                    .map(|m| m.display_name.clone())
                    .unwrap_or_default(),
                perspectives: tr.t_args("checks-perspectives-count", &[("count", n.to_string())]),
                agreed: !c.agreed.is_empty(),
            }
        })
        .collect();
    let may_start =
        open.circle.is_open() && open.access.member().is_some_and(|m| m.user_id.is_some());
    let title = tr.t_args(
        "checks-list-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = ListPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        checks: rows,
        new_check: may_start.then(|| CheckId::new().to_string()),
        error,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "checks").await?;
    render(&state, tr, &viewer, &open, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
pub struct StartForm {
    #[serde(default)]
    check: String,
}

pub async fn start(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "checks").await?;
    let Some(me) = open.access.member() else {
        return Err(AppError::Forbidden);
    };
    let Ok(check_id) = form.check.trim().parse::<CheckId>() else {
        let error = Some(tr.t("checks-start-refused"));
        return render(
            &state,
            tr,
            &viewer,
            &open,
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    // Sent before: the check it started, if it is this circle's.
    if let Some(existing) = state.store.check(org, check_id).await? {
        if existing.circle_id != open.circle.id {
            return Err(AppError::NotFound);
        }
        return Ok(Redirect::to(&check_path(&existing)).into_response());
    }
    let version = version_in_force(&state, org).await?;
    let check = match Check::start(check_id, &open.circle, me, version, state.clock.now()) {
        Ok(c) => c,
        Err(e) => {
            let error = Some(match e {
                CheckError::CircleClosed => tr.t("checks-circle-closed"),
                CheckError::NotAMember => tr.t("checks-not-a-member"),
            });
            return render(
                &state,
                tr,
                &viewer,
                &open,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let audit = check_change(&state, org, user, check.id, "started");
    match state.store.create_check(&check, &audit).await {
        // The same form sent twice at once: the first one started it.
        Ok(()) | Err(StoreError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&check_path(&check)).into_response())
}

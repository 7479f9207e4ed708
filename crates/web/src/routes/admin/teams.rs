//! Teams, for an organisation's administrators: `GET/POST /admin/teams` (every
//! team with its people, and a form to make one), `GET /admin/teams/{id}` (one
//! team, a form to add a member of the organisation, and buttons to remove
//! people), `POST /admin/teams/{id}/members` and `.../members/remove`.
//!
//! Only ever about the organisation the administrator works in: another
//! organisation's team id is not found (404). The rules (what a team name may
//! be, who may join) and what is audited are in `moves_core::admin::teams` and
//! `moves_core::admin::team`; these handlers read the form, call one and
//! render.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::members::MemberCursor;
use moves_core::admin::team::TeamMemberCursor;
use moves_core::admin::team::{self, Added};
use moves_core::admin::teams::{self, CreateError};
use moves_core::ids::{TeamId, UserId};
use moves_core::text::TextError;
use serde::Deserialize;

pub const TEAMS_PATH: &str = "/admin/teams";

fn team_path(id: TeamId) -> String {
    format!("{TEAMS_PATH}/{id}")
}

/// One team on the list page.
pub struct TeamRow {
    pub id: String,
    pub name: String,
    /// The names of its people, in the order they joined.
    pub members: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/teams.html")]
struct TeamsPage {
    layout: Layout,
    csrf: String,
    teams: Vec<TeamRow>,
    /// The link to the next page of teams, when there is one.
    more: Option<String>,
    /// The name just posted, when it was refused.
    name: String,
    error: Option<String>,
}

/// One person in the team, or one who could join it.
pub struct PersonRow {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "admin/teams_show.html")]
struct TeamPage {
    layout: Layout,
    csrf: String,
    team_id: String,
    team_name: String,
    members: Vec<PersonRow>,
    /// The link to the next page of the team's people, when there is one.
    more_members: Option<String>,
    /// Active members of the organisation who are not in the team yet.
    choices: Vec<PersonRow>,
    /// The link to the next page of people who could join, when there is one.
    more: Option<String>,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    /// The last team of the page before.
    #[serde(default)]
    after: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct TeamQuery {
    #[serde(default)]
    done: Option<String>,
    /// Where the page of people who could join starts.
    #[serde(default)]
    after: Option<String>,
    /// Where the page of the team's people starts.
    #[serde(default)]
    people: Option<String>,
}

/// Which page of each list the team page shows (the first when `None`).
#[derive(Default)]
struct Pages {
    members: Option<TeamMemberCursor>,
    choices: Option<MemberCursor>,
}

#[derive(Deserialize)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    user: String,
}

/// The team id in the path: anything that is not one is not found.
fn team_id(id: &str) -> Result<TeamId, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

async fn teams_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    after: Option<TeamId>,
    name: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page = teams::list(&state.ctx, &viewer.actor, after).await?;
    let teams = page
        .teams
        .into_iter()
        .map(|t| TeamRow {
            id: t.team.id.to_string(),
            name: t.team.name,
            members: t.members,
        })
        .collect();
    let more = page.next.map(|id| format!("{TEAMS_PATH}?after={id}"));
    let title = tr.t("teams-title");
    let page = TeamsPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        teams,
        more,
        name,
        error,
    };
    render_page(&page, status, [])
}

pub async fn list(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    // A link that is not one of ours starts from the first page.
    let after = q.after.as_deref().and_then(|a| a.trim().parse().ok());
    teams_page(
        &state,
        tr,
        &viewer,
        after,
        String::new(),
        None,
        StatusCode::OK,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<NameForm>,
) -> Result<Response, AppError> {
    let error = match teams::create(&state.ctx, &viewer.actor, &form.name).await {
        Ok(id) => {
            return Ok(Redirect::to(&format!("{}?done=created", team_path(id))).into_response());
        }
        Err(CreateError::Core(e)) => return Err(e.into()),
        Err(CreateError::NameTaken) => tr.t("teams-name-taken"),
        Err(CreateError::Name(e)) => match e {
            TextError::Empty => tr.t("teams-name-missing"),
            TextError::TooLong { max } => {
                tr.t_args("teams-name-too-long", &[("max", max.to_string())])
            }
            TextError::ControlCharacter { .. } => tr.t("teams-name-hidden-character"),
        },
    };
    teams_page(
        &state,
        tr,
        &viewer,
        None,
        form.name,
        Some(error),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn team_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    id: TeamId,
    pages: Pages,
    error: Option<String>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let view = team::show(&state.ctx, &viewer.actor, id, pages.members, pages.choices).await?;
    let row = |p: team::Person| PersonRow {
        id: p.id.to_string(),
        name: p.name,
    };
    let members = view.members.into_iter().map(row).collect();
    let choices = view.choices.into_iter().map(row).collect();
    let more = view
        .more_choices
        .map(|c| format!("{}?after={}", team_path(id), c.to_param()));
    let more_members = view
        .more_members
        .map(|c| format!("{}?people={}#people", team_path(id), c.to_param()));
    let title = tr.t_args("teams-team-title", &[("name", view.team.name.clone())]);
    let page = TeamPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        team_id: view.team.id.to_string(),
        team_name: view.team.name,
        members,
        more_members,
        choices,
        more,
        error,
        notice,
    };
    render_page(&page, status, [])
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(q): Query<TeamQuery>,
) -> Result<Response, AppError> {
    let id = team_id(&id)?;
    let notice = match q.done.as_deref() {
        Some("created") => Some(tr.t("teams-done-created")),
        Some("added") => Some(tr.t("teams-done-added")),
        Some("already") => Some(tr.t("teams-done-already")),
        Some("removed") => Some(tr.t("teams-done-removed")),
        Some("not_in_team") => Some(tr.t("teams-done-not-in-team")),
        _ => None,
    };
    let pages = Pages {
        members: q.people.as_deref().and_then(TeamMemberCursor::parse),
        choices: q.after.as_deref().and_then(MemberCursor::parse),
    };
    team_page(&state, tr, &viewer, id, pages, None, notice, StatusCode::OK).await
}

pub async fn add_member(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let id = team_id(&id)?;
    let error = match form.user.trim().parse::<UserId>() {
        Err(_) => tr.t("teams-member-choose"),
        Ok(user) => match team::add_member(&state.ctx, &viewer.actor, id, user).await? {
            Added::Added => {
                return Ok(Redirect::to(&format!("{}?done=added", team_path(id))).into_response());
            }
            Added::Already => {
                return Ok(Redirect::to(&format!("{}?done=already", team_path(id))).into_response());
            }
            Added::NotInOrganisation => tr.t("teams-member-not-in-organisation"),
        },
    };
    team_page(
        &state,
        tr,
        &viewer,
        id,
        Pages::default(),
        Some(error),
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn remove_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let id = team_id(&id)?;
    let user = form.user.trim().parse::<UserId>().ok();
    let removed = team::remove_member(&state.ctx, &viewer.actor, id, user).await?;
    // Removing someone already gone (a second click) is not an error.
    let outcome = if removed { "removed" } else { "not_in_team" };
    Ok(Redirect::to(&format!("{}?done={outcome}", team_path(id))).into_response())
}

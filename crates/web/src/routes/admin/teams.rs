//! Teams, for an organisation's administrators: `GET/POST /admin/teams` (every
//! team with its people, and a form to make one), `GET /admin/teams/{id}` (one
//! team, a form to add a member of the organisation, and buttons to remove
//! people), `POST /admin/teams/{id}/members` and `.../members/remove`.
//!
//! Only ever about the organisation the administrator works in: another
//! organisation's team id is not found (404). The rules (what a team name may
//! be, who may join) are in `moves_core::team`; every change is audited as
//! `team_changed`, with ids only.

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
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::{OrgId, TeamId, UserId};
use moves_core::team::{Team, TeamMember, TeamMemberError};
use moves_core::text::TextError;
use moves_store::AuditEntry;
use moves_store::StoreError;
use serde::Deserialize;
use std::collections::HashMap;

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
    /// Active members of the organisation who are not in the team yet.
    choices: Vec<PersonRow>,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
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

/// The organisation being worked in and the administrator: the rule has
/// checked the capability there, and no other organisation can be named.
fn admin_of(viewer: &Viewer) -> Result<(OrgId, UserId), AppError> {
    let org = viewer.actor.org.ok_or(AppError::Forbidden)?;
    let admin = viewer.actor.user.ok_or(AppError::Forbidden)?;
    Ok((org, admin))
}

/// This organisation's team with the id in the path; anything else is not found.
async fn find_team(state: &AppState, org: OrgId, id: &str) -> Result<Team, AppError> {
    let id: TeamId = id.parse().map_err(|_| AppError::NotFound)?;
    state.store.team(org, id).await?.ok_or(AppError::NotFound)
}

async fn names_of(state: &AppState, ids: &[UserId]) -> Result<HashMap<UserId, String>, AppError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    Ok(state
        .store
        .users(&ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

fn audit(org: OrgId, admin: UserId, state: &AppState, team: TeamId) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        state.clock.now(),
        Some(admin),
        AuditAction::TeamChanged,
    )
    .subject(team.to_string())
}

async fn teams_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    name: String,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (org, _) = admin_of(viewer)?;
    let teams = state.store.teams_of_organisation(org).await?;
    let memberships = state.store.team_memberships_of_organisation(org).await?;
    let ids: Vec<UserId> = memberships.iter().map(|m| m.user_id).collect();
    let names = names_of(state, &ids).await?;
    let mut by_team: HashMap<TeamId, Vec<TeamMember>> = HashMap::new();
    for m in memberships {
        by_team.entry(m.team_id).or_default().push(m);
    }
    let teams = teams
        .into_iter()
        .map(|t| {
            let mut members = by_team.remove(&t.id).unwrap_or_default();
            members.sort_by_key(|m| (m.added_at, m.user_id));
            TeamRow {
                id: t.id.to_string(),
                name: t.name,
                members: members
                    .iter()
                    .filter_map(|m| names.get(&m.user_id).cloned())
                    .collect(),
            }
        })
        .collect();
    let title = tr.t("teams-title");
    let page = TeamsPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        teams,
        name,
        error,
    };
    render_page(&page, status, [])
}

pub async fn list(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
) -> Result<Response, AppError> {
    teams_page(&state, tr, &viewer, String::new(), None, StatusCode::OK).await
}

pub async fn create(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<NameForm>,
) -> Result<Response, AppError> {
    let (org, admin) = admin_of(&viewer)?;
    let team = match Team::new(org, &form.name, state.clock.now()) {
        Ok(team) => team,
        Err(e) => {
            let error = Some(match e {
                TextError::Empty => tr.t("teams-name-missing"),
                TextError::TooLong { max } => {
                    tr.t_args("teams-name-too-long", &[("max", max.to_string())])
                }
                TextError::ControlCharacter { .. } => tr.t("teams-name-hidden-character"),
            });
            return teams_page(
                &state,
                tr,
                &viewer,
                form.name,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match state.store.create_team(&team).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => {
            let error = Some(tr.t("teams-name-taken"));
            return teams_page(
                &state,
                tr,
                &viewer,
                form.name,
                error,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(e) => return Err(e.into()),
    }
    state
        .store
        .append_audit(&audit(org, admin, &state, team.id).detail("created"))
        .await?;
    Ok(Redirect::to(&format!("{}?done=created", team_path(team.id))).into_response())
}

async fn team_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    team: Team,
    error: Option<String>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (org, _) = admin_of(viewer)?;
    let in_team = state.store.team_members(org, team.id).await?;
    let mut others: Vec<UserId> = state
        .store
        .members_of_organisation(org)
        .await?
        .into_iter()
        .filter(|m| m.is_active() && !in_team.contains(&m.user_id))
        .map(|m| m.user_id)
        .collect();
    others.sort_unstable();
    others.dedup();
    let mut everyone = in_team.clone();
    everyone.extend(others.iter().copied());
    let names = names_of(state, &everyone).await?;
    let row = |id: &UserId| PersonRow {
        id: id.to_string(),
        name: names.get(id).cloned().unwrap_or_default(),
    };
    let members = in_team.iter().map(row).collect();
    let mut choices: Vec<PersonRow> = others.iter().map(row).collect();
    choices.sort_by_key(|c| c.name.to_lowercase());
    let title = tr.t_args("teams-team-title", &[("name", team.name.clone())]);
    let page = TeamPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        team_id: team.id.to_string(),
        team_name: team.name,
        members,
        choices,
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
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let (org, _) = admin_of(&viewer)?;
    let team = find_team(&state, org, &id).await?;
    let notice = match q.done.as_deref() {
        Some("created") => Some(tr.t("teams-done-created")),
        Some("added") => Some(tr.t("teams-done-added")),
        Some("already") => Some(tr.t("teams-done-already")),
        Some("removed") => Some(tr.t("teams-done-removed")),
        Some("not_in_team") => Some(tr.t("teams-done-not-in-team")),
        _ => None,
    };
    team_page(&state, tr, &viewer, team, None, notice, StatusCode::OK).await
}

pub async fn add_member(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let (org, admin) = admin_of(&viewer)?;
    let team = find_team(&state, org, &id).await?;
    let Ok(user) = form.user.trim().parse::<UserId>() else {
        let error = Some(tr.t("teams-member-choose"));
        return team_page(
            &state,
            tr,
            &viewer,
            team,
            error,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let now = state.clock.now();
    let memberships = state.store.memberships_of_user(user).await?;
    let added = match TeamMember::new(&team, user, &memberships, now) {
        Ok(m) => {
            state
                .store
                .add_team_member(org, m.team_id, m.user_id, m.added_at)
                .await?
        }
        Err(TeamMemberError::NotAMember) => false,
    };
    if !added {
        if state
            .store
            .team_members(org, team.id)
            .await?
            .contains(&user)
        {
            return Ok(
                Redirect::to(&format!("{}?done=already", team_path(team.id))).into_response(),
            );
        }
        // Not an active member of this organisation (or no longer one): said
        // the same way whether or not such a person exists anywhere else.
        let error = Some(tr.t("teams-member-not-in-organisation"));
        return team_page(
            &state,
            tr,
            &viewer,
            team,
            error,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    state
        .store
        .append_audit(&audit(org, admin, &state, team.id).detail(format!("member_added:{user}")))
        .await?;
    Ok(Redirect::to(&format!("{}?done=added", team_path(team.id))).into_response())
}

pub async fn remove_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let (org, admin) = admin_of(&viewer)?;
    let team = find_team(&state, org, &id).await?;
    let removed = match form.user.trim().parse::<UserId>() {
        Ok(user) => {
            let removed = state.store.remove_team_member(org, team.id, user).await?;
            if removed {
                state
                    .store
                    .append_audit(
                        &audit(org, admin, &state, team.id)
                            .detail(format!("member_removed:{user}")),
                    )
                    .await?;
            }
            removed
        }
        Err(_) => false,
    };
    // Removing someone already gone (a second click) is not an error.
    let outcome = if removed { "removed" } else { "not_in_team" };
    Ok(Redirect::to(&format!("{}?done={outcome}", team_path(team.id))).into_response())
}

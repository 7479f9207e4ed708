//! The organisation's teams, for its administrators: the list (a page at a
//! time, by name, each team with its people, whose names are audited as
//! read) and making a team (audited as `team_changed` in the same
//! transaction).

use super::{admin_of, audit_people_shown, entry, names_of};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::ids::{TeamId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_domain::team::{Team, TeamMember};
use moves_domain::text::TextError;
use moves_store::StoreError;
use std::collections::HashMap;

/// How many teams a page of the list shows.
pub const TEAMS_PAGE: u32 = 50;

/// One team on the list, with the names of its people in the order they
/// joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedTeam {
    pub team: Team,
    pub members: Vec<String>,
}

/// A page of the teams list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamsPage {
    pub teams: Vec<ListedTeam>,
    /// The last team of this page, where the next starts, when there is one.
    pub next: Option<TeamId>,
}

/// The page of `actor`'s organisation's teams after the team `after` (the
/// first page when `None`; an id that is not one of its teams is not found).
pub async fn list(ctx: &Ctx, actor: &Actor, after: Option<TeamId>) -> Result<TeamsPage, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageTeams)?;
    let after = match after {
        Some(id) => {
            let team = ctx.store().team(org, id).await?.ok_or(Error::NotFound)?;
            Some((team.name_key(), team.id))
        }
        None => None,
    };
    // One more than a page, to know whether there is a next one.
    let mut teams = ctx.store().teams_page(org, after, TEAMS_PAGE + 1).await?;
    let next = if teams.len() > TEAMS_PAGE as usize {
        teams.truncate(TEAMS_PAGE as usize);
        teams.last().map(|t| t.id)
    } else {
        None
    };
    let ids: Vec<TeamId> = teams.iter().map(|t| t.id).collect();
    let memberships = ctx.store().team_memberships_of_teams(org, &ids).await?;
    let people: Vec<UserId> = memberships.iter().map(|m| m.user_id).collect();
    let names = names_of(ctx, people.iter().copied()).await?;
    audit_people_shown(ctx, org, admin, people, "teams").await?;
    let mut by_team: HashMap<TeamId, Vec<TeamMember>> = HashMap::new();
    for m in memberships {
        by_team.entry(m.team_id).or_default().push(m);
    }
    let teams = teams
        .into_iter()
        .map(|team| {
            let mut members = by_team.remove(&team.id).unwrap_or_default();
            members.sort_by_key(|m| (m.added_at, m.user_id));
            ListedTeam {
                members: members
                    .iter()
                    .filter_map(|m| names.get(&m.user_id).cloned())
                    .collect(),
                team,
            }
        })
        .collect();
    Ok(TeamsPage { teams, next })
}

/// Why a team was not made.
#[derive(Debug)]
pub enum CreateError {
    Name(TextError),
    /// The organisation has a team of that name already.
    NameTaken,
    Core(Error),
}

impl From<Error> for CreateError {
    fn from(e: Error) -> Self {
        CreateError::Core(e)
    }
}

/// Makes a team named `name` in `actor`'s organisation.
pub async fn create(ctx: &Ctx, actor: &Actor, name: &str) -> Result<TeamId, CreateError> {
    let (org, admin) = admin_of(actor, Capability::ManageTeams)?;
    let team = Team::new(org, name, ctx.now()).map_err(CreateError::Name)?;
    let audit = entry(ctx, org, admin, AuditAction::TeamChanged)
        .subject(team.id.to_string())
        .detail("created");
    match ctx.store().create_team(&team, &audit).await {
        Ok(()) => Ok(team.id),
        Err(StoreError::Conflict(_)) => Err(CreateError::NameTaken),
        Err(e) => Err(CreateError::Core(e.into())),
    }
}

//! One team, for an organisation's administrators: who is in it and who
//! could join (a page of the organisation's members at a time), adding a
//! member of the organisation and removing someone. Another organisation's
//! team is not found. Each change is stored with its `team_changed` entry in
//! one transaction; the names shown are audited as read.

use super::members::{MEMBERS_PAGE, MemberCursor, page_of};
use super::{admin_of, audit_people_shown, entry, names_of};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::cursor::TimeCursor;
use moves_domain::ids::{OrgId, TeamId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_domain::team::{Team, TeamMember, TeamMemberError};

/// Someone in the team, or who could join it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: UserId,
    pub name: String,
}

/// Where the next page of a team's people starts: just after the person who
/// joined at that moment.
pub type TeamMemberCursor = TimeCursor<UserId>;

/// One team as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamView {
    pub team: Team,
    /// A page of its people, in the order they joined.
    pub members: Vec<Person>,
    /// Where the next page of its people starts, when there is one.
    pub more_members: Option<TeamMemberCursor>,
    /// Active members of the organisation, from one page of its members, who
    /// are not in the team yet (by name).
    pub choices: Vec<Person>,
    /// Where the next page of choices starts, when there is one.
    pub more_choices: Option<MemberCursor>,
}

async fn find(ctx: &Ctx, org: OrgId, id: TeamId) -> Result<Team, Error> {
    ctx.store().team(org, id).await?.ok_or(Error::NotFound)
}

/// The team `id` of `actor`'s organisation: the page of its people after
/// `members_after`, and the page of choices after `choices_after`.
pub async fn show(
    ctx: &Ctx,
    actor: &Actor,
    id: TeamId,
    members_after: Option<TeamMemberCursor>,
    choices_after: Option<MemberCursor>,
) -> Result<TeamView, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageTeams)?;
    let team = find(ctx, org, id).await?;
    let mut page = ctx
        .store()
        .team_members_page(
            org,
            team.id,
            members_after.map(|c| (c.at, c.id)),
            MEMBERS_PAGE + 1,
        )
        .await?;
    let more_members = if page.len() > MEMBERS_PAGE as usize {
        page.truncate(MEMBERS_PAGE as usize);
        page.last().map(|m| TimeCursor::new(m.added_at, m.user_id))
    } else {
        None
    };
    let in_team: Vec<UserId> = page.iter().map(|m| m.user_id).collect();
    let (memberships, more_choices) = page_of(ctx, org, choices_after, MEMBERS_PAGE).await?;
    let mut candidates: Vec<UserId> = memberships
        .into_iter()
        .filter(|m| m.is_active())
        .map(|m| m.user_id)
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    // Whoever is in the team already, on any page of it, is not a choice.
    let already = ctx
        .store()
        .team_members_among(org, team.id, &candidates)
        .await?;
    let others: Vec<UserId> = candidates
        .into_iter()
        .filter(|u| !already.contains(u))
        .collect();
    let everyone: Vec<UserId> = in_team.iter().chain(others.iter()).copied().collect();
    let names = names_of(ctx, everyone.iter().copied()).await?;
    audit_people_shown(ctx, org, admin, everyone, "team").await?;
    let person = |id: &UserId| Person {
        id: *id,
        name: names.get(id).cloned().unwrap_or_default(),
    };
    let members = in_team.iter().map(person).collect();
    let mut choices: Vec<Person> = others.iter().map(person).collect();
    choices.sort_by_key(|c| c.name.to_lowercase());
    Ok(TeamView {
        team,
        members,
        more_members,
        choices,
        more_choices,
    })
}

/// What adding someone did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    Added,
    /// They were in the team already (the form sent twice): nothing written.
    Already,
    /// Not an active member of this organisation (or no longer one): said the
    /// same way whether or not such a person exists anywhere else.
    NotInOrganisation,
}

/// Adds `user` to the team `id` of `actor`'s organisation.
pub async fn add_member(
    ctx: &Ctx,
    actor: &Actor,
    id: TeamId,
    user: UserId,
) -> Result<Added, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageTeams)?;
    let team = find(ctx, org, id).await?;
    let memberships = ctx.store().memberships_of_user(user).await?;
    let added = match TeamMember::new(&team, user, &memberships, ctx.now()) {
        Ok(m) => {
            let audit = entry(ctx, org, admin, AuditAction::TeamChanged)
                .subject(team.id.to_string())
                .detail(format!("member_added:{user}"));
            ctx.store()
                .add_team_member(org, m.team_id, m.user_id, m.added_at, &audit)
                .await?
        }
        Err(TeamMemberError::NotAMember) => false,
    };
    if added {
        return Ok(Added::Added);
    }
    if ctx
        .store()
        .team_members(org, team.id)
        .await?
        .contains(&user)
    {
        Ok(Added::Already)
    } else {
        Ok(Added::NotInOrganisation)
    }
}

/// Removes `user` from the team `id` of `actor`'s organisation: false (and
/// nothing written) when they were not in it, as after a second click, or
/// when the form named nobody (`None`).
pub async fn remove_member(
    ctx: &Ctx,
    actor: &Actor,
    id: TeamId,
    user: Option<UserId>,
) -> Result<bool, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageTeams)?;
    let team = find(ctx, org, id).await?;
    let Some(user) = user else {
        return Ok(false);
    };
    let audit = entry(ctx, org, admin, AuditAction::TeamChanged)
        .subject(team.id.to_string())
        .detail(format!("member_removed:{user}"));
    Ok(ctx
        .store()
        .remove_team_member(org, team.id, user, &audit)
        .await?)
}

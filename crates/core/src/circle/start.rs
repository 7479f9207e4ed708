//! Starting a circle: a practitioner names who it is about and is its first
//! member, with the focus person in it from the start. The form carries a
//! one-use key, never an id: the server makes the circle's id, so the same
//! form sent twice makes one circle, and nobody can choose an id or learn
//! from the answer whether one exists.

use super::changes::circle_changed;
use crate::form_key::{self, FormKey};
use crate::{Ctx, Error};
use moves_domain::circle::{
    Birth, BirthError, Circle, CircleError, CircleMember, CircleRole, NewCircle,
};
use moves_domain::ids::{CircleId, OrgId, TeamId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_domain::team::Team;
use moves_store::StoreError;

/// The new circle form: the organisation's teams to choose from, and a
/// fresh key for the form.
pub struct StartForm {
    pub teams: Vec<Team>,
    pub key: FormKey,
}

/// A new circle as typed in the form: each field as sent.
#[derive(Debug, Clone, Copy, Default)]
pub struct CircleDraft<'a> {
    pub focus_name: &'a str,
    pub birth_date: &'a str,
    pub age_band: &'a str,
    pub pronouns: &'a str,
    pub languages: &'a str,
    pub protected_identity: bool,
    /// A team's id, or empty for none.
    pub team: &'a str,
}

/// What refused a new circle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartProblem {
    Circle(CircleError),
    Birth(BirthError),
    /// Not one of this organisation's teams.
    UnknownTeam,
    /// A form we did not make (sent without its key).
    FormExpired,
}

/// A circle refused for what was typed: every problem at once, the teams
/// to show the form again with, and the key it should carry.
#[derive(Debug)]
pub struct Refused {
    pub teams: Vec<Team>,
    pub problems: Vec<StartProblem>,
    pub key: FormKey,
}

#[derive(Debug)]
pub enum StartError {
    Refused(Box<Refused>),
    Core(Error),
}

impl From<Error> for StartError {
    fn from(e: Error) -> Self {
        StartError::Core(e)
    }
}

impl From<StoreError> for StartError {
    fn from(e: StoreError) -> Self {
        StartError::Core(e.into())
    }
}

/// Whether the circle was new or the same form sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    New(CircleId),
    /// Sent before: the circle it started.
    Again(CircleId),
}

impl Started {
    pub fn id(self) -> CircleId {
        match self {
            Started::New(id) | Started::Again(id) => id,
        }
    }
}

/// Who may start circles: a practitioner working in an organisation.
fn starter(actor: &Actor) -> Result<(OrgId, UserId), Error> {
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Err(Error::NotFound);
    };
    if !actor.may(Capability::CreateCircle) {
        return Err(Error::Forbidden);
    }
    Ok((org, user))
}

/// The form to start a circle, for someone who may.
pub async fn new_circle_form(ctx: &Ctx, actor: &Actor) -> Result<StartForm, Error> {
    let (org, _) = starter(actor)?;
    Ok(StartForm {
        teams: ctx.store().teams_of_organisation(org).await?,
        key: FormKey::new()?,
    })
}

/// Every problem with `draft` (in the form's order), and the circle it makes
/// with the id `id` when there is none.
async fn check_draft(
    ctx: &Ctx,
    org: OrgId,
    user: UserId,
    id: CircleId,
    draft: &CircleDraft<'_>,
) -> Result<Result<Circle, Vec<StartProblem>>, Error> {
    let now = ctx.now();
    let mut problems = Vec::new();
    let birth = match Birth::from_form(draft.birth_date, draft.age_band, now) {
        Ok(b) => b,
        Err(e) => {
            problems.push(StartProblem::Birth(e));
            None
        }
    };
    // Only this organisation's teams; anything else is refused, not ignored.
    let team_id = match draft.team.trim() {
        "" => None,
        t => match t.parse::<TeamId>() {
            Ok(t) if ctx.store().team(org, t).await?.is_some() => Some(t),
            _ => {
                problems.push(StartProblem::UnknownTeam);
                None
            }
        },
    };
    let input = NewCircle {
        focus_name: draft.focus_name,
        birth,
        pronouns: draft.pronouns,
        languages: draft.languages,
        protected_identity: draft.protected_identity,
        team_id,
    };
    match Circle::new(id, org, &input, user, now) {
        Ok(c) if problems.is_empty() => Ok(Ok(c)),
        Ok(_) => Ok(Err(problems)),
        Err(e) => {
            problems.insert(0, StartProblem::Circle(e));
            Ok(Err(problems))
        }
    }
}

/// Starts a circle from the form `key`: the server makes its id, and the
/// same form sent again starts nothing more.
pub async fn start(
    ctx: &Ctx,
    actor: &Actor,
    key: &str,
    draft: CircleDraft<'_>,
) -> Result<Started, StartError> {
    let (org, user) = starter(actor)?;
    let refuse = |teams, problems, key| {
        StartError::Refused(Box::new(Refused {
            teams,
            problems,
            key,
        }))
    };
    let Some(key) = FormKey::parse(key) else {
        let teams = ctx.store().teams_of_organisation(org).await?;
        let fresh = FormKey::new().map_err(Error::from)?;
        return Err(refuse(teams, vec![StartProblem::FormExpired], fresh));
    };
    // The id is made only once the draft is valid: a refused form, corrected
    // and sent again with the same key, still starts one circle.
    let circle = match check_draft(ctx, org, user, CircleId::new(), &draft).await? {
        Ok(c) => c,
        Err(problems) => {
            let teams = ctx.store().teams_of_organisation(org).await?;
            return Err(refuse(teams, problems, key));
        }
    };
    let id: CircleId = form_key::claim(ctx, user, &key, circle.id).await?;
    let circle = Circle { id, ..circle };
    let name = ctx
        .store()
        .user(user)
        .await?
        .map(|u| u.display_name)
        .ok_or(Error::NotFound)?;
    let now = ctx.now();
    let me = CircleMember::new(
        org,
        id,
        Some(user),
        &name,
        "",
        CircleRole::Practitioner,
        now,
    )
    .map_err(|e| Error::Internal(e.to_string()))?;
    // The focus person is in their own circle from the start, named as they
    // want to be; an account can be linked later.
    let focus = CircleMember::new(
        org,
        id,
        None,
        &circle.focus_name,
        "",
        CircleRole::FocusPerson,
        now,
    )
    .map_err(|e| Error::Internal(e.to_string()))?;
    let audit = circle_changed(ctx, actor, org, id, "created");
    if ctx
        .store()
        .create_circle(&circle, &[me, focus], &audit)
        .await?
    {
        Ok(Started::New(id))
    } else {
        // The key was claimed before: this person's circle exists already,
        // and nothing more was written.
        Ok(Started::Again(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::membership::Role;

    #[test]
    fn only_practitioners_working_in_an_organisation_start_circles() {
        let (org, user) = (OrgId::new(), UserId::new());
        let as_role = |role| Actor {
            user: Some(user),
            org: Some(org),
            roles: vec![role],
            ..Actor::default()
        };
        assert_eq!(
            starter(&as_role(Role::Practitioner)).ok(),
            Some((org, user))
        );
        for role in [
            Role::ParentCarer,
            Role::YoungPerson,
            Role::Viewer,
            Role::Manager,
            Role::OrgAdmin,
        ] {
            assert!(
                matches!(starter(&as_role(role)), Err(Error::Forbidden)),
                "{role:?}"
            );
        }
        assert!(matches!(starter(&Actor::anonymous()), Err(Error::NotFound)));
    }
}

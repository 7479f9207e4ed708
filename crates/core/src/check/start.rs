//! Starting a check: a member of an open circle with an account starts one
//! on the framework version in force in the organisation. The form carries a
//! one-use key, never an id: the server makes the check's id, so the same
//! form sent twice starts one check, and an id of another circle can never
//! be named to learn whether it exists.

use super::changed::check_changed;
use super::version::version_in_force;
use crate::circle::open::open_circle;
use crate::form_key::{self, FormKey};
use crate::{Ctx, Error};
use moves_domain::check::{Check, CheckError};
use moves_domain::framework::FrameworkId;
use moves_domain::ids::{CheckId, CircleId};
use moves_domain::permission::Actor;
use moves_store::StoreError;

/// What refused a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartProblem {
    /// Sent without the key of a form we made.
    FormExpired,
    Check(CheckError),
}

#[derive(Debug)]
pub enum StartError {
    Refused(StartProblem),
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

/// Starts a check in `circle` from the form `key`; `public` is the edition
/// an organisation that adapted nothing reads. The check's id, the same for
/// every sending of the form.
pub async fn start(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    key: &str,
    public: &FrameworkId,
) -> Result<CheckId, StartError> {
    let open = open_circle(ctx, actor, circle, "checks").await?;
    let Some(me) = open.access.member() else {
        return Err(Error::Forbidden.into());
    };
    let (Some(key), Some(user)) = (FormKey::parse(key), actor.user) else {
        return Err(StartError::Refused(StartProblem::FormExpired));
    };
    let org = open.circle.org_id;
    let version = version_in_force(ctx, org, public).await?;
    // Refused before the key is claimed, so a corrected form still starts one.
    let fresh = Check::start(CheckId::new(), &open.circle, me, version, ctx.now())
        .map_err(|e| StartError::Refused(StartProblem::Check(e)))?;
    let id: CheckId = form_key::claim(ctx, user, &key, fresh.id).await?;
    let check = Check { id, ..fresh };
    let audit = check_changed(ctx, actor, org, id, "started");
    match ctx.store().create_check(&check, &audit).await {
        // Sent twice: the first sending started it.
        Ok(()) | Err(StoreError::Conflict(_)) => Ok(id),
        Err(e) => Err(e.into()),
    }
}

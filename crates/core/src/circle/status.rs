//! Closing a circle with a closing reflection, and reopening it. Only the
//! practitioners of the circle do either, from the version the form showed;
//! each change is stored with its audit entry in one transaction.

use super::changes::circle_changed;
use super::open::open_circle;
use crate::{Ctx, Error};
use moves_domain::circle::{CircleError, Closing, OpenCircle, closing_reflection};
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_domain::text::TextError;
use moves_store::VersionedWrite;

/// The circle `circle` opened (as `page`) for one of its practitioners who
/// may close or reopen it (`Forbidden` for anyone else who opens it).
async fn open_to_manage(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    page: &str,
) -> Result<OpenCircle, Error> {
    let open = open_circle(ctx, actor, circle, page).await?;
    if !open.access.may_manage(actor) {
        return Err(Error::Forbidden);
    }
    Ok(open)
}

/// The circle, for the closing form, to someone who may close it (a closed
/// one too: the page then says so).
pub async fn close_form(ctx: &Ctx, actor: &Actor, circle: CircleId) -> Result<OpenCircle, Error> {
    open_to_manage(ctx, actor, circle, "close").await
}

/// What refused closing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CloseProblem {
    /// Changed or closed since the form was shown.
    Stale,
    Reflection(TextError),
}

/// Closing refused: the circle as it is now, to show the form again with
/// the reflection typed.
#[derive(Debug)]
pub struct CloseRefused {
    pub open: OpenCircle,
    pub problem: CloseProblem,
}

#[derive(Debug)]
pub enum CloseError {
    Refused(Box<CloseRefused>),
    Core(Error),
}

impl From<Error> for CloseError {
    fn from(e: Error) -> Self {
        CloseError::Core(e)
    }
}

/// Closes `circle` with `reflection`, from the form that showed it at `version`.
pub async fn close(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
    reflection: &str,
) -> Result<(), CloseError> {
    let open = open_to_manage(ctx, actor, circle, "close").await?;
    let refuse = |open, problem| CloseError::Refused(Box::new(CloseRefused { open, problem }));
    if version != open.circle.version || !open.circle.is_open() {
        return Err(refuse(open, CloseProblem::Stale));
    }
    let reflection = match closing_reflection(reflection) {
        Ok(r) => r,
        Err(
            CircleError::Reflection(e)
            | CircleError::FocusName(e)
            | CircleError::Pronouns(e)
            | CircleError::Languages(e),
        ) => return Err(refuse(open, CloseProblem::Reflection(e))),
    };
    let Some(by) = actor.user else {
        return Err(Error::NotFound.into());
    };
    let (org, id) = (open.circle.org_id, open.circle.id);
    let audit = circle_changed(ctx, actor, org, id, "closed");
    let closing = Closing {
        by,
        at: ctx.now(),
        reflection,
    };
    match ctx
        .store()
        .close_circle(org, id, version, &closing, &audit)
        .await
        .map_err(Error::from)?
    {
        VersionedWrite::Done => Ok(()),
        VersionedWrite::Stale => {
            // Someone changed it meanwhile: shown as it is now.
            let open = open_to_manage(ctx, actor, circle, "close").await?;
            Err(refuse(open, CloseProblem::Stale))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

/// What reopening did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reopened {
    Done,
    /// A second click, or someone else changed it: nothing was changed.
    Stale,
}

/// Reopens `circle` from the form that showed it at `version`.
pub async fn reopen(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
) -> Result<Reopened, Error> {
    let open = open_to_manage(ctx, actor, circle, "reopen").await?;
    let (org, id) = (open.circle.org_id, open.circle.id);
    let audit = circle_changed(ctx, actor, org, id, "reopened");
    match ctx.store().reopen_circle(org, id, version, &audit).await? {
        VersionedWrite::Done => Ok(Reopened::Done),
        VersionedWrite::Stale => Ok(Reopened::Stale),
        VersionedWrite::NotFound => Err(Error::NotFound),
    }
}

//! Who decides about sharing in a circle: the young person when they are
//! able to, otherwise a named parent or carer. Its practitioners change it
//! (`moves_domain::circle::agreement::choose_decider`) from the version they
//! saw; the change is stored with its audit entry in one transaction.

use super::changes::sharing_changed;
use super::open::{open_circle, refused_read};
use crate::{Ctx, Error};
use moves_domain::circle::agreement::{DeciderError, choose_decider, decider_code};
use moves_domain::circle::{OpenCircle, SharingDecider};
use moves_domain::ids::{CircleId, CircleMemberId};
use moves_domain::permission::Actor;
use moves_store::VersionedWrite;

/// What refused a change of who decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeciderProblem {
    CircleClosed,
    /// Not the young person nor a parent or carer of this circle: another
    /// circle's member, an unknown id and nonsense are answered alike.
    NotOffered,
    /// Someone changed the circle since the form was shown: `chosen` is
    /// what this form chose, the circle's decider is what is now.
    Stale {
        chosen: SharingDecider,
    },
}

/// A change refused: the circle as it is now, to show the choice again.
#[derive(Debug)]
pub struct DeciderRefused {
    pub open: OpenCircle,
    pub problem: DeciderProblem,
}

#[derive(Debug)]
pub enum DeciderWriteError {
    Refused(Box<DeciderRefused>),
    Core(Error),
}

impl From<Error> for DeciderWriteError {
    fn from(e: Error) -> Self {
        DeciderWriteError::Core(e)
    }
}

/// Whether the change was made now or the same choice was made already
/// (this form sent twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    Now,
    Already,
}

/// Makes the one `sent` by the form (`young_person` or a member's id) the
/// one who decides in `circle`, from the form that showed it at `version`.
pub async fn choose(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    version: i64,
    sent: &str,
) -> Result<Chosen, DeciderWriteError> {
    let open = open_circle(ctx, actor, circle, "decider").await?;
    let refuse =
        |open, problem| DeciderWriteError::Refused(Box::new(DeciderRefused { open, problem }));
    let chosen = match choose_decider(&open, actor, sent) {
        Ok(d) => d,
        Err(DeciderError::NotAllowed) => return Err(Error::Forbidden.into()),
        Err(DeciderError::CircleClosed) => return Err(refuse(open, DeciderProblem::CircleClosed)),
        Err(DeciderError::NotOffered) => {
            // A member id of no member here (another circle's, a guess) is
            // recorded as a refused read, by the parsed id only.
            if let Ok(id) = sent.trim().parse::<CircleMemberId>()
                && !open.members.iter().any(|m| m.id == id)
            {
                refused_read(ctx, actor, &id.to_string(), "decider").await?;
            }
            return Err(refuse(open, DeciderProblem::NotOffered));
        }
    };
    if version != open.circle.version {
        if open.circle.decider == chosen {
            return Ok(Chosen::Already);
        }
        return Err(refuse(open, DeciderProblem::Stale { chosen }));
    }
    let (org, id) = (open.circle.org_id, open.circle.id);
    let audit = sharing_changed(
        ctx,
        actor,
        org,
        id,
        &format!("decider:{}", decider_code(chosen)),
    );
    match ctx
        .store()
        .set_decider(org, id, version, chosen, &audit)
        .await
        .map_err(Error::from)?
    {
        VersionedWrite::Done => Ok(Chosen::Now),
        VersionedWrite::Stale => {
            // Changed between reading and writing: shown as it is now.
            let open = open_circle(ctx, actor, circle, "decider").await?;
            if open.circle.decider == chosen {
                return Ok(Chosen::Already);
            }
            Err(refuse(open, DeciderProblem::Stale { chosen }))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

//! The version agreed together, recorded move by move beside what each
//! shared perspective the person may see said. It is co-produced: any member
//! of the circle with an account records or changes it (a team manager reads
//! it; a closed circle's is read-only). It is saved against the version the
//! form showed, and every change of a move's agreed answer is kept in the
//! check's history with who changed it and when, in the same transaction as
//! the change and its audit entry: nothing agreed is ever lost.

use super::changed::check_changed;
use super::compare::{SharedViews, shared_views};
use super::open::{known_compartment, next_compartment, open_to_change, taking_part};
use crate::{Ctx, Error};
use moves_domain::check::{AnswerError, CompartmentSave, SentAnswer, read_answers, same_answers};
use moves_domain::framework::Catalogue;
use moves_domain::ids::{CheckId, CircleId};
use moves_domain::permission::Actor;
use moves_store::{StoreError, VersionedWrite};

/// One compartment of the agreed version, with the shared views beside it.
pub struct AgreedScreen {
    pub views: SharedViews,
    pub compartment: String,
}

#[derive(Debug)]
pub enum SaveError {
    /// What was sent cannot be saved: every problem, and the screen to show
    /// the person's answers again.
    Refused(Box<AgreedScreen>, Vec<AnswerError>),
    /// Someone saved the agreed version since the form was shown: nothing
    /// was written; the screen holds what is agreed now.
    Stale(Box<AgreedScreen>),
    Core(Error),
}

impl std::fmt::Debug for AgreedScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgreedScreen")
            .field("check", &self.views.check.id)
            .field("compartment", &self.compartment)
            .finish_non_exhaustive()
    }
}

impl From<Error> for SaveError {
    fn from(e: Error) -> Self {
        SaveError::Core(e)
    }
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Core(e.into())
    }
}

async fn screen(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    check: CheckId,
    compartment: &str,
) -> Result<AgreedScreen, Error> {
    let views = shared_views(ctx, actor, catalogue, circle, check, "check_agreed").await?;
    taking_part(&views.open)?;
    let compartment = known_compartment(&views.framework, compartment)?;
    Ok(AgreedScreen { views, compartment })
}

/// The form for `compartment` of the agreed version of `check`.
pub async fn agreed_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    check: CheckId,
    compartment: &str,
) -> Result<AgreedScreen, Error> {
    screen(ctx, actor, catalogue, circle, check, compartment).await
}

/// Saves `sent` as the agreed answers of `compartment` of `check`, from the
/// form that showed `version`. The compartment to go on to, if any. The
/// same answers sent twice are saved once.
pub async fn save_agreed(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    (circle, check): (CircleId, CheckId),
    compartment: &str,
    version: i64,
    sent: &[SentAnswer<'_>],
) -> Result<Option<String>, SaveError> {
    let mut s = screen(ctx, actor, catalogue, circle, check, compartment).await?;
    let by = taking_part(&s.views.open)?.id;
    open_to_change(&s.views.open)?;
    let answers = match read_answers(&s.views.framework, &s.compartment, sent) {
        Ok(a) => a,
        Err(errors) => return Err(SaveError::Refused(Box::new(s), errors)),
    };
    let next = next_compartment(&s.views.framework, &s.compartment);
    let check = &s.views.check;
    if version != check.version {
        if same_answers(&check.agreed_in(&s.compartment), &answers) {
            return Ok(next);
        }
        return Err(SaveError::Stale(Box::new(s)));
    }
    let org = check.org_id;
    let audit = check_changed(
        ctx,
        actor,
        org,
        check.id,
        &format!("agreed:{}", s.compartment),
    );
    let save = CompartmentSave {
        version,
        compartment: &s.compartment,
        answers: &answers,
        at: ctx.now(),
    };
    match ctx
        .store()
        .save_agreed_answers(org, check.id, &save, by, &audit)
        .await?
    {
        VersionedWrite::Done => Ok(next),
        VersionedWrite::Stale => {
            // Saved by someone else meanwhile: show what is agreed now.
            let now = ctx
                .store()
                .check(org, check.id)
                .await?
                .ok_or(Error::NotFound)?;
            if same_answers(&now.agreed_in(&s.compartment), &answers) {
                return Ok(next);
            }
            s.views.check = now;
            Err(SaveError::Stale(Box::new(s)))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

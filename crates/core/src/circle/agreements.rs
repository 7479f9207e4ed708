//! Sharing agreements: what the person who decides about sharing agreed may
//! be shared, with whom and when. Everyone who opens the circle reads them,
//! ended ones too (kept as history); the person who decides, or a
//! practitioner in the circle with them, records and ends them
//! (`moves_domain::circle::agreement`). The record form carries a one-use
//! key: the server makes the agreement's id, so the form sent twice records
//! once. An agreement id of another circle is answered as an unknown one and
//! recorded as a refused read.

use super::changes::sharing_changed;
use super::open::{open_circle, refused_read};
use crate::form_key::{self, FormKey};
use crate::{Ctx, Error};
use moves_domain::circle::OpenCircle;
use moves_domain::circle::agreement::{AgreementError, SharingAgreement, decider, may_record};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{AgreementId, CircleId, CircleMemberId};
use moves_domain::permission::Actor;
use moves_store::StoreError;

/// The sharing page: the circle, its agreements (the newest first, ended
/// ones included), and for someone who may record one, a fresh form key.
#[derive(Debug)]
pub struct SharingView {
    pub open: OpenCircle,
    pub agreements: Vec<SharingAgreement>,
    pub key: Option<FormKey>,
}

/// The circle's sharing agreements, as `actor` reads them.
pub async fn read(ctx: &Ctx, actor: &Actor, circle: CircleId) -> Result<SharingView, Error> {
    let open = open_circle(ctx, actor, circle, "sharing").await?;
    view(ctx, open, None).await
}

/// The page for `open`, carrying `key` (a fresh one when `None` and the
/// person may record).
async fn view(ctx: &Ctx, open: OpenCircle, key: Option<FormKey>) -> Result<SharingView, Error> {
    let agreements = ctx
        .store()
        .agreements_of_circle(open.circle.org_id, open.circle.id)
        .await?;
    let key = match key {
        Some(k) => Some(k),
        None if may_record(&open) => Some(FormKey::new()?),
        None => None,
    };
    Ok(SharingView {
        open,
        agreements,
        key,
    })
}

/// An agreement as typed in the form.
#[derive(Debug, Clone, Copy, Default)]
pub struct AgreementDraft<'a> {
    /// The member who decided when the form was shown.
    pub decider_seen: &'a str,
    pub with_whom: &'a str,
    pub what: &'a str,
}

/// What refused recording or ending an agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgreementProblem {
    /// The circle is closed, or nobody in it decides yet; or what was typed.
    Agreement(AgreementError),
    /// A form we did not make (without its key, or one used elsewhere).
    FormExpired,
    /// Who decides changed since the form was shown: recording it would
    /// make it someone else's decision.
    DeciderChanged,
    /// Someone else ended the agreement meanwhile: who, and when.
    EndedMeanwhile { by: CircleMemberId, at: Timestamp },
}

/// Refused: the page to show again (with the key the form should carry) and
/// every problem at once.
#[derive(Debug)]
pub struct AgreementRefused {
    pub view: SharingView,
    pub problems: Vec<AgreementProblem>,
}

#[derive(Debug)]
pub enum AgreementWriteError {
    Refused(Box<AgreementRefused>),
    Core(Error),
}

impl From<Error> for AgreementWriteError {
    fn from(e: Error) -> Self {
        AgreementWriteError::Core(e)
    }
}

impl From<StoreError> for AgreementWriteError {
    fn from(e: StoreError) -> Self {
        AgreementWriteError::Core(e.into())
    }
}

async fn refuse(
    ctx: &Ctx,
    open: OpenCircle,
    key: Option<FormKey>,
    problems: Vec<AgreementProblem>,
) -> AgreementWriteError {
    match view(ctx, open, key).await {
        Ok(view) => AgreementWriteError::Refused(Box::new(AgreementRefused { view, problems })),
        Err(e) => e.into(),
    }
}

/// Whether the agreement is new or the form was sent before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    New(AgreementId),
    Again(AgreementId),
}

/// Only the person who decides, or a practitioner with them, records and
/// ends (`Forbidden` for the rest who read); a closed circle or one without
/// its decider is a refusal with the reason.
fn recorder_problem(open: &OpenCircle) -> Result<Option<AgreementProblem>, Error> {
    match SharingAgreement::ender(open) {
        Ok(_) => Ok(None),
        Err(AgreementError::NotAllowed) => Err(Error::Forbidden),
        Err(e) => Ok(Some(AgreementProblem::Agreement(e))),
    }
}

/// Records an agreement in `circle` from the form `key`.
pub async fn record(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    key: &str,
    draft: AgreementDraft<'_>,
) -> Result<Recorded, AgreementWriteError> {
    let open = open_circle(ctx, actor, circle, "sharing").await?;
    let parsed = FormKey::parse(key);
    if let Some(problem) = recorder_problem(&open)? {
        return Err(refuse(ctx, open, parsed, vec![problem]).await);
    }
    let (Some(key), Some(user)) = (parsed, actor.user) else {
        return Err(refuse(ctx, open, None, vec![AgreementProblem::FormExpired]).await);
    };
    let now_deciding = decider(&open).map(|d| d.id.to_string()).unwrap_or_default();
    if draft.decider_seen.trim() != now_deciding {
        let problems = vec![AgreementProblem::DeciderChanged];
        return Err(refuse(ctx, open, Some(key), problems).await);
    }
    let made = SharingAgreement::record(
        &open,
        AgreementId::new(),
        draft.what,
        draft.with_whom,
        ctx.now(),
    );
    let agreement = match made {
        Ok(a) => a,
        Err(errors) => {
            let problems = errors
                .into_iter()
                .map(AgreementProblem::Agreement)
                .collect();
            return Err(refuse(ctx, open, Some(key), problems).await);
        }
    };
    let id: AgreementId = form_key::claim(ctx, user, &key, agreement.id).await?;
    let agreement = SharingAgreement { id, ..agreement };
    let audit = sharing_changed(
        ctx,
        actor,
        open.circle.org_id,
        open.circle.id,
        &format!("agreed:{id}"),
    );
    if ctx.store().record_agreement(&agreement, &audit).await? {
        return Ok(Recorded::New(id));
    }
    // Sent before: recorded once, here. A key used for another circle's
    // agreement cannot make one here: a fresh key, and the text kept.
    let here = ctx
        .store()
        .agreement(open.circle.org_id, open.circle.id, id)
        .await?;
    if here.is_some() {
        return Ok(Recorded::Again(id));
    }
    Err(refuse(ctx, open, None, vec![AgreementProblem::FormExpired]).await)
}

/// Whether the agreement was ended now or by this person before (the form
/// sent twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Now,
    Already,
}

/// Ends the agreement `agreement` of `circle`. An agreement of another
/// circle or organisation, or none, is `NotFound` alike, and recorded.
pub async fn end(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    agreement: AgreementId,
) -> Result<Ended, AgreementWriteError> {
    let open = open_circle(ctx, actor, circle, "sharing").await?;
    let (org, circle) = (open.circle.org_id, open.circle.id);
    let Some(found) = ctx.store().agreement(org, circle, agreement).await? else {
        refused_read(ctx, actor, &agreement.to_string(), "agreement").await?;
        return Err(Error::NotFound.into());
    };
    if let Some(problem) = recorder_problem(&open)? {
        return Err(refuse(ctx, open, None, vec![problem]).await);
    }
    let by = SharingAgreement::ender(&open).map_err(|_| Error::Forbidden)?;
    // Ended before: by this person (sent twice) or by someone else.
    let ended_before = |a: &SharingAgreement| match a.ended {
        Some((ender, _)) if ender == by => Some(Ok(Ended::Already)),
        Some((ender, at)) => Some(Err(AgreementProblem::EndedMeanwhile { by: ender, at })),
        None => None,
    };
    match ended_before(&found) {
        Some(Ok(done)) => return Ok(done),
        Some(Err(problem)) => return Err(refuse(ctx, open, None, vec![problem]).await),
        None => {}
    }
    let audit = sharing_changed(ctx, actor, org, circle, &format!("ended:{agreement}"));
    if ctx
        .store()
        .end_agreement(org, circle, agreement, by, ctx.now(), &audit)
        .await?
    {
        return Ok(Ended::Now);
    }
    // Ended by someone else between reading and writing.
    let now = ctx.store().agreement(org, circle, agreement).await?;
    match now.as_ref().and_then(ended_before) {
        Some(Ok(done)) => Ok(done),
        Some(Err(problem)) => Err(refuse(ctx, open, None, vec![problem]).await),
        None => Err(Error::NotFound.into()),
    }
}

//! A perspective: each person's own view of a check, kept apart from
//! everyone else's. A member with an account starts their own, or a
//! practitioner one entered with someone else in the circle; it is filled in
//! one compartment at a time, saved against the version the form showed, by
//! whoever may change it (its author or who typed it with them).

use super::changed::check_changed;
use super::open::{
    first_compartment, known_compartment, next_compartment, open_check, open_to_change, taking_part,
};
use super::wording::wording_for;
use crate::circle::journal::chosen_author;
use crate::circle::open::refused_read;
use crate::{Ctx, Error};
use moves_domain::check::{
    AnswerError, Check, ChooseError, CompartmentSave, Perspective, SentAnswer, keep_unchosen,
    narrowed, read_answers, read_chosen, same_answers,
};
use moves_domain::circle::{Byline, CircleMember, OpenCircle};
use moves_domain::framework::Catalogue;
use moves_domain::framework::adaptation::AdaptedFramework;
use moves_domain::ids::{CheckId, CircleId, PerspectiveId};
use moves_domain::permission::Actor;
use moves_store::{StoreError, VersionedWrite};

/// Where to go on with a perspective: its id and the compartment to fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    pub perspective: PerspectiveId,
    pub compartment: String,
}

/// Starts the perspective of `actor` in `check`, or (for a practitioner)
/// that of the member named in `with` (a circle member's id; empty for
/// one's own). The server makes its id; nobody has two in one check, so a
/// start sent again goes on with the one there is, if the person may.
pub async fn start_perspective(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    (circle, check): (CircleId, CheckId),
    with: &str,
) -> Result<Started, Error> {
    let (open, check) = open_check(ctx, actor, circle, check, "check").await?;
    open_to_change(&open)?;
    let me = taking_part(&open)?.clone();
    let author = match chosen_author(&open, with) {
        Ok(Some(m)) => m.clone(),
        Ok(None) => me.clone(),
        Err(_) => {
            // A member id of no member of this circle: recorded like any
            // other refused read, by the id only when it is one.
            if let Ok(id) = with.trim().parse::<moves_domain::ids::CircleMemberId>() {
                refused_read(ctx, actor, &id.to_string(), "check_perspective_with").await?;
            }
            return Err(Error::NotFound);
        }
    };
    let byline = Byline::with(&me, &author).map_err(|_| Error::Forbidden)?;
    let framework = wording_for(ctx, catalogue, &open, &check).await?;
    let compartment = first_compartment(&framework);
    let org = open.circle.org_id;
    let go_on = |all: &[Perspective]| -> Option<Result<Started, Error>> {
        let p = all.iter().find(|p| p.byline.author == author.id)?;
        Some(if p.may_edit(&me) {
            Ok(Started {
                perspective: p.id,
                compartment: compartment.clone(),
            })
        } else {
            Err(Error::Forbidden)
        })
    };
    let existing = ctx.store().perspectives_of_check(org, check.id).await?;
    if let Some(done) = go_on(&existing) {
        return done;
    }
    let p = Perspective::start(PerspectiveId::new(), &check, byline, ctx.now());
    let audit = check_changed(
        ctx,
        actor,
        org,
        check.id,
        &format!("perspective_started:{}", p.id),
    );
    match ctx.store().create_perspective(&p, &audit).await {
        Ok(()) => Ok(Started {
            perspective: p.id,
            compartment,
        }),
        // Sent twice at once: the first one is the one to go on with.
        Err(StoreError::Conflict(_)) => {
            let now = ctx.store().perspectives_of_check(org, check.id).await?;
            go_on(&now).unwrap_or(Err(Error::Forbidden))
        }
        Err(e) => Err(e.into()),
    }
}

/// A perspective the person may change, in its check: the screen of one of
/// its compartments, or the sharing form.
pub struct PerspectiveScreen {
    pub open: OpenCircle,
    pub check: Check,
    pub framework: AdaptedFramework,
    pub perspective: Perspective,
    /// The person changing it.
    pub me: CircleMember,
}

impl std::fmt::Debug for PerspectiveScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PerspectiveScreen")
            .field("perspective", &self.perspective.id)
            .finish_non_exhaustive()
    }
}

/// The perspective `perspective` of `check`, for someone who may change it:
/// `NotFound` when they do not see it at all (or it is of another check),
/// `Forbidden` when they see it but may not change it.
pub(crate) async fn editable(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    (circle, check, perspective): (CircleId, CheckId, PerspectiveId),
    page: &str,
) -> Result<PerspectiveScreen, Error> {
    let (open, check) = open_check(ctx, actor, circle, check, page).await?;
    let found = ctx
        .store()
        .perspectives_of_check(open.circle.org_id, check.id)
        .await?
        .into_iter()
        .find(|p| p.id == perspective)
        .filter(|p| open.access.sees(p.audience, &p.byline));
    let Some(found) = found else {
        refused_read(ctx, actor, &perspective.to_string(), page).await?;
        return Err(Error::NotFound);
    };
    let me = open.access.member().ok_or(Error::Forbidden)?.clone();
    if !found.may_edit(&me) {
        return Err(Error::Forbidden);
    }
    let framework = wording_for(ctx, catalogue, &open, &check).await?;
    Ok(PerspectiveScreen {
        open,
        check,
        framework,
        perspective: found,
        me,
    })
}

/// The form for `compartment` of a perspective: the screen and the
/// compartment, as the check's wording names it. A short check's screen
/// offers its chosen moves only, and only compartments that hold one.
pub async fn perspective_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
    compartment: &str,
) -> Result<(PerspectiveScreen, String), Error> {
    let mut screen = editable(ctx, actor, catalogue, ids, "check_perspective").await?;
    if let Some(chosen) = &screen.perspective.chosen {
        screen.framework = narrowed(&screen.framework, chosen);
    }
    let compartment = known_compartment(&screen.framework, compartment)?;
    Ok((screen, compartment))
}

/// The perspective with every move of its check offered, to pick the moves
/// of a short check from.
pub async fn choose_form(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
) -> Result<PerspectiveScreen, Error> {
    editable(ctx, actor, catalogue, ids, "check_perspective").await
}

#[derive(Debug)]
pub enum ChooseMovesError {
    /// Nothing picked, or a move the check does not offer: the screen again.
    Refused(Box<PerspectiveScreen>, ChooseError),
    /// Changed by someone else since the form was shown: nothing written.
    Stale(Box<PerspectiveScreen>),
    Core(Error),
}

impl From<Error> for ChooseMovesError {
    fn from(e: Error) -> Self {
        ChooseMovesError::Core(e)
    }
}

impl From<StoreError> for ChooseMovesError {
    fn from(e: StoreError) -> Self {
        ChooseMovesError::Core(e.into())
    }
}

/// Makes a perspective a short check of the moves `sent` (as picked in the
/// form that showed `version`), or one that goes through every move when
/// `every` is set. No answer is touched. The compartment to fill in first.
pub async fn choose_moves(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
    version: i64,
    sent: &[&str],
    every: bool,
) -> Result<String, ChooseMovesError> {
    let s = choose_form(ctx, actor, catalogue, ids).await?;
    open_to_change(&s.open)?;
    let chosen = if every {
        None
    } else {
        match read_chosen(&s.framework, sent) {
            Ok(c) => Some(c),
            Err(e) => return Err(ChooseMovesError::Refused(Box::new(s), e)),
        }
    };
    let first = match &chosen {
        Some(c) => first_compartment(&narrowed(&s.framework, c)),
        None => first_compartment(&s.framework),
    };
    let p = &s.perspective;
    let audit = check_changed(
        ctx,
        actor,
        p.org_id,
        p.check_id,
        &format!("moves_chosen:{}", p.id),
    );
    match ctx
        .store()
        .choose_perspective_moves(
            p.org_id,
            p.id,
            version,
            chosen.as_deref(),
            ctx.now(),
            &audit,
        )
        .await?
    {
        VersionedWrite::Done => Ok(first),
        VersionedWrite::Stale => {
            let now = choose_form(ctx, actor, catalogue, ids).await?;
            // The same choice sent twice: made once.
            if now.perspective.chosen == chosen {
                return Ok(first);
            }
            Err(ChooseMovesError::Stale(Box::new(now)))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

#[derive(Debug)]
pub enum AnswersError {
    /// What was sent cannot be saved: every problem, and the screen.
    Refused(Box<PerspectiveScreen>, String, Vec<AnswerError>),
    /// Saved by someone else since the form was shown: nothing written; the
    /// screen holds the perspective as it is now.
    Stale(Box<PerspectiveScreen>, String),
    Core(Error),
}

impl From<Error> for AnswersError {
    fn from(e: Error) -> Self {
        AnswersError::Core(e)
    }
}

impl From<StoreError> for AnswersError {
    fn from(e: StoreError) -> Self {
        AnswersError::Core(e.into())
    }
}

/// Saves `sent` as the answers of `compartment` of a perspective, from the
/// form that showed `version`. The compartment to go on to, if any. The
/// same answers sent twice are saved once.
pub async fn save_answers(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    ids: (CircleId, CheckId, PerspectiveId),
    compartment: &str,
    version: i64,
    sent: &[SentAnswer<'_>],
) -> Result<Option<String>, AnswersError> {
    let (mut s, compartment) = perspective_form(ctx, actor, catalogue, ids, compartment).await?;
    open_to_change(&s.open)?;
    let mut answers = match read_answers(&s.framework, &compartment, sent) {
        Ok(a) => a,
        Err(errors) => return Err(AnswersError::Refused(Box::new(s), compartment, errors)),
    };
    if let Some(chosen) = &s.perspective.chosen {
        answers = keep_unchosen(answers, &s.perspective.answers_in(&compartment), chosen);
    }
    let next = next_compartment(&s.framework, &compartment);
    let p = &s.perspective;
    let org = p.org_id;
    let audit = check_changed(
        ctx,
        actor,
        org,
        p.check_id,
        &format!("answers:{}:{compartment}", p.id),
    );
    let save = CompartmentSave {
        version,
        compartment: &compartment,
        answers: &answers,
        at: ctx.now(),
    };
    match ctx
        .store()
        .save_perspective_answers(org, p.id, &save, &audit)
        .await?
    {
        VersionedWrite::Done => Ok(next),
        VersionedWrite::Stale => {
            let now = ctx
                .store()
                .perspectives_of_check(org, p.check_id)
                .await?
                .into_iter()
                .find(|n| n.id == p.id)
                .ok_or(Error::NotFound)?;
            // The same answers are saved already (the form sent twice): done.
            if same_answers(&now.answers_in(&compartment), &answers) {
                return Ok(next);
            }
            s.perspective = now;
            Err(AnswersError::Stale(Box::new(s), compartment))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

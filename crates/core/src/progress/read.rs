//! Reading a circle's progress: the circle opened for the person (the read
//! audited), then a few reads for its whole history whatever its length (the
//! checks with their agreed answers, who gave which views without their
//! answers, the plans the reader may see) and, once the view to follow is
//! chosen, that one person's answers, with the wording of the view's newest
//! check as the reader reads it.

use crate::check::wording::{Reader, check_wording};
use crate::circle::open::open_circle;
use crate::framework::adaptation::AdaptedFramework;
use crate::plan::plans_for_reader;
use crate::{Ctx, Error};
use moves_domain::check::{Check, Perspective};
use moves_domain::circle::{CircleRole, OpenCircle};
use moves_domain::framework::Catalogue;
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_domain::plan::Plan;
use moves_domain::progress::{Views, Whose};

/// What the progress page is drawn from.
#[derive(Debug)]
pub struct Progress {
    pub open: OpenCircle,
    /// With their agreed answers, newest first.
    pub checks: Vec<Check>,
    /// Every perspective, without answers.
    pub heads: Vec<Perspective>,
    /// The plans the reader may see.
    pub plans: Vec<Plan>,
    /// The view followed, if any can be.
    pub whose: Option<Whose>,
    /// The view asked for was not one the reader may follow (the default
    /// was followed instead).
    pub whose_refused: bool,
    /// The answers of the person whose view is followed.
    pub answered: Vec<Perspective>,
    /// The wording of the view's newest check, as the reader reads it.
    pub framework: Option<AdaptedFramework>,
}

impl Progress {
    /// The views of the circle the reader may see.
    pub fn views(&self) -> Views<'_> {
        Views::new(&self.open.access, &self.checks, &self.heads)
    }
}

/// The progress of `circle` for `actor`, following the view `whose` (its
/// code as sent; the reader's default when `None` or not one they may
/// follow).
pub async fn progress(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    circle: CircleId,
    whose: Option<&str>,
) -> Result<Progress, Error> {
    let open = open_circle(ctx, actor, circle, "progress").await?;
    let (org, id) = (open.circle.org_id, open.circle.id);
    let checks = ctx.store().checks_of_circle(org, id).await?;
    let heads = ctx.store().perspective_heads_of_circle(org, id).await?;
    let plans = plans_for_reader(ctx.store(), &open).await?;
    let me = open.access.member().map(|m| m.id);
    let (chosen, whose_refused) = {
        let views = Views::new(&open.access, &checks, &heads);
        match views.choose(whose, me) {
            Ok(w) => (w, false),
            Err(_) => (views.default_for(me), true),
        }
    };
    let answered = match chosen {
        Some(Whose::Person(author)) => {
            ctx.store()
                .perspectives_by_author_in_circle(org, id, author)
                .await?
        }
        _ => Vec::new(),
    };
    let newest = {
        let views = Views::new(&open.access, &checks, &heads);
        chosen
            .map(|w| views.series(w, &answered))
            .and_then(|s| s.last().map(|p| p.check.framework.clone()))
    };
    let framework = match newest {
        Some(version) => {
            let reader = if open.access.role() == Some(CircleRole::FocusPerson) {
                Reader::YoungPerson
            } else {
                Reader::Other
            };
            Some(check_wording(ctx, catalogue, org, &version, reader).await?)
        }
        None => None,
    };
    Ok(Progress {
        open,
        checks,
        heads,
        plans,
        whose: chosen,
        whose_refused,
        answered,
        framework,
    })
}

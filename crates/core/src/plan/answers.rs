//! What the move picker of a new plan shows beside each move: the latest
//! check's answers the reader may see. A plan starts from the check, so the
//! picker reads it through the check page's own use case
//! ([`crate::check::read::read`]: the same rule, the same audited read) and
//! leaves drafts out, as the check page shows nobody a draft but its own.

use crate::check::read::read;
use crate::{Ctx, Error};
use moves_domain::check::{AnswerStatus, Check};
use moves_domain::circle::OpenCircle;
use moves_domain::framework::{Catalogue, MoveId};
use moves_domain::ids::CircleMemberId;
use moves_domain::permission::Actor;

/// One person's answer on one move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenAnswer {
    pub author: CircleMemberId,
    pub status: AnswerStatus,
    pub note: Option<String>,
}

/// The latest check's answers, move by move, as the reader may see them.
#[derive(Debug, Default)]
pub struct LatestAnswers {
    /// The circle's latest check, when it has one.
    pub check: Option<Check>,
    /// (move, answers in the order the views were given).
    pub by_move: Vec<(MoveId, Vec<SeenAnswer>)>,
}

impl LatestAnswers {
    pub fn of(&self, move_id: &str) -> &[SeenAnswer] {
        self.by_move
            .iter()
            .find(|(m, _)| m.as_str() == move_id)
            .map_or(&[], |(_, a)| a.as_slice())
    }
}

/// The answers of the latest check of the circle `open` (opened for `actor`)
/// that `actor` may see: shared views only, never a draft, never a view
/// kept from them.
pub async fn latest_answers(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    open: &OpenCircle,
) -> Result<LatestAnswers, Error> {
    let latest = ctx
        .store()
        .checks_of_circle(open.circle.org_id, open.circle.id)
        .await?
        .into_iter()
        .next();
    let Some(latest) = latest else {
        return Ok(LatestAnswers::default());
    };
    let shown = read(ctx, actor, catalogue, open.circle.id, latest.id, None).await?;
    let mut by_move: Vec<(MoveId, Vec<SeenAnswer>)> = Vec::new();
    for view in shown.seen.iter().filter(|p| !p.is_draft()) {
        for a in &view.answers {
            let seen = SeenAnswer {
                author: view.byline.author,
                status: a.status,
                note: a.note.clone(),
            };
            match by_move.iter_mut().find(|(m, _)| *m == a.move_id) {
                Some((_, list)) => list.push(seen),
                None => by_move.push((a.move_id.clone(), vec![seen])),
            }
        }
    }
    Ok(LatestAnswers {
        check: Some(shown.check),
        by_move,
    })
}

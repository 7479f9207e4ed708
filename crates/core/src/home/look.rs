//! Looking at one's home page: the visit recorded (it moves the window of
//! what is new), the facts read, and every circle the page will name audited
//! as read before anything is returned: if the entries cannot be written,
//! nothing is.

use super::facts::{HomeFacts, circles_named, home_facts};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::home::has_home;
use moves_domain::permission::Actor;
use moves_domain::plan::Day;
use moves_store::AuditEntry;

/// What `actor`'s home page tells them now, their visit recorded; `None` for
/// anyone without such a page ([`has_home`]).
pub async fn look(ctx: &Ctx, actor: &Actor) -> Result<Option<HomeFacts>, Error> {
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Ok(None);
    };
    if !has_home(actor) {
        return Ok(None);
    }
    let now = ctx.now();
    let visit = ctx.store().visit_home(org, user, now).await?;
    let Some(facts) = home_facts(ctx.store(), actor, visit.since, Day::of(now)).await? else {
        return Ok(None);
    };
    let reads: Vec<AuditEntry> = circles_named(&facts)
        .into_iter()
        .map(|circle| {
            AuditEntry::new(
                AuditScope::Organisation(org),
                now,
                Some(user),
                AuditAction::RecordRead,
            )
            .subject(circle.to_string())
            .detail("home")
        })
        .collect();
    if !reads.is_empty() {
        ctx.store().append_audit_batch(&reads).await?;
    }
    Ok(Some(facts))
}

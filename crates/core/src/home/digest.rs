//! The email digest (`moves digest`): for each person who asked, whether
//! something is waiting for them in each of their organisations, decided from
//! the same facts as their home page; and, once the mail server took the
//! email, the send recorded together with a read entry for every circle whose
//! facts it was made from (the email names none, but it tells the person that
//! something in those circles is waiting for them).

use super::facts::{circles_named, home_facts};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::clock::Timestamp;
pub use moves_domain::home::digest::*;
use moves_domain::ids::{CircleId, OrgId, UserId};
use moves_domain::permission::Actor;
use moves_domain::plan::Day;
use moves_store::AuditEntry;
pub use moves_store::DigestRecipient;

/// Everyone who asked for digests and has an address, once for each
/// organisation they are active in, person by person.
pub async fn recipients(ctx: &Ctx) -> Result<Vec<DigestRecipient>, Error> {
    Ok(ctx.store().digest_recipients().await?)
}

/// Something waiting for a person in one organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub org: OrgId,
    pub user: UserId,
    /// The circles whose facts were read for it.
    pub circles: Vec<CircleId>,
    /// When they were read: what came after is news for the next digest.
    pub read_at: Timestamp,
}

/// Where something is waiting for `person` (their rows of [`recipients`],
/// one per organisation) since their last look or last digest.
pub async fn waiting_for(ctx: &Ctx, person: &[DigestRecipient]) -> Result<Vec<Waiting>, Error> {
    let mut waiting = Vec::new();
    for r in person {
        let now = ctx.now();
        let actor = actor_in(ctx, r.user, r.org).await?;
        let since = digest_since(r.last_visit, r.last_sent);
        let Some(facts) = home_facts(ctx.store(), &actor, since, Day::of(now)).await? else {
            continue;
        };
        if something_waiting(since, now, &facts) {
            waiting.push(Waiting {
                org: r.org,
                user: r.user,
                circles: circles_named(&facts),
                read_at: now,
            });
        }
    }
    Ok(waiting)
}

/// Records that the digest telling of `waiting` went out, with a read entry
/// for each of its circles (by the person it went to), all or nothing.
pub async fn sent(ctx: &Ctx, waiting: &Waiting) -> Result<(), Error> {
    let reads: Vec<AuditEntry> = waiting
        .circles
        .iter()
        .map(|circle| {
            AuditEntry::new(
                AuditScope::Organisation(waiting.org),
                waiting.read_at,
                Some(waiting.user),
                AuditAction::RecordRead,
            )
            .subject(circle.to_string())
            .detail("digest")
        })
        .collect();
    ctx.store()
        .digest_sent(waiting.org, waiting.user, waiting.read_at, &reads)
        .await?;
    Ok(())
}

/// The person as they act in `org` now: their active roles there.
async fn actor_in(ctx: &Ctx, user: UserId, org: OrgId) -> Result<Actor, Error> {
    let installation_admin = ctx
        .store()
        .user(user)
        .await?
        .is_some_and(|u| u.installation_admin);
    let roles = ctx
        .store()
        .memberships_of_user(user)
        .await?
        .into_iter()
        .filter(|m| m.org_id == org)
        .map(|m| m.role)
        .collect();
    Ok(Actor {
        user: Some(user),
        installation_admin,
        org: Some(org),
        roles,
    })
}

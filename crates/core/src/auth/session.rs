//! The person behind a request, read afresh for every request: their session,
//! account and memberships. A revoked membership or an ended session stops
//! working at the next request, on every server.

use super::mfa;
use crate::{Ctx, Error};
use moves_domain::ids::{OrgId, UserId};
use moves_domain::membership::Membership;
use moves_domain::organisation::Organisation;
use moves_domain::permission::Actor;
use moves_domain::session::{Session, SessionStage};
use moves_domain::user::User;

/// Only write "last seen" when it moved by this much: one write a minute per
/// person, not one per request.
const TOUCH_EVERY_SECS: i64 = 60;

/// A signed-in person, as they are now.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub actor: Actor,
    pub user: User,
    pub session: Session,
    /// Every active membership, in every organisation.
    pub memberships: Vec<Membership>,
    /// The organisation being worked in.
    pub org: Option<Organisation>,
}

#[derive(Debug, Clone)]
pub enum Resumed {
    /// No such session, or it has ended (and is gone now). `person` is set
    /// when a full session ended by timing out: a form its person sent may
    /// be kept for them.
    Ended {
        person: Option<UserId>,
    },
    /// The password was right but the second factor is still to come: NOT
    /// signed in.
    Pending(Session),
    SignedIn(Box<SignedIn>),
}

/// The organisation to work in: the session's choice if the person still
/// belongs to it, otherwise their first.
fn current_org(session: &Session, memberships: &[Membership]) -> Option<OrgId> {
    session
        .org_id
        .filter(|o| memberships.iter().any(|m| m.org_id == *o))
        .or_else(|| memberships.first().map(|m| m.org_id))
}

/// The session whose token hashes to `token_hash`, as it stands now; ended
/// if it timed out.
pub async fn resume(ctx: &Ctx, token_hash: &str) -> Result<Resumed, Error> {
    let store = ctx.store();
    let now = ctx.now();
    let Some(session) = store.session(token_hash).await? else {
        return Ok(Resumed::Ended { person: None });
    };
    if !ctx.session_policy().is_live(&session, now) {
        store.end_session(token_hash).await?;
        return Ok(Resumed::Ended {
            person: (session.stage == SessionStage::Full).then_some(session.user_id),
        });
    }
    if session.stage != SessionStage::Full {
        if !mfa::pending_is_live(&session, now) {
            store.end_session(token_hash).await?;
            return Ok(Resumed::Ended { person: None });
        }
        return Ok(Resumed::Pending(session));
    }
    let Some(user) = store.user(session.user_id).await? else {
        store.end_session(token_hash).await?;
        return Ok(Resumed::Ended { person: None });
    };
    let memberships = store.memberships_of_user(user.id).await?;
    let org = current_org(&session, &memberships);
    let roles = memberships
        .iter()
        .filter(|m| Some(m.org_id) == org)
        .map(|m| m.role)
        .collect();
    if now.as_millis() - session.last_seen_at.as_millis() > TOUCH_EVERY_SECS * 1000
        || org != session.org_id
    {
        store.touch_session(token_hash, now, org).await?;
    }
    let organisation = match org {
        Some(id) => store.organisation(id).await?,
        None => None,
    };
    Ok(Resumed::SignedIn(Box::new(SignedIn {
        actor: Actor {
            user: Some(user.id),
            installation_admin: user.installation_admin,
            org,
            roles,
        },
        user,
        session,
        memberships,
        org: organisation,
    })))
}

/// Keeps `actor`'s session (its token's hash) alive: activity now, for the
/// idle timeout.
pub async fn keep_alive(ctx: &Ctx, actor: &Actor, session: &str) -> Result<(), Error> {
    ctx.store()
        .touch_session(session, ctx.now(), actor.org)
        .await?;
    Ok(())
}

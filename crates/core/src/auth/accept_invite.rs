//! Accepting an invitation. A person without a password yet sets one with it
//! (only an account the invitation made, with no role anywhere: see
//! [`super::invite::sets_password`]); anyone else accepts signed in as
//! themselves, so whoever holds the link can never take an account over.
//! Showing the invitation does not use the link, and neither does a refused
//! password: only accepting does, in one transaction with the password, the
//! role and their audit entries, so of two tabs (or servers) at most one
//! succeeds.

use super::invite::{acceptance, acceptance_audit, invitation, sets_password};
use super::one_time::{OneTimeToken, password_set_audit};
use super::password::{NewPassword, PasswordProblem};
use super::token::TOKEN_BYTES;
use crate::{Ctx, Error};
use moves_domain::ids::UserId;
use moves_domain::membership::{Membership, Role};
use moves_domain::permission::Actor;
use moves_domain::session::hash_token;
use moves_store::{AuditEntry, InviteAcceptance};

/// An invitation that can still be accepted, as its page shows it.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub organisation: String,
    pub role: Role,
    /// The invited person's email address or username.
    pub login: String,
    /// Accepting sets the account's first password; otherwise the person
    /// accepts signed in as themselves.
    pub sets_password: bool,
    /// Whom it is for.
    pub person: UserId,
}

/// The invitation `token`, if it can still be accepted, and its link.
async fn live(ctx: &Ctx, token: &str) -> Result<Option<(Invitation, OneTimeToken)>, Error> {
    if token.is_empty() || token.len() > TOKEN_BYTES * 2 {
        return Ok(None);
    }
    let store = ctx.store();
    let Some(link) = store.one_time_token(&hash_token(token)).await? else {
        return Ok(None);
    };
    let Some((org_id, role)) = invitation(&link, ctx.now()) else {
        return Ok(None);
    };
    let Some(org) = store.organisation(org_id).await? else {
        return Ok(None);
    };
    let Some(user) = store.user(link.user_id).await? else {
        return Ok(None);
    };
    let memberships = store.memberships_of_user(user.id).await?;
    Ok(Some((
        Invitation {
            organisation: org.name,
            role,
            login: user.login(),
            sets_password: sets_password(&link, &user, &memberships),
            person: user.id,
        },
        link,
    )))
}

/// The invitation `token`, if it can still be accepted.
pub async fn open_invitation(ctx: &Ctx, token: &str) -> Result<Option<Invitation>, Error> {
    Ok(live(ctx, token).await?.map(|(i, _)| i))
}

#[derive(Debug)]
pub enum Accepted {
    /// Unknown, used or expired (or used meanwhile).
    Gone,
    /// The password is not one we accept; nothing used.
    Refused {
        invitation: Invitation,
        problem: PasswordProblem,
    },
    /// The person has a password: they accept signed in as themselves.
    SignInFirst(Invitation),
    /// Accepted; `password_set` when it set the account's first password
    /// (then every session of the person has ended).
    Done { person: UserId, password_set: bool },
}

/// Accepts the invitation `token` as `actor`, with `password` when it sets
/// the account's first one.
pub async fn accept(
    ctx: &Ctx,
    actor: &Actor,
    token: &str,
    password: &str,
) -> Result<Accepted, Error> {
    let Some((invitation, link)) = live(ctx, token).await? else {
        return Ok(Accepted::Gone);
    };
    let hash = if invitation.sets_password {
        let login = Some(invitation.login.as_str()).filter(|l| !l.is_empty());
        let new = match NewPassword::parse(password, login) {
            Ok(p) => p,
            Err(problem) => {
                return Ok(Accepted::Refused {
                    invitation,
                    problem,
                });
            }
        };
        // Hashed before the link is used: if hashing failed, it still works.
        Some(
            ctx.hashing()
                .run(move |memory| new.hash_with(memory))
                .await??,
        )
    } else if actor.user == Some(invitation.person) {
        None
    } else {
        return Ok(Accepted::SignInFirst(invitation));
    };
    let now = ctx.now();
    let Some(membership) = acceptance(&link, now) else {
        return Ok(Accepted::Gone);
    };
    let password_set = hash.is_some();
    let audit = |id| -> Vec<AuditEntry> {
        let stored = Membership {
            id,
            ..membership.clone()
        };
        let mut entries = Vec::with_capacity(3);
        if password_set {
            entries.push(password_set_audit(&link, now));
        }
        entries.extend(acceptance_audit(&link, &stored, now));
        entries
    };
    let accepted = ctx
        .store()
        .accept_invitation(&InviteAcceptance {
            link: &link.token_hash,
            membership: &membership,
            first_password: hash.as_deref(),
            at: now,
            audit: &audit,
        })
        .await?;
    Ok(match accepted {
        Some(_) => Accepted::Done {
            person: invitation.person,
            password_set,
        },
        None => Accepted::Gone,
    })
}

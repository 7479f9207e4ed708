//! What an organisation's administrators do: members and their roles,
//! teams, settings (the second factor, the privacy notice, goals), the
//! framework's adaptation, and reading the audit log.
//!
//! Each use case acts only in the organisation the administrator works in
//! (the actor's): an id of another organisation's team or membership is not
//! found, as an unknown one. Every change is stored with its audit entry in
//! one transaction; every list that names people is audited as read (ids
//! only) before it is returned.

pub mod audit_log;
pub mod family_invites;
pub mod framework;
pub mod goals;
pub mod invite;
pub mod members;
pub mod privacy;
pub mod reset;
pub mod revoke;
pub mod second_factor;
pub mod security;
pub mod team;
pub mod teams;

use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::ids::{OrgId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_store::AuditEntry;
use std::collections::HashMap;

/// The organisation `actor` administers for `capability`, and who they are:
/// `Forbidden` for anyone who may not, `NotFound` for someone not working
/// in an organisation.
pub(crate) fn admin_of(actor: &Actor, capability: Capability) -> Result<(OrgId, UserId), Error> {
    if !actor.may(capability) {
        return Err(Error::Forbidden);
    }
    match (actor.org, actor.user) {
        (Some(org), Some(user)) => Ok((org, user)),
        _ => Err(Error::NotFound),
    }
}

/// An entry of `org`'s log made by `by` now.
pub(crate) fn entry(ctx: &Ctx, org: OrgId, by: UserId, action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org), ctx.now(), Some(by), action)
}

/// One read entry for each person a page names (ids only, once each), all or
/// none: called before the page is returned, so names are shown only when
/// their reading is on record.
pub(crate) async fn audit_people_shown(
    ctx: &Ctx,
    org: OrgId,
    by: UserId,
    people: impl IntoIterator<Item = UserId>,
    page: &str,
) -> Result<(), Error> {
    let mut people: Vec<UserId> = people.into_iter().collect();
    people.sort_unstable();
    people.dedup();
    let entries: Vec<AuditEntry> = people
        .into_iter()
        .map(|person| {
            entry(ctx, org, by, AuditAction::RecordRead)
                .subject(person.to_string())
                .detail(page)
        })
        .collect();
    if !entries.is_empty() {
        ctx.store().append_audit_batch(&entries).await?;
    }
    Ok(())
}

/// The names of these people, in one query.
pub(crate) async fn names_of(
    ctx: &Ctx,
    people: impl IntoIterator<Item = UserId>,
) -> Result<HashMap<UserId, String>, Error> {
    let mut ids: Vec<UserId> = people.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(ctx
        .store()
        .users(&ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

//! The organisation's members, for its administrators: who has which role,
//! since when, and whose role was taken away, a page at a time in the order
//! the roles were given. Everyone the page names is audited as read before
//! it is returned.

use super::{admin_of, audit_people_shown};
use crate::{Ctx, Error};
use moves_domain::auth::invite::check_revoke;
use moves_domain::cursor::TimeCursor;
use moves_domain::ids::{MembershipId, OrgId};
use moves_domain::membership::Membership;
use moves_domain::permission::{Actor, Capability};
use moves_domain::user::User;
use std::collections::HashMap;

/// How many memberships a page shows.
pub const MEMBERS_PAGE: u32 = 100;

/// Where the next page starts: just after this membership.
pub type MemberCursor = TimeCursor<MembershipId>;

/// The page after `last`, the last membership of a page.
pub fn cursor_after(last: &Membership) -> MemberCursor {
    TimeCursor::new(last.created_at, last.id)
}

/// One page of memberships of `org` after `after` (at most `limit`), and
/// where the next starts when there is one.
pub(crate) async fn page_of(
    ctx: &Ctx,
    org: OrgId,
    after: Option<MemberCursor>,
    limit: u32,
) -> Result<(Vec<Membership>, Option<MemberCursor>), Error> {
    let mut rows = ctx
        .store()
        .members_page(org, after.map(|c| (c.at, c.id)), limit + 1)
        .await?;
    let next = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(cursor_after)
    } else {
        None
    };
    Ok((rows, next))
}

/// One role of one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub membership: Membership,
    /// The person's account (`None` if it cannot be read any more).
    pub person: Option<User>,
    /// Whether the administrator may take this role away (never their own
    /// last administrator role).
    pub revocable: bool,
}

/// A page of the members list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembersPage {
    pub rows: Vec<MemberRow>,
    pub next: Option<MemberCursor>,
}

/// The page of `actor`'s organisation's members after `after`.
pub async fn list(
    ctx: &Ctx,
    actor: &Actor,
    after: Option<MemberCursor>,
) -> Result<MembersPage, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageMembers)?;
    let (memberships, next) = page_of(ctx, org, after, MEMBERS_PAGE).await?;
    let mut ids: Vec<_> = memberships.iter().map(|m| m.user_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let people: HashMap<_, User> = if ids.is_empty() {
        HashMap::new()
    } else {
        ctx.store()
            .users(&ids)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect()
    };
    // Whether a role may be taken away depends on the administrator's own
    // other roles here, wherever they are in the list.
    let own: Vec<Membership> = ctx
        .store()
        .memberships_of_user(admin)
        .await?
        .into_iter()
        .filter(|m| m.org_id == org)
        .collect();
    audit_people_shown(ctx, org, admin, ids, "members").await?;
    let rows = memberships
        .into_iter()
        .map(|m| MemberRow {
            person: people.get(&m.user_id).cloned(),
            revocable: check_revoke(&m, admin, &own).is_ok(),
            membership: m,
        })
        .collect();
    Ok(MembersPage { rows, next })
}

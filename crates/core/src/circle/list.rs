//! The circles list: the circles a person is in, and for a manager those of
//! their teams, a page at a time (newest first). Each part a person plays
//! counts only while their organisation roles fit it now, as when a circle is
//! opened, and every circle named on the page is audited as read before the
//! page is returned: if the audit entries cannot be written, nothing is.

use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::circle::{CIRCLES_PAGE, CircleCursor, CircleRole, ListedCircle};
use moves_domain::ids::{OrgId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_store::{AuditEntry, CirclePage, CircleSummary};

/// Which part of the list to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListRequest {
    /// The first page of each part.
    #[default]
    First,
    /// The next page of the circles one is in.
    Mine(CircleCursor),
    /// The next page of the circles of one's teams.
    Teams(CircleCursor),
}

/// One part of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPart {
    pub circles: Vec<ListedCircle>,
    /// Where its next page starts, when there is one.
    pub next: Option<CircleCursor>,
}

/// A page of the circles list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CirclesList {
    /// The circles one is in; `None` on a later page of the teams' part.
    pub mine: Option<ListPart>,
    /// The circles of one's teams that one is not in, for a manager; `None`
    /// for others and on a later page of one's own.
    pub teams: Option<ListPart>,
    /// Whether they may see their teams' circles.
    pub manager: bool,
    /// Whether they may start a circle.
    pub may_start: bool,
}

/// The parts in a circle that `actor`'s organisation roles fit now.
fn fitting_parts(actor: &Actor) -> Vec<CircleRole> {
    if !actor.may(Capability::WorkInOwnCircles) {
        return Vec::new();
    }
    CircleRole::ALL
        .into_iter()
        .filter(|part| actor.roles.iter().any(|r| part.fits_account(*r)))
        .collect()
}

/// `rows` (at most one more than a page) as a part of the list.
fn part(rows: Vec<CircleSummary>) -> ListPart {
    let mut circles: Vec<ListedCircle> = rows
        .into_iter()
        .map(|s| ListedCircle {
            circle: s.circle,
            member_count: s.member_count,
        })
        .collect();
    let next = if circles.len() > CIRCLES_PAGE as usize {
        circles.truncate(CIRCLES_PAGE as usize);
        circles.last().map(|c| CircleCursor::after(&c.circle))
    } else {
        None
    };
    ListPart { circles, next }
}

/// The page `request` of `actor`'s circles list.
pub async fn list(ctx: &Ctx, actor: &Actor, request: ListRequest) -> Result<CirclesList, Error> {
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Err(Error::NotFound);
    };
    let roles = fitting_parts(actor);
    let manager = actor.may(Capability::SeeTeamCircles);
    // One more than a page, to know whether there is a next one.
    let page = |after| CirclePage {
        org,
        user,
        roles: &roles,
        after,
        limit: CIRCLES_PAGE + 1,
    };
    let (mine_after, teams_after) = match request {
        ListRequest::First => (Some(None), Some(None)),
        ListRequest::Mine(c) => (Some(Some(c)), None),
        ListRequest::Teams(c) => (None, Some(Some(c))),
    };
    let mine = match mine_after {
        Some(after) => Some(part(
            ctx.store().circles_of_member_page(&page(after)).await?,
        )),
        None => None,
    };
    let teams = match teams_after {
        Some(after) if manager => {
            Some(part(ctx.store().circles_of_teams_page(&page(after)).await?))
        }
        _ => None,
    };
    audit_shown(ctx, org, user, [&mine, &teams]).await?;
    Ok(CirclesList {
        mine,
        teams,
        manager,
        may_start: actor.may(Capability::CreateCircle),
    })
}

/// One read entry for each circle the page names (ids only), all or none.
async fn audit_shown(
    ctx: &Ctx,
    org: OrgId,
    user: UserId,
    parts: [&Option<ListPart>; 2],
) -> Result<(), Error> {
    let entries: Vec<AuditEntry> = parts
        .into_iter()
        .flatten()
        .flat_map(|p| &p.circles)
        .map(|c| {
            AuditEntry::new(
                AuditScope::Organisation(org),
                ctx.now(),
                Some(user),
                AuditAction::RecordRead,
            )
            .subject(c.circle.id.to_string())
            .detail("list")
        })
        .collect();
    if !entries.is_empty() {
        ctx.store().append_audit_batch(&entries).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::circle::{Circle, NewCircle};
    use moves_domain::clock::Timestamp;
    use moves_domain::ids::CircleId;
    use moves_domain::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn actor(roles: &[Role]) -> Actor {
        Actor {
            user: Some(UserId::new()),
            org: Some(OrgId::new()),
            roles: roles.to_vec(),
            ..Actor::default()
        }
    }

    #[test]
    fn the_parts_listed_are_those_the_roles_fit_now() {
        let practitioner = fitting_parts(&actor(&[Role::Practitioner]));
        assert!(practitioner.contains(&CircleRole::Practitioner));
        assert!(!practitioner.contains(&CircleRole::FocusPerson));
        let parent = fitting_parts(&actor(&[Role::ParentCarer]));
        assert!(!parent.contains(&CircleRole::Practitioner), "a parent now");
        assert!(parent.contains(&CircleRole::ParentCarer));
        assert!(fitting_parts(&actor(&[Role::YoungPerson])).contains(&CircleRole::FocusPerson));
        // Who may not work in circles plays no part in any.
        for role in [Role::Viewer, Role::OrgAdmin] {
            assert!(fitting_parts(&actor(&[role])).is_empty(), "{role:?}");
        }
        assert!(fitting_parts(&Actor::anonymous()).is_empty());
    }

    fn summaries(n: usize) -> Vec<CircleSummary> {
        (0..n)
            .map(|i| CircleSummary {
                circle: Circle::new(
                    CircleId::new(),
                    OrgId::new(),
                    &NewCircle {
                        focus_name: "Zoë",
                        ..NewCircle::default()
                    },
                    UserId::new(),
                    T0.plus_seconds(-(i as i64)),
                )
                .unwrap(),
                member_count: 2,
            })
            .collect()
    }

    #[test]
    fn a_page_says_where_the_next_starts_only_when_there_is_one() {
        let page = CIRCLES_PAGE as usize;
        let full = part(summaries(page));
        assert_eq!(full.circles.len(), page);
        assert_eq!(full.next, None, "exactly a page: nothing after");
        let more = part(summaries(page + 1));
        assert_eq!(more.circles.len(), page, "one more was read, not shown");
        assert_eq!(
            more.next,
            Some(CircleCursor::after(&more.circles[page - 1].circle))
        );
        assert_eq!(part(Vec::new()).next, None);
    }
}

//! Opening one check of a circle: the circle opened for the person (the
//! audited read, access from their roles now), then the check, which must be
//! of that circle. A check of another circle or organisation answers like an
//! unknown one, and is recorded as a refused read (by its id only).

use crate::circle::open::{open_circle, refused_read};
use crate::{Ctx, Error};
use moves_domain::check::Check;
use moves_domain::circle::{CircleMember, OpenCircle};
use moves_domain::framework::adaptation::AdaptedFramework;
use moves_domain::ids::{CheckId, CircleId};
use moves_domain::permission::Actor;

/// The circle `circle`, opened for `actor` (audited as `page`), and its
/// check `check`.
pub(crate) async fn open_check(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    check: CheckId,
    page: &str,
) -> Result<(OpenCircle, Check), Error> {
    let open = open_circle(ctx, actor, circle, page).await?;
    let found = ctx
        .store()
        .check(open.circle.org_id, check)
        .await?
        .filter(|c| c.circle_id == open.circle.id);
    match found {
        Some(c) => Ok((open, c)),
        None => {
            refused_read(ctx, actor, &check.to_string(), page).await?;
            Err(Error::NotFound)
        }
    }
}

/// Who takes part in a check: a member of the circle with an account. A team
/// manager reads it, and a member without an account is named in it, but
/// neither records anything (403).
pub(crate) fn taking_part(open: &OpenCircle) -> Result<&CircleMember, Error> {
    match open.access.member() {
        Some(m) if m.user_id.is_some() => Ok(m),
        _ => Err(Error::Forbidden),
    }
}

/// A closed circle is read-only: every change to one of its checks is
/// refused (its pages offer none; only a stale or crafted form gets here).
pub(crate) fn open_to_change(open: &OpenCircle) -> Result<(), Error> {
    if open.circle.is_open() {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// The compartment `id` of the check's wording; `NotFound` for any other.
pub(crate) fn known_compartment(framework: &AdaptedFramework, id: &str) -> Result<String, Error> {
    framework
        .framework
        .compartment_by_id(id)
        .map(|c| c.id.to_string())
        .ok_or(Error::NotFound)
}

/// The first compartment of the check's wording, where filling in starts.
pub fn first_compartment(framework: &AdaptedFramework) -> String {
    let mut cs: Vec<_> = framework.framework.compartments.iter().collect();
    cs.sort_by_key(|c| c.order);
    cs.first().map(|c| c.id.to_string()).unwrap_or_default()
}

/// The compartment after `current`, for "save and go on".
pub fn next_compartment(framework: &AdaptedFramework, current: &str) -> Option<String> {
    framework
        .framework
        .compartments_around(current)
        .1
        .map(|c| c.id.to_string())
}

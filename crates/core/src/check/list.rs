//! The checks of a circle, newest first, each with how many perspectives in
//! it the person may see, and (for someone who may start one) a fresh key
//! for the start form.

use crate::circle::open::open_circle;
use crate::form_key::FormKey;
use crate::{Ctx, Error};
use moves_domain::check::{Check, perspectives_seen_by};
use moves_domain::circle::OpenCircle;
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;

pub struct ListedCheck {
    pub check: Check,
    /// How many perspectives in it the person may see.
    pub perspectives_seen: usize,
}

pub struct ChecksOfCircle {
    pub open: OpenCircle,
    pub checks: Vec<ListedCheck>,
    /// Set when the person may start a check: the start form's key.
    pub start_key: Option<FormKey>,
}

/// The checks of `circle` as `actor` may read them.
pub async fn list(ctx: &Ctx, actor: &Actor, circle: CircleId) -> Result<ChecksOfCircle, Error> {
    let open = open_circle(ctx, actor, circle, "checks").await?;
    let org = open.circle.org_id;
    let checks = ctx.store().checks_of_circle(org, open.circle.id).await?;
    // Who gave a view where, without reading a single answer.
    let heads = ctx
        .store()
        .perspective_heads_of_circle(org, open.circle.id)
        .await?;
    let seen = perspectives_seen_by(&open.access, &heads);
    let checks = checks
        .into_iter()
        .map(|check| ListedCheck {
            perspectives_seen: seen.iter().filter(|p| p.check_id == check.id).count(),
            check,
        })
        .collect();
    let may_start =
        open.circle.is_open() && open.access.member().is_some_and(|m| m.user_id.is_some());
    let start_key = if may_start {
        Some(FormKey::new()?)
    } else {
        None
    };
    Ok(ChecksOfCircle {
        open,
        checks,
        start_key,
    })
}

//! Who can see a circle: its members (from the circle as opened) and the
//! team whose managers can open it without being in it.

use super::open::open_circle;
use crate::{Ctx, Error};
use moves_domain::circle::OpenCircle;
use moves_domain::ids::CircleId;
use moves_domain::permission::Actor;
use moves_domain::team::Team;

/// The circle as opened for its "who can see this" page, and its team.
pub struct People {
    pub open: OpenCircle,
    pub team: Option<Team>,
}

/// Who can see `circle`, as `actor` is shown it.
pub async fn people(ctx: &Ctx, actor: &Actor, circle: CircleId) -> Result<People, Error> {
    let open = open_circle(ctx, actor, circle, "people").await?;
    let team = match open.circle.team_id {
        Some(t) => ctx.store().team(open.circle.org_id, t).await?,
        None => None,
    };
    Ok(People { open, team })
}

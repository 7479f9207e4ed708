//! What the home page tells one person in one organisation, read from the
//! store in one place. The home page and `moves digest` both start here, so
//! the email's "something is waiting" can never drift from what the page
//! shows: the same reads (one query per kind of thing over all the person's
//! circles, each at most [`HOME_READ_LIMIT`] rows) and the same rules
//! ([`due_for`], [`new_for_you`]).

use moves_domain::circle::CircleRole;
use moves_domain::clock::Timestamp;
pub use moves_domain::home::facts::*;
use moves_domain::home::{due_for, new_for_you};
use moves_domain::ids::CircleId;
use moves_domain::permission::{Actor, Capability};
use moves_domain::plan::Day;
use moves_store::{CircleListStore, CirclePage, HomeStore, StoreResult, TeamStore};

/// The facts for `actor` (as they act in their organisation) on `today`,
/// with what was shared after `since` counted as new (everything when
/// `None`). `None` for anyone without a home page ([`has_home`]).
pub async fn home_facts<S>(
    store: &S,
    actor: &Actor,
    since: Option<Timestamp>,
    today: Day,
) -> StoreResult<Option<HomeFacts>>
where
    S: CircleListStore + TeamStore + HomeStore + ?Sized,
{
    let (Some(org), Some(user)) = (actor.org, actor.user) else {
        return Ok(None);
    };
    if !has_home(actor) {
        return Ok(None);
    }
    // Whatever part they play: access is decided circle by circle by the
    // rules below, from their roles now.
    let page = |roles| CirclePage {
        org,
        user,
        roles,
        after: None,
        limit: HOME_READ_LIMIT,
    };
    let circles: Vec<_> = store
        .circles_of_member_page(&page(&CircleRole::ALL))
        .await?
        .into_iter()
        .map(|s| s.circle)
        .collect();
    // Teams matter only to managers; others are spared the queries.
    let (team_circles, teams) = if actor.may(Capability::SeeTeamCircles) {
        // Every circle of their teams, theirs too (no part left out).
        let circles: Vec<_> = store
            .circles_of_teams_page(&page(&[]))
            .await?
            .into_iter()
            .map(|s| s.circle)
            .collect();
        let teams: Vec<_> = store
            .teams_of_user(org, user)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        (circles, teams)
    } else {
        (Vec::new(), Vec::new())
    };
    let members = store
        .members_of_circles_of_user(org, user, HOME_READ_LIMIT)
        .await?;
    let notes = store
        .notes_shared_in_circles_of_user(org, user, since, HOME_READ_LIMIT)
        .await?;
    let perspectives = store
        .perspectives_shared_in_circles_of_user(org, user, since, HOME_READ_LIMIT)
        .await?;
    let plans = store
        .open_plans_for_home(org, user, HOME_READ_LIMIT)
        .await?;
    let due = due_for(
        actor,
        &circles,
        &team_circles,
        &teams,
        &members,
        &plans,
        today,
    );
    let shared = new_for_you(actor, &circles, &members, &notes, &perspectives);
    let mut plans = plans;
    plans.retain(|p| due.iter().any(|d| d.due.plan() == Some(p.id)));
    let mine = members
        .into_iter()
        .filter(|m| m.user_id == Some(user))
        .collect();
    Ok(Some(HomeFacts {
        due,
        shared,
        mine,
        plans,
    }))
}

/// The circles `facts` name (by their focus person's name, or who shared
/// in them), each once, in the order first named.
pub fn circles_named(facts: &HomeFacts) -> Vec<CircleId> {
    let mut named = Vec::new();
    let ids = facts
        .due
        .iter()
        .map(|d| d.circle_id)
        .chain(facts.shared.iter().map(|s| s.circle_id));
    for id in ids {
        if !named.contains(&id) {
            named.push(id);
        }
    }
    named
}

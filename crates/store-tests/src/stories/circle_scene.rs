//! The circle the note, plan, check and home stories start from: Zoë's, with
//! Sam as its practitioner, written as a practitioner's first page would.

use super::{AuditAction, AuditEntry, AuditScope, T0};
use moves_domain::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_domain::ids::{CircleId, TeamId, UserId};
use moves_domain::organisation::Organisation;
use moves_store::Store;

/// What a story needs of Zoë's circle beyond the plainest one.
#[derive(Clone, Copy, Default)]
pub(super) struct Extras {
    /// Zoë's own account, when the story has her act for herself.
    pub(super) young_account: Option<UserId>,
    /// The team the circle belongs to.
    pub(super) team: Option<TeamId>,
}

/// A circle of `org` started by `by`, with `by` as its practitioner and a
/// young person without an account, in no team.
pub(super) async fn circle(
    store: &dyn Store,
    org: &Organisation,
    by: UserId,
) -> (Circle, CircleMember, CircleMember) {
    circle_with(store, org, by, Extras::default()).await
}

/// The same, with what `extras` names.
pub(super) async fn circle_with(
    store: &dyn Store,
    org: &Organisation,
    by: UserId,
    extras: Extras,
) -> (Circle, CircleMember, CircleMember) {
    let c = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            team_id: extras.team,
            ..NewCircle::default()
        },
        by,
        T0,
    )
    .unwrap();
    let worker = CircleMember::new(
        org.id,
        c.id,
        Some(by),
        "Sam",
        "",
        CircleRole::Practitioner,
        T0,
    )
    .unwrap();
    let young = CircleMember::new(
        org.id,
        c.id,
        extras.young_account,
        "Zoë",
        "",
        CircleRole::FocusPerson,
        T0,
    )
    .unwrap();
    let created = AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::CircleChanged,
    );
    store
        .create_circle(&c, &[worker.clone(), young.clone()], &created)
        .await
        .unwrap();
    (c, worker, young)
}

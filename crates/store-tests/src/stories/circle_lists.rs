//! Stories of the circles list: a page at a time, newest first, each circle
//! once, with its member count; the circles a person is in only in a part
//! their organisation roles fit now; their teams' circles without those.

use super::{AuditAction, AuditEntry, AuditScope, T0, member, org, person};
use moves_domain::circle::{Circle, CircleCursor, CircleMember, CircleRole, NewCircle};
use moves_domain::ids::{CircleId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_domain::team::Team;
use moves_store::{CirclePage, CircleSummary, Store};

const PRACTITIONER: &[CircleRole] = &[CircleRole::Practitioner];

/// A circle of `team` started `second`s after T0, with `members` (user, part).
async fn circle_at(
    store: &dyn Store,
    org: &Organisation,
    second: i64,
    team: Option<&Team>,
    members: &[(UserId, CircleRole)],
) -> Circle {
    let at = T0.plus_seconds(second);
    let name = format!("Circle {second}");
    let input = NewCircle {
        focus_name: &name,
        team_id: team.map(|t| t.id),
        ..NewCircle::default()
    };
    let c = Circle::new(CircleId::new(), org.id, &input, members[0].0, at).unwrap();
    let members: Vec<CircleMember> = members
        .iter()
        .map(|(u, part)| {
            CircleMember::new(org.id, c.id, Some(*u), "Someone", "", *part, at).unwrap()
        })
        .collect();
    let audit = AuditEntry::new(
        AuditScope::Organisation(org.id),
        at,
        Some(members[0].user_id.unwrap()),
        AuditAction::CircleChanged,
    );
    store.create_circle(&c, &members, &audit).await.unwrap();
    c
}

fn page<'a>(
    org: &Organisation,
    user: UserId,
    roles: &'a [CircleRole],
    after: Option<CircleCursor>,
    limit: u32,
) -> CirclePage<'a> {
    CirclePage {
        org: org.id,
        user,
        roles,
        after,
        limit,
    }
}

fn ids(list: &[CircleSummary]) -> Vec<CircleId> {
    list.iter().map(|s| s.circle.id).collect()
}

pub async fn circles_are_listed_a_page_at_a_time_newest_first(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let nan = person(store, "Nan", "nan@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let mut made = Vec::new();
    // Two started in the same millisecond: the id decides their order.
    for second in [0, 1, 2, 3, 4, 4, 5] {
        let members = [
            (sam.id, CircleRole::Practitioner),
            (nan.id, CircleRole::Supporter),
        ];
        made.push(circle_at(store, &a, second, None, &members).await);
    }
    circle_at(store, &b, 9, None, &[(sam.id, CircleRole::Practitioner)]).await;
    let mut newest_first = made.clone();
    newest_first.sort_by_key(|c| std::cmp::Reverse((c.created_at, c.id)));
    let expected: Vec<CircleId> = newest_first.iter().map(|c| c.id).collect();

    let mut seen = Vec::new();
    let mut after = None;
    let mut pages = 0;
    loop {
        let got = store
            .circles_of_member_page(&page(&a, sam.id, PRACTITIONER, after, 3))
            .await
            .unwrap();
        assert!(got.len() <= 3);
        assert!(got.iter().all(|s| s.member_count == 2));
        pages += 1;
        seen.extend(ids(&got));
        match got.last() {
            Some(last) if got.len() == 3 => after = Some(CircleCursor::after(&last.circle)),
            _ => break,
        }
    }
    assert_eq!(
        seen, expected,
        "each once, newest first, sealed by organisation"
    );
    assert_eq!(pages, 3);
    assert_eq!(
        store
            .circles_of_member_page(&page(&a, sam.id, PRACTITIONER, None, 100))
            .await
            .unwrap()[0]
            .circle,
        newest_first[0]
    );
    // No parts, or no rows asked for: nothing, without asking the database.
    for (roles, limit) in [(&[][..], 10), (PRACTITIONER, 0)] {
        assert!(
            store
                .circles_of_member_page(&page(&a, sam.id, roles, None, limit))
                .await
                .unwrap()
                .is_empty()
        );
    }
}

pub async fn circles_are_listed_only_for_the_parts_people_play_now(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let boss = person(store, "Boss", "boss@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &boss, Role::Manager).await;
    let north = Team::new(a.id, "North", T0).unwrap();
    store
        .create_team(
            &north,
            &super::logged(north.org_id, super::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    assert!(
        store
            .add_team_member(
                a.id,
                north.id,
                boss.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    // The manager works in one of North's circles, is a supporter in
    // another, and is in neither of the last two (one of no team).
    let works_in = circle_at(
        store,
        &a,
        0,
        Some(&north),
        &[
            (sam.id, CircleRole::Practitioner),
            (boss.id, CircleRole::Practitioner),
        ],
    )
    .await;
    let supports = circle_at(
        store,
        &a,
        1,
        Some(&north),
        &[
            (sam.id, CircleRole::Practitioner),
            (boss.id, CircleRole::Supporter),
        ],
    )
    .await;
    let managed = circle_at(
        store,
        &a,
        2,
        Some(&north),
        &[(sam.id, CircleRole::Practitioner)],
    )
    .await;
    circle_at(store, &a, 3, None, &[(sam.id, CircleRole::Practitioner)]).await;

    // As a practitioner's place: the circle they work in, in their own part.
    let mine = store
        .circles_of_member_page(&page(&a, boss.id, PRACTITIONER, None, 10))
        .await
        .unwrap();
    assert_eq!(ids(&mine), [works_in.id]);
    // Their teams' circles: not the one listed as theirs; the one whose part
    // (a supporter) their roles do not fit now is their team's like any other.
    let teams = store
        .circles_of_teams_page(&page(&a, boss.id, PRACTITIONER, None, 10))
        .await
        .unwrap();
    assert_eq!(ids(&teams), [managed.id, supports.id]);
    // With no part they may play, every circle of their team.
    let teams = store
        .circles_of_teams_page(&page(&a, boss.id, &[], None, 10))
        .await
        .unwrap();
    assert_eq!(ids(&teams), [managed.id, supports.id, works_in.id]);
    // A page at a time there too.
    let first = store
        .circles_of_teams_page(&page(&a, boss.id, &[], None, 2))
        .await
        .unwrap();
    let rest = store
        .circles_of_teams_page(&page(
            &a,
            boss.id,
            &[],
            Some(CircleCursor::after(&first[1].circle)),
            2,
        ))
        .await
        .unwrap();
    assert_eq!(ids(&first), [managed.id, supports.id]);
    assert_eq!(ids(&rest), [works_in.id]);
    // Someone in no team: none.
    assert!(
        store
            .circles_of_teams_page(&page(&a, sam.id, PRACTITIONER, None, 10))
            .await
            .unwrap()
            .is_empty()
    );
}

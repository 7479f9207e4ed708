//! Stories of the circle store: circles, their members with or without
//! accounts, versioned changes, and lists that cost one query.

use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, member, org, person};
use moves_domain::circle::{
    AgeBand, Birth, BirthDate, Circle, CircleMember, CircleRole, CircleStatus, Closing, NewCircle,
    SharingDecider,
};
use moves_domain::ids::{CircleId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_domain::team::Team;
use moves_store::{Store, StoreError, VersionedWrite};

fn audit(org: &Organisation, by: UserId, circle: CircleId, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::CircleChanged,
    )
    .subject(circle.to_string())
    .detail(detail)
}

/// A circle started by `by`, who joins it as its practitioner.
async fn circle(
    store: &dyn Store,
    org: &Organisation,
    by: UserId,
    input: &NewCircle<'_>,
) -> (Circle, CircleMember) {
    let c = Circle::new(CircleId::new(), org.id, input, by, T0).unwrap();
    let p = CircleMember::new(
        org.id,
        c.id,
        Some(by),
        "Sam Worker",
        "",
        CircleRole::Practitioner,
        T0,
    )
    .unwrap();
    store
        .create_circle(
            &c,
            std::slice::from_ref(&p),
            &audit(org, by, c.id, "created"),
        )
        .await
        .unwrap();
    (c, p)
}

fn closing(by: UserId, at: moves_domain::clock::Timestamp, reflection: &str) -> Closing {
    Closing {
        by,
        at,
        reflection: reflection.to_owned(),
    }
}

fn named(name: &str) -> NewCircle<'_> {
    NewCircle {
        focus_name: name,
        ..NewCircle::default()
    }
}

async fn changes_logged(store: &dyn Store, org: &Organisation) -> usize {
    let mut q = AuditQuery::new(AuditScope::Organisation(org.id));
    q.action = Some(AuditAction::CircleChanged);
    store.list_audit(&q).await.unwrap().len()
}

pub async fn circles_are_created_and_read_back(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let north = Team::new(a.id, "North", T0).unwrap();
    store
        .create_team(
            &north,
            &super::logged(north.org_id, super::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let dob = BirthDate::parse("2012-02-29", T0).unwrap();
    let (with_date, sam_in_it) = circle(
        store,
        &a,
        sam.id,
        &NewCircle {
            focus_name: "Zoë Ærøskøbing عائشة 🌱",
            birth: Some(Birth::Date(dob)),
            pronouns: "she/her",
            languages: "English, Polish",
            protected_identity: true,
            team_id: Some(north.id),
        },
    )
    .await;
    assert_eq!(
        store.circle(a.id, with_date.id).await.unwrap(),
        Some(with_date.clone())
    );
    assert_eq!(
        store.circle_members(a.id, with_date.id).await.unwrap(),
        vec![sam_in_it]
    );
    let (with_band, _) = circle(
        store,
        &a,
        sam.id,
        &NewCircle {
            birth: Some(Birth::Band(AgeBand::From16To18)),
            ..named("Kai")
        },
    )
    .await;
    let read = store.circle(a.id, with_band.id).await.unwrap().unwrap();
    assert_eq!(read.birth, Some(Birth::Band(AgeBand::From16To18)));
    assert_eq!(read.team_id, None);
    assert!(!read.protected_identity);
    assert_eq!(read.version, 1);
    assert_eq!(store.circle(a.id, CircleId::new()).await.unwrap(), None);
    assert_eq!(
        changes_logged(store, &a).await,
        2,
        "each with its audit entry"
    );

    // The same form sent twice writes one circle.
    let again = store
        .create_circle(&with_band, &[], &audit(&a, sam.id, with_band.id, "created"))
        .await;
    assert!(matches!(again, Ok(false)), "{again:?}");
    assert_eq!(changes_logged(store, &a).await, 2, "nothing written");
    assert_eq!(store.circles_of_user(a.id, sam.id).await.unwrap().len(), 2);
}

pub async fn circles_are_sealed_by_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &b, &sam, Role::Practitioner).await;
    let (c, _) = circle(store, &a, sam.id, &named("Zoë")).await;

    assert_eq!(store.circle(b.id, c.id).await.unwrap(), None);
    assert!(store.circle_members(b.id, c.id).await.unwrap().is_empty());
    assert!(
        store
            .circles_of_user(b.id, sam.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .circles_of_teams_of_user(b.id, sam.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Changes naming B find nothing and write nothing.
    let mut stray =
        CircleMember::new(b.id, c.id, None, "Nan", "", CircleRole::Supporter, T0).unwrap();
    let result = store
        .add_circle_member(&stray, 1, false, &audit(&b, sam.id, c.id, "member_added"))
        .await
        .unwrap();
    assert_eq!(result, VersionedWrite::NotFound);
    assert_eq!(
        store
            .close_circle(
                b.id,
                c.id,
                1,
                &closing(sam.id, T0, "done"),
                &audit(&b, sam.id, c.id, "closed")
            )
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(
        store
            .reopen_circle(b.id, c.id, 1, &audit(&b, sam.id, c.id, "reopened"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(changes_logged(store, &b).await, 0);
    let still = store.circle(a.id, c.id).await.unwrap().unwrap();
    assert_eq!(still, c, "untouched");
    assert_eq!(store.circle_members(a.id, c.id).await.unwrap().len(), 1);
    // A member row can only point at a circle of its own organisation.
    stray.org_id = a.id;
    stray.circle_id = CircleId::new();
    assert_eq!(
        store
            .add_circle_member(&stray, 1, false, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
}

pub async fn circle_members_join_with_or_without_accounts(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let pat = person(store, "Pat", "pat@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &pat, Role::ParentCarer).await;
    let (c, worker) = circle(store, &a, sam.id, &named("Zoë")).await;

    let nan = CircleMember::new(
        a.id,
        c.id,
        None,
        "Nan",
        "grandparent",
        CircleRole::Supporter,
        T0,
    )
    .unwrap();
    assert_eq!(
        store
            .add_circle_member(&nan, 1, false, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let later = T0.plus_seconds(60);
    let parent = CircleMember::new(
        a.id,
        c.id,
        Some(pat.id),
        "Pat",
        "mum",
        CircleRole::ParentCarer,
        later,
    )
    .unwrap();
    assert_eq!(
        store
            .add_circle_member(&parent, 2, true, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let guest = CircleMember::new(
        a.id,
        c.id,
        None,
        "Dr Okafor",
        "school nurse",
        CircleRole::GuestPractitioner,
        later,
    )
    .unwrap();
    assert_eq!(
        store
            .add_circle_member(&guest, 3, false, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        store.circle_members(a.id, c.id).await.unwrap(),
        vec![worker, nan, parent.clone(), guest],
        "in the order they joined"
    );
    let now = store.circle(a.id, c.id).await.unwrap().unwrap();
    assert_eq!(now.version, 4);
    assert_eq!(
        now.decider,
        SharingDecider::Member(parent.id),
        "named as the one who decides"
    );

    // An account is in a circle once; the refusal writes nothing.
    let twice = CircleMember::new(
        a.id,
        c.id,
        Some(pat.id),
        "Pat again",
        "",
        CircleRole::Supporter,
        later,
    )
    .unwrap();
    let result = store
        .add_circle_member(&twice, 4, false, &audit(&a, sam.id, c.id, "member_added"))
        .await;
    assert!(matches!(result, Err(StoreError::Conflict(_))), "{result:?}");
    assert_eq!(store.circle(a.id, c.id).await.unwrap().unwrap().version, 4);
    assert_eq!(store.circle_members(a.id, c.id).await.unwrap().len(), 4);
    assert_eq!(
        changes_logged(store, &a).await,
        4,
        "created and three added"
    );
    // The parent now finds the circle among theirs.
    let theirs = store.circles_of_user(a.id, pat.id).await.unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].member_count, 4);
}

pub async fn circles_are_listed_for_their_members_in_one_query(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &jo, Role::Practitioner).await;
    let mut made = Vec::new();
    for (i, name) in ["One", "Two", "Three"].into_iter().enumerate() {
        let mut c = Circle::new(
            CircleId::new(),
            a.id,
            &named(name),
            sam.id,
            T0.plus_seconds(i as i64),
        )
        .unwrap();
        c.created_at = T0.plus_seconds(i as i64);
        let mut members = vec![
            CircleMember::new(
                a.id,
                c.id,
                Some(sam.id),
                "Sam",
                "",
                CircleRole::Practitioner,
                T0,
            )
            .unwrap(),
        ];
        for n in 0..i {
            members.push(
                CircleMember::new(
                    a.id,
                    c.id,
                    None,
                    &format!("Helper {n}"),
                    "",
                    CircleRole::Supporter,
                    T0,
                )
                .unwrap(),
            );
        }
        store
            .create_circle(&c, &members, &audit(&a, sam.id, c.id, "created"))
            .await
            .unwrap();
        made.push(c);
    }
    // Jo's own circle is not Sam's.
    circle(store, &a, jo.id, &named("Jo's")).await;

    let list = store.circles_of_user(a.id, sam.id).await.unwrap();
    let names: Vec<&str> = list.iter().map(|s| s.circle.focus_name.as_str()).collect();
    assert_eq!(names, ["Three", "Two", "One"], "newest first");
    let counts: Vec<u64> = list.iter().map(|s| s.member_count).collect();
    assert_eq!(
        counts,
        [3, 2, 1],
        "each with its member count, from the same query"
    );
    assert_eq!(list[2].circle, made[0]);
    assert_eq!(store.circles_of_user(a.id, jo.id).await.unwrap().len(), 1);
    assert!(
        store
            .circles_of_user(a.id, UserId::new())
            .await
            .unwrap()
            .is_empty()
    );
}

pub async fn circles_of_a_team_are_listed_for_its_members(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let boss = person(store, "Boss", "boss@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &boss, Role::Manager).await;
    let north = Team::new(a.id, "North", T0).unwrap();
    let south = Team::new(a.id, "South", T0).unwrap();
    store
        .create_team(
            &north,
            &super::logged(north.org_id, super::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    store
        .create_team(
            &south,
            &super::logged(south.org_id, super::AuditAction::TeamChanged),
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
    let (in_north, _) = circle(
        store,
        &a,
        sam.id,
        &NewCircle {
            team_id: Some(north.id),
            ..named("North child")
        },
    )
    .await;
    circle(
        store,
        &a,
        sam.id,
        &NewCircle {
            team_id: Some(south.id),
            ..named("South child")
        },
    )
    .await;
    circle(store, &a, sam.id, &named("No team")).await;

    let seen = store.circles_of_teams_of_user(a.id, boss.id).await.unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].circle, in_north);
    assert_eq!(seen[0].member_count, 1);
    assert!(
        store
            .circles_of_user(a.id, boss.id)
            .await
            .unwrap()
            .is_empty(),
        "not a member"
    );
    assert!(
        store
            .circles_of_teams_of_user(a.id, sam.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Leaving the team, the manager no longer sees its circles.
    assert!(
        store
            .remove_team_member(
                a.id,
                north.id,
                boss.id,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .circles_of_teams_of_user(a.id, boss.id)
            .await
            .unwrap()
            .is_empty()
    );
}

pub async fn circles_are_closed_with_a_reflection_and_reopened(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, _) = circle(store, &a, sam.id, &named("Zoë")).await;
    let later = T0.plus_seconds(3600);
    let reflection = "Zoë is settled at school.\nWe will keep in touch.";
    assert_eq!(
        store
            .close_circle(
                a.id,
                c.id,
                1,
                &closing(sam.id, later, reflection),
                &audit(&a, sam.id, c.id, "closed")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let closed = store.circle(a.id, c.id).await.unwrap().unwrap();
    assert_eq!(
        closed.status,
        CircleStatus::Closed {
            at: later,
            by: sam.id,
            reflection: reflection.into()
        }
    );
    assert_eq!(closed.version, 2);
    // Closing again (a second click, against the new version) changes nothing.
    assert_eq!(
        store
            .close_circle(
                a.id,
                c.id,
                2,
                &closing(sam.id, later, "again"),
                &audit(&a, sam.id, c.id, "closed")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    assert_eq!(
        store
            .reopen_circle(a.id, c.id, 2, &audit(&a, sam.id, c.id, "reopened"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let open = store.circle(a.id, c.id).await.unwrap().unwrap();
    assert!(open.is_open());
    assert_eq!(open.version, 3);
    assert_eq!(
        store
            .reopen_circle(a.id, c.id, 3, &audit(&a, sam.id, c.id, "reopened"))
            .await
            .unwrap(),
        VersionedWrite::Stale,
        "an open circle is not reopened"
    );
    assert_eq!(
        changes_logged(store, &a).await,
        3,
        "created, closed, reopened"
    );
}

pub async fn stale_versions_change_nothing(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, _) = circle(store, &a, sam.id, &named("Zoë")).await;
    // Two people loaded the circle at version 1; the first adds someone.
    let nan = CircleMember::new(a.id, c.id, None, "Nan", "", CircleRole::Supporter, T0).unwrap();
    assert_eq!(
        store
            .add_circle_member(&nan, 1, false, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    // The second, still at version 1, is refused whatever they try.
    let grandad =
        CircleMember::new(a.id, c.id, None, "Grandad", "", CircleRole::Supporter, T0).unwrap();
    assert_eq!(
        store
            .add_circle_member(&grandad, 1, true, &audit(&a, sam.id, c.id, "member_added"))
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    assert_eq!(
        store
            .close_circle(
                a.id,
                c.id,
                1,
                &closing(sam.id, T0, "done"),
                &audit(&a, sam.id, c.id, "closed")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    let now = store.circle(a.id, c.id).await.unwrap().unwrap();
    assert_eq!(now.version, 2);
    assert!(now.is_open());
    assert_eq!(
        now.decider,
        SharingDecider::YoungPerson,
        "the stale choice was not made"
    );
    assert_eq!(store.circle_members(a.id, c.id).await.unwrap().len(), 2);
    assert_eq!(changes_logged(store, &a).await, 2, "created and one added");
}

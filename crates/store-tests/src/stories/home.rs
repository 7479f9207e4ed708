//! Stories of the home store: when a person last looked at their home page
//! (per organisation), and what was shared in their circles since, read in one
//! query over all their circles and never from another circle or organisation,
//! and never more than the caller's limit.

use super::circle_scene::circle;
use super::notes::{audit, note};
use super::{T0, member, org, person};
use moves_domain::circle::{Audience, Byline, CircleMember, CircleRole};
use moves_domain::home::SITTING_SECONDS;
use moves_domain::membership::Role;
use moves_store::{Store, VersionedWrite};

pub async fn home_visits_are_kept_per_person_and_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let ali = person(store, "Ali", "ali@example.org").await;
    let since = |at| async move { store.visit_home(a.id, sam.id, at).await.unwrap().since };
    assert_eq!(since(T0).await, None, "a first look: everything is new");
    let reload = T0.plus_seconds(60);
    assert_eq!(
        since(reload).await,
        None,
        "the same sitting keeps its window"
    );
    let back = reload.plus_seconds(SITTING_SECONDS);
    assert_eq!(
        since(back).await,
        Some(reload),
        "after a break: since the last look"
    );
    assert_eq!(since(back.plus_seconds(1)).await, Some(reload));
    let visit = store
        .visit_home(a.id, sam.id, back.plus_seconds(2))
        .await
        .unwrap();
    assert_eq!(visit.at, back.plus_seconds(2));
    // Another organisation, another person: their own first visit.
    assert_eq!(
        store.visit_home(b.id, sam.id, back).await.unwrap().since,
        None
    );
    assert_eq!(
        store.visit_home(a.id, ali.id, back).await.unwrap().since,
        None
    );
}

pub async fn what_was_shared_is_read_over_all_of_a_persons_circles(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let kim = person(store, "Kim", "kim@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &kim, Role::Practitioner).await;
    member(store, &b, &sam, Role::Practitioner).await;
    let (one, sam_in_one, young_one) = circle(store, &a, sam.id).await;
    let (two, sam_in_two, _) = circle(store, &a, sam.id).await;
    // Kim's circle, which Sam is not in, and Sam's circle in organisation B.
    let (kims, kim_in_kims, _) = circle(store, &a, kim.id).await;
    let (in_b, sam_in_b, _) = circle(store, &b, sam.id).await;

    let members = store
        .members_of_circles_of_user(a.id, sam.id, 100)
        .await
        .unwrap();
    let mut ids: Vec<_> = members.iter().map(|m| m.id).collect();
    ids.sort();
    let mut want: Vec<_> = [&sam_in_one, &young_one, &sam_in_two]
        .iter()
        .map(|m| m.id)
        .collect();
    want.push(
        store
            .circle_members(a.id, two.id)
            .await
            .unwrap()
            .into_iter()
            .find(|m: &CircleMember| m.role == CircleRole::FocusPerson)
            .unwrap()
            .id,
    );
    want.sort();
    assert_eq!(ids, want, "both of Sam's circles in A, no other");

    let t1 = T0.plus_seconds(60);
    let t2 = T0.plus_seconds(120);
    let early = note(
        &one,
        Byline::own(young_one.id),
        Audience::WholeCircle,
        "early",
        "2025-11-01",
        T0,
    );
    let late = note(
        &two,
        Byline::own(sam_in_two.id),
        Audience::Practitioners,
        "late",
        "2025-11-02",
        t2,
    );
    let draft = note(
        &one,
        Byline::own(sam_in_one.id),
        Audience::OnlyMe,
        "draft",
        "2025-11-02",
        t1,
    );
    let not_sams = note(
        &kims,
        Byline::own(kim_in_kims.id),
        Audience::WholeCircle,
        "kim",
        "2025-11-02",
        t2,
    );
    let other_org = note(
        &in_b,
        Byline::own(sam_in_b.id),
        Audience::WholeCircle,
        "b",
        "2025-11-02",
        t2,
    );
    for (o, n) in [
        (&a, &early),
        (&a, &late),
        (&a, &draft),
        (&a, &not_sams),
        (&b, &other_org),
    ] {
        assert!(
            store
                .create_note(n, &audit(o, sam.id, n.circle_id, "w"))
                .await
                .unwrap()
        );
    }
    let bodies = |notes: Vec<moves_domain::circle::Note>| -> Vec<String> {
        notes.into_iter().map(|n| n.body).collect()
    };
    assert_eq!(
        bodies(
            store
                .notes_shared_in_circles_of_user(a.id, sam.id, None, 100)
                .await
                .unwrap()
        ),
        ["late", "early"],
        "newest shared first; never a draft, another's circle or organisation"
    );
    assert_eq!(
        bodies(
            store
                .notes_shared_in_circles_of_user(a.id, sam.id, Some(T0), 100)
                .await
                .unwrap()
        ),
        ["late"],
        "only what was shared after the last visit"
    );
    // The draft shared later is new then, though written earlier.
    let t3 = T0.plus_seconds(180);
    let shared = moves_domain::circle::Note {
        audience: Audience::WholeCircle,
        changed_at: t3,
        shared_at: Some(t3),
        version: 2,
        ..draft.clone()
    };
    assert_eq!(
        store
            .update_note(&shared, 1, &audit(&a, sam.id, one.id, "shared"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let since_t2 = store
        .notes_shared_in_circles_of_user(a.id, sam.id, Some(t2), 100)
        .await
        .unwrap();
    assert_eq!(since_t2.len(), 1);
    assert_eq!(since_t2[0].id, draft.id);
    assert_eq!(since_t2[0].shared_at, Some(t3));
    assert_eq!(
        bodies(
            store
                .notes_shared_in_circles_of_user(b.id, kim.id, None, 100)
                .await
                .unwrap()
        ),
        Vec::<String>::new(),
        "Kim is in no circle of B"
    );
}

pub async fn the_home_reads_stop_at_their_limit(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, _) = circle(store, &a, sam.id).await;
    let _ = circle(store, &a, sam.id).await;
    for i in 0..5 {
        let n = note(
            &c,
            Byline::own(worker.id),
            Audience::WholeCircle,
            &format!("n{i}"),
            "2025-11-20",
            T0.plus_seconds(i),
        );
        assert!(
            store
                .create_note(&n, &audit(&a, sam.id, c.id, "w"))
                .await
                .unwrap()
        );
    }
    let notes: Vec<String> = store
        .notes_shared_in_circles_of_user(a.id, sam.id, None, 3)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.body)
        .collect();
    assert_eq!(notes, ["n4", "n3", "n2"], "the newest, and no more");
    // Two circles of two members each: four in all.
    assert_eq!(
        store
            .members_of_circles_of_user(a.id, sam.id, 100)
            .await
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        store
            .members_of_circles_of_user(a.id, sam.id, 3)
            .await
            .unwrap()
            .len(),
        3
    );
    assert!(
        store
            .perspectives_shared_in_circles_of_user(a.id, sam.id, None, 0)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .open_plans_for_home(a.id, sam.id, 0)
            .await
            .unwrap()
            .is_empty()
    );
}

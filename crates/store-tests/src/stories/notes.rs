//! Stories of the note store: the circles' journals. A note is saved once
//! however often its form is sent, read back in journal order, changed only
//! from the version the writer saw, and never found from another circle or
//! organisation.

use super::circle_scene::circle;
use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, member, org, person};
use moves_domain::circle::{Audience, Byline, Circle, JournalCursor, JournalDate, Note};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{CircleId, NoteId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_store::{Store, VersionedWrite};

pub(super) fn audit(org: &Organisation, by: UserId, circle: CircleId, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::NoteWritten,
    )
    .subject(circle.to_string())
    .detail(detail)
}

async fn written(store: &dyn Store, org: &Organisation) -> usize {
    let mut q = AuditQuery::new(AuditScope::Organisation(org.id));
    q.action = Some(AuditAction::NoteWritten);
    store.list_audit(&q).await.unwrap().len()
}

pub(super) fn note(
    c: &Circle,
    byline: Byline,
    audience: Audience,
    body: &str,
    about: &str,
    at: Timestamp,
) -> Note {
    Note {
        id: NoteId::new(),
        org_id: c.org_id,
        circle_id: c.id,
        byline,
        audience,
        body: body.to_owned(),
        about: JournalDate::from_stored(about).unwrap(),
        written_at: at,
        changed_at: at,
        shared_at: (audience != Audience::OnlyMe).then_some(at),
        version: 1,
    }
}

pub async fn notes_are_saved_once_and_read_in_journal_order(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;

    let odd = "Zoë said: «ça va» 🌱\n\tعائشة ה\u{0301}\u{05b8} n\u{0308}\nline three";
    let older = note(
        &c,
        Byline::own(worker.id),
        Audience::Restricted,
        "A worry, kept by practitioners.",
        "2025-10-01",
        T0,
    );
    let with_young = note(
        &c,
        Byline {
            author: young.id,
            entered_by: Some(worker.id),
        },
        Audience::WholeCircle,
        odd,
        "2025-11-20",
        T0.plus_seconds(60),
    );
    // Written later but about an earlier day than `with_young`.
    let draft = note(
        &c,
        Byline::own(worker.id),
        Audience::OnlyMe,
        "A draft.",
        "2025-11-19",
        T0.plus_seconds(120),
    );
    // The same day as `with_young`, written after it: above it.
    let same_day = note(
        &c,
        Byline::own(worker.id),
        Audience::Practitioners,
        "Same day, later.",
        "2025-11-20",
        T0.plus_seconds(180),
    );
    for n in [&older, &with_young, &draft, &same_day] {
        assert!(
            store
                .create_note(n, &audit(&a, sam.id, c.id, "written"))
                .await
                .unwrap()
        );
    }
    assert_eq!(written(store, &a).await, 4, "each with its audit entry");

    // The same form sent again saves nothing and logs nothing.
    let again = Note {
        body: "sent twice".into(),
        ..with_young.clone()
    };
    assert!(
        !store
            .create_note(&again, &audit(&a, sam.id, c.id, "written"))
            .await
            .unwrap()
    );
    assert_eq!(written(store, &a).await, 4);

    let read = store
        .note(a.id, c.id, with_young.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        read, with_young,
        "odd Unicode, the byline and the date kept"
    );
    assert_eq!(read.body, odd);
    let journal = store.notes_of_circle(a.id, c.id).await.unwrap();
    let order: Vec<NoteId> = journal.iter().map(|n| n.id).collect();
    assert_eq!(
        order,
        [same_day.id, with_young.id, draft.id, older.id],
        "newest day first, then newest written"
    );
    assert_eq!(journal[3], older);
    // A page at a time, in the same order, each starting after the last.
    let first = store
        .notes_of_circle_page(a.id, c.id, None, 3)
        .await
        .unwrap();
    assert_eq!(first, journal[..3]);
    let rest = store
        .notes_of_circle_page(a.id, c.id, Some(JournalCursor::after(&first[2])), 3)
        .await
        .unwrap();
    assert_eq!(rest, journal[3..]);
    let past_the_end = store
        .notes_of_circle_page(a.id, c.id, Some(JournalCursor::after(&rest[0])), 3)
        .await
        .unwrap();
    assert!(past_the_end.is_empty());
    assert_eq!(store.note(a.id, c.id, NoteId::new()).await.unwrap(), None);
}

pub async fn notes_change_only_from_the_version_seen(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, _) = circle(store, &a, sam.id).await;
    let n = note(
        &c,
        Byline::own(worker.id),
        Audience::OnlyMe,
        "draft",
        "2025-11-20",
        T0,
    );
    store
        .create_note(&n, &audit(&a, sam.id, c.id, "written"))
        .await
        .unwrap();

    let later = T0.plus_seconds(600);
    let shared = Note {
        audience: Audience::WholeCircle,
        body: "shared now".into(),
        about: JournalDate::from_stored("2025-11-18").unwrap(),
        changed_at: later,
        shared_at: Some(later),
        version: 2,
        ..n.clone()
    };
    assert_eq!(
        store
            .update_note(&shared, 1, &audit(&a, sam.id, c.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let read = store.note(a.id, c.id, n.id).await.unwrap().unwrap();
    assert_eq!(read, shared);
    assert_eq!(read.written_at, T0, "when it was written stays");
    assert_eq!(written(store, &a).await, 2);

    // A second person's change made from version 1 is refused.
    let stale = Note {
        body: "from an old page".into(),
        ..shared.clone()
    };
    assert_eq!(
        store
            .update_note(&stale, 1, &audit(&a, sam.id, c.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    assert_eq!(store.note(a.id, c.id, n.id).await.unwrap().unwrap(), shared);
    assert_eq!(written(store, &a).await, 2, "nothing logged");
    // A change cannot move a note's byline.
    let moved = Note {
        byline: Byline::own(moves_domain::ids::CircleMemberId::new()),
        version: 3,
        ..shared.clone()
    };
    assert_eq!(
        store
            .update_note(&moved, 2, &audit(&a, sam.id, c.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        store.note(a.id, c.id, n.id).await.unwrap().unwrap().byline,
        n.byline
    );
    let missing = Note {
        id: NoteId::new(),
        ..shared
    };
    assert_eq!(
        store
            .update_note(&missing, 1, &audit(&a, sam.id, c.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
}

pub async fn notes_are_sealed_by_circle_and_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &b, &sam, Role::Practitioner).await;
    let (one, worker, _) = circle(store, &a, sam.id).await;
    let (two, _, _) = circle(store, &a, sam.id).await;
    let (in_b, _, _) = circle(store, &b, sam.id).await;
    let n = note(
        &one,
        Byline::own(worker.id),
        Audience::WholeCircle,
        "in circle one",
        "2025-11-20",
        T0,
    );
    store
        .create_note(&n, &audit(&a, sam.id, one.id, "written"))
        .await
        .unwrap();

    // Another circle of the organisation, or the same ids under another organisation.
    assert_eq!(store.note(a.id, two.id, n.id).await.unwrap(), None);
    assert_eq!(store.note(b.id, one.id, n.id).await.unwrap(), None);
    assert_eq!(store.note(b.id, in_b.id, n.id).await.unwrap(), None);
    assert!(
        store
            .notes_of_circle(a.id, two.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .notes_of_circle(b.id, one.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Changes naming another circle or organisation find nothing and write nothing.
    let elsewhere = Note {
        circle_id: two.id,
        body: "moved".into(),
        version: 2,
        ..n.clone()
    };
    assert_eq!(
        store
            .update_note(&elsewhere, 1, &audit(&a, sam.id, two.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    let other_org = Note {
        org_id: b.id,
        body: "moved".into(),
        version: 2,
        ..n.clone()
    };
    assert_eq!(
        store
            .update_note(&other_org, 1, &audit(&b, sam.id, one.id, "changed"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(store.note(a.id, one.id, n.id).await.unwrap().unwrap(), n);
    assert_eq!(written(store, &b).await, 0);
    assert_eq!(written(store, &a).await, 1);
    assert_eq!(store.notes_of_circle(a.id, one.id).await.unwrap(), vec![n]);
}

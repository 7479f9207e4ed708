//! Stories of the check store: a check started once, perspectives kept apart
//! and saved compartment by compartment against their version, sharing, an
//! agreed version that never touches a perspective, and organisations sealed
//! from each other.

use super::circle_scene::{Extras, circle_with};
use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, member, org, person};
use moves_domain::check::{
    AgreedChangeCursor, Answer, AnswerStatus, Check, CompartmentSave, Perspective,
};
use moves_domain::circle::{Audience, Byline, CircleMember};
use moves_domain::clock::Timestamp;
use moves_domain::framework::adaptation::FrameworkVersion;
use moves_domain::framework::{FrameworkId, MoveId};
use moves_domain::ids::{CheckId, PerspectiveId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_store::{Store, StoreError, VersionedWrite};

fn audit(org: &Organisation, by: UserId, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::CheckChanged,
    )
    .detail(detail)
}

fn answer(id: &str, status: AnswerStatus, note: Option<&str>) -> Answer {
    Answer {
        move_id: MoveId::parse(id).unwrap(),
        status,
        note: note.map(str::to_owned),
    }
}

/// A circle with a practitioner and a young person, both with accounts, and a
/// check started by the practitioner.
struct Scene {
    org: Organisation,
    by: UserId,
    worker: CircleMember,
    young: CircleMember,
    check: Check,
}

async fn scene(store: &dyn Store, name: &str) -> Scene {
    let o = org(store, name).await;
    let sam = person(store, "Sam", &format!("sam@{name}.example.org")).await;
    member(store, &o, &sam, Role::Practitioner).await;
    let zoe = person(store, "Zoë", &format!("zoe@{name}.example.org")).await;
    member(store, &o, &zoe, Role::YoungPerson).await;
    let (circle, worker, young) = circle_with(
        store,
        &o,
        sam.id,
        Extras {
            young_account: Some(zoe.id),
            ..Extras::default()
        },
    )
    .await;
    let check = Check::start(
        CheckId::new(),
        &circle,
        &worker,
        FrameworkVersion {
            edition: FrameworkId::parse("resilience-framework-cyp").unwrap(),
            adaptation_version: 2,
        },
        T0,
    )
    .unwrap();
    store
        .create_check(&check, &audit(&o, sam.id, "started"))
        .await
        .unwrap();
    Scene {
        org: o,
        by: sam.id,
        worker,
        young,
        check,
    }
}

async fn logged(store: &dyn Store, org: &Organisation) -> usize {
    let mut q = AuditQuery::new(AuditScope::Organisation(org.id));
    q.action = Some(AuditAction::CheckChanged);
    store.list_audit(&q).await.unwrap().len()
}

fn save<'a>(version: i64, compartment: &'a str, answers: &'a [Answer]) -> CompartmentSave<'a> {
    CompartmentSave {
        version,
        compartment,
        answers,
        at: Timestamp::from_millis(T0.as_millis() + 1000),
    }
}

pub async fn checks_are_started_once_and_read_back(store: &dyn Store) {
    let s = scene(store, "a").await;
    let read = store.check(s.org.id, s.check.id).await.unwrap().unwrap();
    assert_eq!(read, s.check);
    assert_eq!(read.framework.adaptation_version, 2);
    // The same form sent twice: refused, nothing more written.
    let again = store
        .create_check(&s.check, &audit(&s.org, s.by, "started"))
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(logged(store, &s.org).await, 1);
    let mut later = s.check.clone();
    later.id = CheckId::new();
    later.started_at = Timestamp::from_millis(T0.as_millis() + 5);
    store
        .create_check(&later, &audit(&s.org, s.by, "started"))
        .await
        .unwrap();
    let listed = store
        .checks_of_circle(s.org.id, s.check.circle_id)
        .await
        .unwrap();
    let ids: Vec<CheckId> = listed.iter().map(|c| c.id).collect();
    assert_eq!(ids, [later.id, s.check.id], "newest first");
}

pub async fn perspectives_are_kept_apart_and_saved_per_compartment(store: &dyn Store) {
    let s = scene(store, "a").await;
    let (org, by) = (s.org.id, s.by);
    let mine = Perspective::start(PerspectiveId::new(), &s.check, Byline::own(s.worker.id), T0);
    store
        .create_perspective(&mine, &audit(&s.org, by, "perspective"))
        .await
        .unwrap();
    let hers = Perspective::start(
        PerspectiveId::new(),
        &s.check,
        Byline::with(&s.worker, &s.young).unwrap(),
        T0,
    );
    store
        .create_perspective(&hers, &audit(&s.org, by, "perspective"))
        .await
        .unwrap();
    // One perspective per person per check.
    let twice = Perspective::start(PerspectiveId::new(), &s.check, Byline::own(s.young.id), T0);
    assert!(matches!(
        store
            .create_perspective(&twice, &audit(&s.org, by, "perspective"))
            .await,
        Err(StoreError::Conflict(_))
    ));

    // Any order: coping first, then basics; each keeps the other.
    let coping = [answer(
        "coping.brave",
        AnswerStatus::NotYet,
        Some("ça va — 少し"),
    )];
    assert_eq!(
        store
            .save_perspective_answers(
                org,
                hers.id,
                &save(0, "coping", &coping),
                &audit(&s.org, by, "answers")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let basics = [
        answer("basics.housing", AnswerStatus::InPlace, None),
        answer("basics.money", AnswerStatus::Partly, None),
    ];
    assert_eq!(
        store
            .save_perspective_answers(
                org,
                hers.id,
                &save(1, "basics", &basics),
                &audit(&s.org, by, "answers")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    // A save from the version before: refused, nothing written.
    let other = [answer("basics.housing", AnswerStatus::NotForNow, None)];
    assert_eq!(
        store
            .save_perspective_answers(
                org,
                hers.id,
                &save(1, "basics", &other),
                &audit(&s.org, by, "answers")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    // Changing a compartment replaces only its answers.
    let fewer = [answer("basics.housing", AnswerStatus::Partly, None)];
    store
        .save_perspective_answers(
            org,
            hers.id,
            &save(2, "basics", &fewer),
            &audit(&s.org, by, "answers"),
        )
        .await
        .unwrap();
    let all = store.perspectives_of_check(org, s.check.id).await.unwrap();
    assert_eq!(all.len(), 2);
    let read = all.iter().find(|p| p.id == hers.id).unwrap();
    assert_eq!(read.version, 3);
    assert_eq!(read.byline, hers.byline);
    assert!(read.is_draft());
    let mut got = read.answers.clone();
    got.sort_by(|a, b| a.move_id.cmp(&b.move_id));
    assert_eq!(
        got,
        vec![
            answer("basics.housing", AnswerStatus::Partly, None),
            coping[0].clone()
        ]
    );
    assert!(
        all.iter()
            .find(|p| p.id == mine.id)
            .unwrap()
            .answers
            .is_empty()
    );

    // Sharing, against the version too.
    let later = Timestamp::from_millis(T0.as_millis() + 9000);
    assert_eq!(
        store
            .share_perspective(
                org,
                hers.id,
                2,
                Audience::WholeCircle,
                later,
                &audit(&s.org, by, "shared")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    assert_eq!(
        store
            .share_perspective(
                org,
                hers.id,
                3,
                Audience::WholeCircle,
                later,
                &audit(&s.org, by, "shared")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let circle_wide = store
        .perspectives_of_circle(org, s.check.circle_id)
        .await
        .unwrap();
    let shared = circle_wide.iter().find(|p| p.id == hers.id).unwrap();
    assert_eq!(shared.audience, Audience::WholeCircle);
    assert_eq!(shared.shared_at, Some(later));
    assert_eq!(shared.answers.len(), 2);
    assert_eq!(circle_wide.len(), 2);
    // Who gave which view, without a single answer read.
    let heads = store
        .perspective_heads_of_circle(org, s.check.circle_id)
        .await
        .unwrap();
    assert_eq!(
        heads.iter().map(|p| p.id).collect::<Vec<_>>(),
        circle_wide.iter().map(|p| p.id).collect::<Vec<_>>()
    );
    assert!(heads.iter().all(|p| p.answers.is_empty()));
    assert_eq!(
        heads.iter().find(|p| p.id == hers.id).map(|p| p.audience),
        Some(Audience::WholeCircle)
    );
    // One person's views with their answers, nobody else's.
    let by_her = store
        .perspectives_by_author_in_circle(org, s.check.circle_id, s.young.id)
        .await
        .unwrap();
    assert_eq!(by_her.len(), 1);
    assert_eq!(by_her[0].id, hers.id);
    assert_eq!(by_her[0].answers, shared.answers);
    let by_worker = store
        .perspectives_by_author_in_circle(org, s.check.circle_id, s.worker.id)
        .await
        .unwrap();
    assert_eq!(
        by_worker.iter().map(|p| p.id).collect::<Vec<_>>(),
        [mine.id],
        "a view they only entered stays the young person's"
    );
    // Two perspectives, three saves, one share: six entries, with the start.
    assert_eq!(logged(store, &s.org).await, 7);
}

pub async fn the_agreed_version_never_touches_a_perspective(store: &dyn Store) {
    let s = scene(store, "a").await;
    let (org, by) = (s.org.id, s.by);
    let hers = Perspective::start(PerspectiveId::new(), &s.check, Byline::own(s.young.id), T0);
    store
        .create_perspective(&hers, &audit(&s.org, by, "perspective"))
        .await
        .unwrap();
    let own = [answer("coping.brave", AnswerStatus::NotYet, Some("scared"))];
    store
        .save_perspective_answers(
            org,
            hers.id,
            &save(0, "coping", &own),
            &audit(&s.org, by, "a"),
        )
        .await
        .unwrap();
    let agreed = [answer(
        "coping.brave",
        AnswerStatus::Partly,
        Some("we agreed"),
    )];
    assert_eq!(
        store
            .save_agreed_answers(
                org,
                s.check.id,
                &save(0, "coping", &agreed),
                s.worker.id,
                &audit(&s.org, by, "agreed")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        store
            .save_agreed_answers(
                org,
                s.check.id,
                &save(0, "coping", &[]),
                s.worker.id,
                &audit(&s.org, by, "agreed")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    let check = store.check(org, s.check.id).await.unwrap().unwrap();
    assert_eq!(check.agreed, agreed.to_vec());
    assert_eq!(check.version, 1);
    assert!(check.agreed_at.is_some());
    let listed = store
        .checks_of_circle(org, s.check.circle_id)
        .await
        .unwrap();
    assert_eq!(listed[0].agreed, agreed.to_vec());
    let p = store.perspectives_of_check(org, s.check.id).await.unwrap();
    assert_eq!(p[0].answers, own.to_vec());
    assert_eq!(p[0].version, 1);
}

/// Issue 14, hole 8: every change of a move's agreed answer is kept with who
/// changed it and when, written with the change (and its audit entry) or not
/// at all, read newest first a page at a time, and sealed by organisation.
pub async fn the_agreed_version_keeps_its_history(store: &dyn Store) {
    let s = scene(store, "a").await;
    let (org, by) = (s.org.id, s.by);
    let at = |secs: i64| T0.plus_seconds(secs);
    let first = [
        answer(
            "basics.housing",
            AnswerStatus::InPlace,
            Some("the flat is fine"),
        ),
        answer("basics.money", AnswerStatus::Partly, None),
    ];
    let save_at = |version, answers, secs| CompartmentSave {
        version,
        compartment: "basics",
        answers,
        at: at(secs),
    };
    assert_eq!(
        store
            .save_agreed_answers(
                org,
                s.check.id,
                &save_at(0, &first, 10),
                s.worker.id,
                &audit(&s.org, by, "agreed")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    // The young person changes one move and leaves the other as it was.
    let second = [
        answer(
            "basics.housing",
            AnswerStatus::NotYet,
            Some("the heating broke"),
        ),
        answer("basics.money", AnswerStatus::Partly, None),
    ];
    assert_eq!(
        store
            .save_agreed_answers(
                org,
                s.check.id,
                &save_at(1, &second, 20),
                s.young.id,
                &audit(&s.org, by, "agreed")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    // A stale save keeps nothing in the history either.
    assert_eq!(
        store
            .save_agreed_answers(
                org,
                s.check.id,
                &save_at(1, &[], 30),
                s.worker.id,
                &audit(&s.org, by, "agreed")
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    // Then the practitioner leaves money for now: a change to nothing.
    let third = [answer(
        "basics.housing",
        AnswerStatus::NotYet,
        Some("the heating broke"),
    )];
    store
        .save_agreed_answers(
            org,
            s.check.id,
            &save_at(2, &third, 40),
            s.worker.id,
            &audit(&s.org, by, "agreed"),
        )
        .await
        .unwrap();

    let history = store
        .agreed_changes_of_check(org, s.check.id, None, 50)
        .await
        .unwrap();
    let seen: Vec<(i64, &str, _, _, _)> = history
        .iter()
        .map(|c| (c.version, c.move_id.as_str(), c.by, c.at, c.check_id))
        .collect();
    assert_eq!(
        seen,
        [
            (3, "basics.money", s.worker.id, at(40), s.check.id),
            (2, "basics.housing", s.young.id, at(20), s.check.id),
            (1, "basics.housing", s.worker.id, at(10), s.check.id),
            (1, "basics.money", s.worker.id, at(10), s.check.id),
        ],
        "newest first, only what changed"
    );
    assert_eq!(history[0].before, Some(first[1].clone()));
    assert_eq!(history[0].after, None);
    assert_eq!(
        history[1].before,
        Some(first[0].clone()),
        "what was agreed first is kept"
    );
    assert_eq!(history[1].after, Some(second[0].clone()));
    assert_eq!(history[2].before, None);
    assert_eq!(history[2].after, Some(first[0].clone()));
    assert!(history.iter().all(|c| c.org_id == org));

    // A page at a time, from where the last one stopped.
    let page = store
        .agreed_changes_of_check(org, s.check.id, None, 2)
        .await
        .unwrap();
    assert_eq!(page, history[..2]);
    let cursor = AgreedChangeCursor::after(&page[1]);
    let rest = store
        .agreed_changes_of_check(org, s.check.id, Some(&cursor), 2)
        .await
        .unwrap();
    assert_eq!(rest, history[2..]);
    let cursor = AgreedChangeCursor::after(&history[2]);
    let last = store
        .agreed_changes_of_check(org, s.check.id, Some(&cursor), 2)
        .await
        .unwrap();
    assert_eq!(last, history[3..]);

    // Another organisation naming this check reads nothing.
    let b = scene(store, "b").await;
    assert!(
        store
            .agreed_changes_of_check(b.org.id, s.check.id, None, 50)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .agreed_changes_of_check(org, b.check.id, None, 50)
            .await
            .unwrap()
            .is_empty()
    );
}

pub async fn checks_are_sealed_by_organisation(store: &dyn Store) {
    let a = scene(store, "a").await;
    let b = scene(store, "b").await;
    let hers = Perspective::start(PerspectiveId::new(), &a.check, Byline::own(a.young.id), T0);
    store
        .create_perspective(&hers, &audit(&a.org, a.by, "perspective"))
        .await
        .unwrap();
    // B names A's check, circle and perspective: nothing there.
    assert_eq!(store.check(b.org.id, a.check.id).await.unwrap(), None);
    assert!(
        store
            .checks_of_circle(b.org.id, a.check.circle_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .perspectives_of_check(b.org.id, a.check.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .perspectives_of_circle(b.org.id, a.check.circle_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .perspective_heads_of_circle(b.org.id, a.check.circle_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .perspectives_by_author_in_circle(b.org.id, a.check.circle_id, a.young.id)
            .await
            .unwrap()
            .is_empty()
    );
    let one = [answer("basics.housing", AnswerStatus::InPlace, None)];
    assert_eq!(
        store
            .save_perspective_answers(
                b.org.id,
                hers.id,
                &save(0, "basics", &one),
                &audit(&b.org, b.by, "x")
            )
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(
        store
            .share_perspective(
                b.org.id,
                hers.id,
                0,
                Audience::WholeCircle,
                T0,
                &audit(&b.org, b.by, "x")
            )
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(
        store
            .save_agreed_answers(
                b.org.id,
                a.check.id,
                &save(0, "basics", &one),
                b.worker.id,
                &audit(&b.org, b.by, "x")
            )
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(logged(store, &b.org).await, 1, "only B's own start");
    let p = store
        .perspectives_of_check(a.org.id, a.check.id)
        .await
        .unwrap();
    assert!(p[0].answers.is_empty() && p[0].is_draft());
}

pub async fn perspectives_shared_are_read_over_all_of_a_persons_circles(store: &dyn Store) {
    let a = scene(store, "a").await;
    let b = scene(store, "b").await;
    let t = |s: i64| T0.plus_seconds(s);
    let shared_early =
        Perspective::start(PerspectiveId::new(), &a.check, Byline::own(a.young.id), T0);
    let draft = Perspective::start(PerspectiveId::new(), &a.check, Byline::own(a.worker.id), T0);
    let in_b = Perspective::start(PerspectiveId::new(), &b.check, Byline::own(b.young.id), T0);
    for (s, p) in [(&a, &shared_early), (&a, &draft), (&b, &in_b)] {
        store
            .create_perspective(p, &audit(&s.org, s.by, "perspective"))
            .await
            .unwrap();
    }
    for (s, p, at) in [(&a, &shared_early, t(60)), (&b, &in_b, t(60))] {
        assert_eq!(
            store
                .share_perspective(
                    s.org.id,
                    p.id,
                    0,
                    Audience::WholeCircle,
                    at,
                    &audit(&s.org, s.by, "share")
                )
                .await
                .unwrap(),
            VersionedWrite::Done
        );
    }
    let ids = |ps: Vec<Perspective>| -> Vec<PerspectiveId> { ps.iter().map(|p| p.id).collect() };
    let all = store
        .perspectives_shared_in_circles_of_user(a.org.id, a.by, None, 100)
        .await
        .unwrap();
    assert_eq!(all.len(), 1, "never a draft, nor another organisation's");
    assert_eq!(all[0].id, shared_early.id);
    assert_eq!(all[0].shared_at, Some(t(60)));
    assert!(all[0].answers.is_empty(), "answers are left out");
    // Shared later: new since the first share, the newest first.
    assert_eq!(
        store
            .share_perspective(
                a.org.id,
                draft.id,
                0,
                Audience::Practitioners,
                t(120),
                &audit(&a.org, a.by, "share")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        ids(store
            .perspectives_shared_in_circles_of_user(a.org.id, a.by, Some(t(60)), 100)
            .await
            .unwrap()),
        [draft.id]
    );
    assert_eq!(
        ids(store
            .perspectives_shared_in_circles_of_user(a.org.id, a.by, None, 100)
            .await
            .unwrap()),
        [draft.id, shared_early.id]
    );
    // B's practitioner is in no circle of A.
    assert!(
        store
            .perspectives_shared_in_circles_of_user(a.org.id, b.by, None, 100)
            .await
            .unwrap()
            .is_empty()
    );
}

/// A short check keeps the moves its author picked, read back in order, with
/// the same stale rule as every other save, and never touches an answer.
pub async fn a_short_check_keeps_the_moves_picked(store: &dyn Store) {
    let a = scene(store, "a").await;
    let b = scene(store, "b").await;
    let mut p = Perspective::start(PerspectiveId::new(), &a.check, Byline::own(a.young.id), T0);
    let picked = vec![
        MoveId::parse("basics.housing").unwrap(),
        MoveId::parse("coping.calm").unwrap(),
    ];
    p.chosen = Some(picked[..1].to_vec());
    store
        .create_perspective(&p, &audit(&a.org, a.by, "perspective"))
        .await
        .unwrap();
    let read = |org| async move {
        store
            .perspectives_of_check(org, a.check.id)
            .await
            .unwrap()
            .into_iter()
            .find(|x| x.id == p.id)
    };
    assert_eq!(
        read(a.org.id).await.unwrap().chosen,
        Some(picked[..1].to_vec())
    );
    let one = [answer("basics.housing", AnswerStatus::Partly, None)];
    assert_eq!(
        store
            .save_perspective_answers(
                a.org.id,
                p.id,
                &save(0, "basics", &one),
                &audit(&a.org, a.by, "x")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let choose = |org, version, chosen: Option<Vec<MoveId>>| {
        let entry = audit(&a.org, a.by, "moves_chosen");
        async move {
            store
                .choose_perspective_moves(
                    org,
                    p.id,
                    version,
                    chosen.as_deref(),
                    T0.plus_seconds(5),
                    &entry,
                )
                .await
                .unwrap()
        }
    };
    let two = Some(picked.clone());
    // Another organisation's id, and a stale version, change nothing.
    assert_eq!(
        choose(b.org.id, 1, two.clone()).await,
        VersionedWrite::NotFound
    );
    assert_eq!(
        choose(a.org.id, 0, two.clone()).await,
        VersionedWrite::Stale
    );
    assert_eq!(choose(a.org.id, 1, two.clone()).await, VersionedWrite::Done);
    let now = read(a.org.id).await.unwrap();
    assert_eq!(now.chosen, two);
    assert_eq!(now.version, 2);
    assert_eq!(now.answers, one.to_vec(), "answers are not touched");
    // Back to every move.
    assert_eq!(choose(a.org.id, 2, None).await, VersionedWrite::Done);
    let now = read(a.org.id).await.unwrap();
    assert_eq!(now.chosen, None);
    assert_eq!(now.answers, one.to_vec());
}

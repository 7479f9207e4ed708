//! Stories of the plan store: plans read back whole (body and all), sealed by
//! organisation and circle, saved only against the version they were read at,
//! listed for the home page, remembering who changed them last, and the
//! organisation's switch for goals.

use super::circle_scene::{Extras, circle, circle_with};
use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, member, org, person};
use moves_core::home::home_facts;
use moves_domain::circle::{Audience, Byline, Circle, CircleMember, Closing};
use moves_domain::framework::{Category, FrameworkId, FrameworkVersion, MoveId};
use moves_domain::ids::{ActionId, GoalId, PlanEntryId, PlanId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_domain::permission::Actor;
use moves_domain::plan::{
    Action, ActionState, ActionUpdate, CategoryOrigin, Day, Goal, Plan, PlanBody, Rating,
    ServiceKind, Stuck, TruthNote, Who,
};
use moves_domain::team::Team;
use moves_store::{Store, StoreError, VersionedWrite};

fn audit(org: &Organisation, by: UserId, subject: &str, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::PlanChanged,
    )
    .subject(subject.to_owned())
    .detail(detail)
}

async fn logged(store: &dyn Store, org: &Organisation) -> usize {
    let mut q = AuditQuery::new(AuditScope::Organisation(org.id));
    q.action = Some(AuditAction::PlanChanged);
    store.list_audit(&q).await.unwrap().len()
}

fn plan(c: &Circle, worker: &CircleMember, young: &CircleMember, due: &str) -> Plan {
    let goal = GoalId::new();
    let byline = Byline::with(worker, young).unwrap();
    Plan {
        id: PlanId::new(),
        org_id: c.org_id,
        circle_id: c.id,
        framework: FrameworkVersion {
            edition: FrameworkId::parse("resilience-framework-cyp").unwrap(),
            adaptation_version: 3,
        },
        audience: Audience::WholeCircle,
        byline,
        body: PlanBody {
            focus: vec![
                MoveId::parse("basics.housing").unwrap(),
                MoveId::parse("coping.brave").unwrap(),
            ],
            // What already works, kept whole and in order.
            keep_going: vec![
                MoveId::parse("learning.school").unwrap(),
                MoveId::parse("belonging.friends").unwrap(),
            ],
            truths: vec![TruthNote {
                truth: "accepting".into(),
                text: "Zoë 🌈 says: «it's hard»\nnew line".into(),
            }],
            actions: vec![
                Action {
                    id: ActionId::new(),
                    move_id: MoveId::parse("basics.housing").unwrap(),
                    what: "Ring the housing office".into(),
                    who: Who::Other("Mr Pätel".into()),
                    by_when: Day::from_iso("2025-12-01").unwrap(),
                    category: Some(Category::Housing),
                    category_origin: CategoryOrigin::Chosen,
                    // Stuck on a service, kept whole (kind and name).
                    stuck: Some(Stuck {
                        service: ServiceKind::SocialCare,
                        name: "Children's services — North «team»".into(),
                    }),
                    added_by: worker.id,
                    added_at: T0,
                    updates: vec![ActionUpdate {
                        id: PlanEntryId::new(),
                        state: ActionState::Changed,
                        comment: "Emailed".into(),
                        by: young.id,
                        at: T0,
                    }],
                },
                // Filled in from the move by an earlier version: kept as such.
                Action {
                    id: ActionId::new(),
                    move_id: MoveId::parse("basics.housing").unwrap(),
                    what: "Fix the damp".into(),
                    who: Who::Member(young.id),
                    by_when: Day::from_iso("2025-12-02").unwrap(),
                    category: Some(Category::Housing),
                    category_origin: CategoryOrigin::AutoFilled,
                    stuck: None,
                    added_by: worker.id,
                    added_at: T0,
                    updates: vec![],
                },
            ],
            goals: vec![Goal {
                id: goal,
                byline,
                text: "Sleep better".into(),
                set_at: T0,
                ratings: vec![Rating {
                    id: PlanEntryId::new(),
                    score: 3,
                    byline,
                    at: T0,
                    review: None,
                }],
            }],
            reviews: vec![],
        },
        review_due: Day::from_iso(due).unwrap(),
        closed: false,
        created_at: T0,
        updated_at: T0,
        updated_by: None,
        version: 1,
    }
}

pub async fn plans_are_created_and_read_back_whole(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    let first = plan(&c, &worker, &young, "2026-01-15");
    store
        .create_plan(&first, &audit(&a, sam.id, &first.id.to_string(), "created"))
        .await
        .unwrap();
    let read = store.plan(a.id, c.id, first.id).await.unwrap().unwrap();
    assert_eq!(read, first);
    assert!(read.byline.is_on_behalf());

    // The same form sent twice: refused, nothing more written.
    let again = store
        .create_plan(&first, &audit(&a, sam.id, &first.id.to_string(), "created"))
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    assert_eq!(logged(store, &a).await, 1);

    let mut second = plan(&c, &worker, &young, "2026-02-01");
    second.created_at = T0.plus_seconds(60);
    second.audience = Audience::OnlyMe;
    store
        .create_plan(
            &second,
            &audit(&a, sam.id, &second.id.to_string(), "created"),
        )
        .await
        .unwrap();
    let all = store.plans_of_circle(a.id, c.id).await.unwrap();
    let ids: Vec<PlanId> = all.iter().map(|p| p.id).collect();
    assert_eq!(ids, [second.id, first.id], "newest first");
    assert_eq!(all[0].audience, Audience::OnlyMe);
}

pub async fn plans_are_sealed_by_organisation_and_circle(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &b, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    let (other, _, _) = circle(store, &a, sam.id).await;
    let p = plan(&c, &worker, &young, "2026-01-15");
    store
        .create_plan(&p, &audit(&a, sam.id, &p.id.to_string(), "created"))
        .await
        .unwrap();
    assert_eq!(store.plan(b.id, c.id, p.id).await.unwrap(), None);
    assert_eq!(store.plan(a.id, other.id, p.id).await.unwrap(), None);
    assert!(store.plans_of_circle(b.id, c.id).await.unwrap().is_empty());
    assert!(
        store
            .plans_of_circle(a.id, other.id)
            .await
            .unwrap()
            .is_empty()
    );
    // A save naming another organisation finds nothing and writes nothing.
    let mut elsewhere = p.clone();
    elsewhere.org_id = b.id;
    let outcome = store
        .save_plan(&elsewhere, 1, &audit(&b, sam.id, "x", "edited"))
        .await
        .unwrap();
    assert_eq!(outcome, VersionedWrite::NotFound);
    assert_eq!(
        store.plan(a.id, c.id, p.id).await.unwrap().unwrap().version,
        1
    );
    assert_eq!(logged(store, &b).await, 0);
}

pub async fn a_stale_plan_save_changes_nothing(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    let p = plan(&c, &worker, &young, "2026-01-15");
    store
        .create_plan(&p, &audit(&a, sam.id, &p.id.to_string(), "created"))
        .await
        .unwrap();

    // Two people read version 1; the first to save wins.
    let mut mine = p.clone();
    mine.body.truths[0].text = "Mine".into();
    mine.review_due = Day::from_iso("2026-03-01").unwrap();
    mine.updated_at = T0.plus_seconds(5);
    let mut theirs = p.clone();
    theirs.body.truths[0].text = "Theirs".into();
    theirs.closed = true;
    let first = store
        .save_plan(&mine, 1, &audit(&a, sam.id, &p.id.to_string(), "edited"))
        .await
        .unwrap();
    let second = store
        .save_plan(&theirs, 1, &audit(&a, sam.id, &p.id.to_string(), "edited"))
        .await
        .unwrap();
    assert_eq!(
        (first, second),
        (VersionedWrite::Done, VersionedWrite::Stale)
    );
    let read = store.plan(a.id, c.id, p.id).await.unwrap().unwrap();
    assert_eq!(read.version, 2);
    assert_eq!(read.body.truths[0].text, "Mine");
    assert_eq!(read.review_due.as_iso(), "2026-03-01");
    assert_eq!(read.updated_at, T0.plus_seconds(5));
    assert!(!read.closed);
    assert_eq!(logged(store, &a).await, 2, "created, and one save");

    let mut unknown = p.clone();
    unknown.id = PlanId::new();
    assert_eq!(
        store
            .save_plan(&unknown, 1, &audit(&a, sam.id, "x", "edited"))
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    // Closing it is a save like any other.
    let mut closed = read.clone();
    closed.closed = true;
    assert_eq!(
        store
            .save_plan(&closed, 2, &audit(&a, sam.id, &p.id.to_string(), "closed"))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert!(store.plan(a.id, c.id, p.id).await.unwrap().unwrap().closed);
}

pub async fn plans_remember_who_changed_them_last(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    let made = Plan {
        updated_by: Some(worker.id),
        ..plan(&c, &worker, &young, "2026-01-15")
    };
    store
        .create_plan(&made, &audit(&a, sam.id, &made.id.to_string(), "created"))
        .await
        .unwrap();
    let read = store.plan(a.id, c.id, made.id).await.unwrap().unwrap();
    assert_eq!(read.updated_by, Some(worker.id));

    // Zoë marks an action: the latest change is hers, on every read.
    let changed = Plan {
        updated_at: T0.plus_seconds(60),
        updated_by: Some(young.id),
        ..read
    };
    assert_eq!(
        store
            .save_plan(
                &changed,
                1,
                &audit(&a, sam.id, &made.id.to_string(), "marked")
            )
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let read = store.plan(a.id, c.id, made.id).await.unwrap().unwrap();
    assert_eq!(
        (read.updated_by, read.updated_at),
        (Some(young.id), T0.plus_seconds(60))
    );
    let home = store.open_plans_for_home(a.id, sam.id, 100).await.unwrap();
    assert_eq!(home.len(), 1);
    assert_eq!(home[0].updated_by, Some(young.id));

    // A plan last changed by someone unknown stays so.
    let unknown = plan(&c, &worker, &young, "2026-02-01");
    assert_eq!(unknown.updated_by, None);
    store
        .create_plan(
            &unknown,
            &audit(&a, sam.id, &unknown.id.to_string(), "created"),
        )
        .await
        .unwrap();
    let read = store.plan(a.id, c.id, unknown.id).await.unwrap().unwrap();
    assert_eq!(read.updated_by, None);
    assert_eq!(read, unknown);
}

/// Migration 0018 began recording who changed a plan last. `upgrade` takes
/// the database back to before it (the column dropped, the migration not yet
/// applied) and migrates again, as an installation upgrading would. A plan
/// never changed since it was made was last changed by whoever typed it; one
/// changed since then was changed by someone unknown, so it stays news.
pub async fn plans_from_before_0018_are_given_who_changed_them<F: AsyncFnOnce()>(
    store: &dyn Store,
    upgrade: F,
) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    // Typed by the worker with Zoë; typed by Zoë herself; changed since made.
    let typed_with = plan(&c, &worker, &young, "2026-01-15");
    let own = Plan {
        byline: Byline::own(young.id),
        ..plan(&c, &worker, &young, "2026-01-16")
    };
    let changed = Plan {
        updated_at: T0.plus_seconds(60),
        ..plan(&c, &worker, &young, "2026-01-17")
    };
    for p in [&typed_with, &own, &changed] {
        store
            .create_plan(p, &audit(&a, sam.id, &p.id.to_string(), "created"))
            .await
            .unwrap();
    }
    upgrade().await;
    let by = async |p: &Plan| {
        let read = store.plan(a.id, c.id, p.id).await.unwrap().unwrap();
        read.updated_by
    };
    assert_eq!(by(&typed_with).await, Some(worker.id), "who typed it");
    assert_eq!(by(&own).await, Some(young.id));
    assert_eq!(by(&changed).await, None, "changed by someone unknown");
}

pub async fn open_plans_for_home_are_those_of_a_persons_circles_and_teams(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let kim = person(store, "Kim", "kim@example.org").await;
    let boss = person(store, "Boss", "boss@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &kim, Role::Practitioner).await;
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
    let (c, worker, young) = circle_with(
        store,
        &a,
        sam.id,
        Extras {
            team: Some(north.id),
            ..Extras::default()
        },
    )
    .await;
    let (closing_circle, w2, y2) = circle(store, &a, sam.id).await;
    let (kims, w3, y3) = circle(store, &a, kim.id).await;
    let make = |c: &Circle, w: &CircleMember, y: &CircleMember, due: &str| plan(c, w, y, due);
    let due_soon = make(&c, &worker, &young, "2026-01-10");
    let due_first = make(&c, &worker, &young, "2026-01-05");
    let later = make(&c, &worker, &young, "2026-02-01");
    let mut done = make(&c, &worker, &young, "2026-01-01");
    done.closed = true;
    let in_closed_circle = make(&closing_circle, &w2, &y2, "2026-01-01");
    let kims_plan = make(&kims, &w3, &y3, "2026-01-01");
    for p in [
        &due_soon,
        &due_first,
        &later,
        &done,
        &in_closed_circle,
        &kims_plan,
    ] {
        store
            .create_plan(p, &audit(&a, sam.id, &p.id.to_string(), "created"))
            .await
            .unwrap();
    }
    let closed = store
        .close_circle(
            a.id,
            closing_circle.id,
            1,
            &Closing {
                by: sam.id,
                at: T0,
                reflection: "Done".into(),
            },
            &audit(&a, sam.id, "c", "closed"),
        )
        .await
        .unwrap();
    assert_eq!(closed, VersionedWrite::Done);

    let ids = |plans: Vec<Plan>| -> Vec<PlanId> { plans.iter().map(|p| p.id).collect() };
    let in_c = [due_first.id, due_soon.id, later.id];
    assert_eq!(
        ids(store.open_plans_for_home(a.id, sam.id, 100).await.unwrap()),
        in_c,
        "open plans of open circles, soonest review first"
    );
    assert_eq!(
        ids(store.open_plans_for_home(a.id, boss.id, 100).await.unwrap()),
        in_c,
        "a manager of the circle's team, not in it"
    );
    assert_eq!(
        ids(store.open_plans_for_home(a.id, kim.id, 100).await.unwrap()),
        [kims_plan.id],
        "only the circles Kim is in"
    );
    // The home page's facts keep only the plans something due points to, so
    // no plan its reader may not open ever leaves core.
    let actor = |user: UserId, role: Role| Actor {
        user: Some(user),
        installation_admin: false,
        org: Some(a.id),
        roles: vec![role],
    };
    let today = Day::from_iso("2026-01-08").unwrap();
    let facts = home_facts(store, &actor(sam.id, Role::Practitioner), None, today)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        ids(facts.plans),
        [due_first.id, due_soon.id],
        "not the one due in February"
    );
    let facts = home_facts(store, &actor(boss.id, Role::Manager), None, today)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !facts.due.is_empty(),
        "an overdue review in the team's circle"
    );
    assert!(
        facts.plans.is_empty(),
        "a manager outside the circle is told of it, never given the plan"
    );
    let b = org(store, "B").await;
    assert!(
        store
            .open_plans_for_home(b.id, sam.id, 100)
            .await
            .unwrap()
            .is_empty()
    );
}

pub async fn goals_are_off_until_an_organisation_switches_them_on(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let admin = person(store, "Ada", "ada@example.org").await;
    member(store, &a, &admin, Role::OrgAdmin).await;
    assert!(!store.goals_enabled(a.id).await.unwrap());
    store
        .set_goals_enabled(a.id, true, &audit(&a, admin.id, "goals", "on"))
        .await
        .unwrap();
    assert!(store.goals_enabled(a.id).await.unwrap());
    assert!(!store.goals_enabled(b.id).await.unwrap(), "B is untouched");
    store
        .set_goals_enabled(a.id, false, &audit(&a, admin.id, "goals", "off"))
        .await
        .unwrap();
    assert!(!store.goals_enabled(a.id).await.unwrap());
    assert_eq!(logged(store, &a).await, 2);
}

/// Plan entries through core's use case on this backend: the server makes
/// each entry's id and binds the form's one-use key to it, so the same form
/// sent twice, one after the other or at once, saves one entry and one
/// `plan_changed` entry. (A key of the wrong shape is refused before the
/// store is written: `crates/web/tests/plans_ids.rs`.)
pub async fn plan_entries_sent_twice_are_saved_once(shared: std::sync::Arc<dyn Store>) {
    use moves_core::Ctx;
    use moves_core::form_key::FormKey;
    use moves_core::plan::change::{ActionDraft, PlanChange, change};
    use moves_domain::clock::FixedClock;
    use moves_domain::framework::Catalogue;
    use std::sync::Arc;

    let store: &dyn Store = &*shared;
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let (c, worker, young) = circle(store, &a, sam.id).await;
    let p = plan(&c, &worker, &young, "2026-01-15");
    store
        .create_plan(&p, &audit(&a, sam.id, &p.id.to_string(), "created"))
        .await
        .unwrap();
    let ctx = Ctx::new(shared.clone(), Arc::new(FixedClock::at(T0)));
    let sams = Actor {
        user: Some(sam.id),
        installation_admin: false,
        org: Some(a.id),
        roles: vec![Role::Practitioner],
    };
    // Only a refused change shows the framework's words: none is needed here.
    let catalogue = Catalogue::default();
    let add = |key| {
        PlanChange::AddAction(
            key,
            ActionDraft {
                move_id: "coping.brave",
                what: "Ring the school",
                who: "other",
                other: "Gran",
                by_when: "2025-12-01",
                category: "none",
                stuck: "",
                service: "",
                service_name: "",
            },
        )
    };
    let send = |what| change(&ctx, &sams, &catalogue, c.id, p.id, what);
    let actions = async || store.plan(a.id, c.id, p.id).await.unwrap().unwrap();
    let before = p.body.actions.len();

    // One after the other.
    let key = FormKey::new().unwrap();
    for _ in 0..2 {
        let done = send(add(key.as_str())).await.unwrap();
        assert_eq!(done.detail, "action_added");
    }
    let now = actions().await;
    assert_eq!(now.body.actions.len(), before + 1, "saved once");
    assert_eq!(logged(store, &a).await, 2, "created, and one action");
    let made = now.body.actions[before].id;

    // At once.
    let key = FormKey::new().unwrap();
    let (one, two) = futures::join!(send(add(key.as_str())), send(add(key.as_str())));
    assert_eq!(one.unwrap().detail, "action_added");
    assert_eq!(two.unwrap().detail, "action_added");
    let now = actions().await;
    assert_eq!(now.body.actions.len(), before + 2, "saved once");
    assert_eq!(logged(store, &a).await, 3);
    assert_ne!(now.body.actions[before + 1].id, made, "a new id per key");

    // Marking, at once: one marking.
    let action = made.to_string();
    let mark = |key| PlanChange::MarkAction {
        key,
        action: &action,
        state: "done",
        comment: "Rang them",
    };
    let key = FormKey::new().unwrap();
    let (one, two) = futures::join!(send(mark(key.as_str())), send(mark(key.as_str())));
    assert_eq!(one.unwrap().detail, "action_marked");
    assert_eq!(two.unwrap().detail, "action_marked");
    let now = actions().await;
    assert_eq!(now.body.actions[before].updates.len(), 1, "marked once");
    assert_eq!(logged(store, &a).await, 4);
}

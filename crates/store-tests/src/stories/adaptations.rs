//! Stories of the adaptation store: an organisation's versions of the
//! framework, appended and never rewritten.

use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, org, person};
use moves_core::framework::adaptation::framework_in_force;
use moves_domain::framework::adaptation::{
    Adaptation, Change, ChangeKind, FrameworkVersion, SaveOutcome, SavedAdaptation,
};
use moves_domain::framework::{Catalogue, Category, FrameworkId, LoadOptions};
use moves_domain::ids::{OrgId, UserId};
use moves_store::Store;
use std::path::Path;

const EDITION: &str = "resilience-framework-cyp";

/// The framework files shipped in the repository.
fn catalogue() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    Catalogue::load_dir(&dir, LoadOptions::default()).unwrap()
}

fn first() -> Adaptation {
    Adaptation::initial(FrameworkId::parse(EDITION).unwrap())
}

fn saved(
    org: OrgId,
    adaptation: &Adaptation,
    by: Option<UserId>,
    kind: ChangeKind,
) -> SavedAdaptation {
    SavedAdaptation {
        org_id: org,
        adaptation: adaptation.clone(),
        change: Change::new(kind, Some("basics.housing".to_owned())),
        saved_by: by,
        saved_at: T0.plus_seconds(i64::from(adaptation.version)),
    }
}

fn audit(org: OrgId, version: u32) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        T0,
        None,
        AuditAction::FrameworkAdapted,
    )
    .subject(version.to_string())
}

async fn save(store: &dyn Store, s: &SavedAdaptation) -> SaveOutcome {
    store
        .save_adaptation(s, &audit(s.org_id, s.adaptation.version))
        .await
        .unwrap()
}

async fn audited_versions(store: &dyn Store, org: OrgId) -> Vec<String> {
    let mut q = AuditQuery::new(AuditScope::Organisation(org));
    q.action = Some(AuditAction::FrameworkAdapted);
    let mut v: Vec<String> = store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|e| e.subject)
        .collect();
    v.sort();
    v
}

pub async fn adaptation_versions_are_kept_and_read_back(store: &dyn Store) {
    let c = catalogue();
    let base = c.framework(EDITION).unwrap();
    let a = org(store, "A").await;
    let admin = person(store, "Admin", "admin@example.org").await;
    assert_eq!(store.latest_adaptation(a.id).await.unwrap(), None);
    assert!(
        store
            .adaptation_history(a.id, None, 100)
            .await
            .unwrap()
            .is_empty()
    );

    let mut v1 = first().next();
    v1.reword(
        base,
        "basics.housing",
        "Un hogar seguro \u{1F3E0}",
        "Línea uno\nlínea dos",
    )
    .unwrap();
    v1.add_local_move(
        base,
        "coping",
        "Música = \"joy\"",
        "",
        Some(Category::Other),
    )
    .unwrap();
    v1.credit("Ζωή and the Tuesday group").unwrap();
    let s1 = saved(a.id, &v1, Some(admin.id), ChangeKind::Reworded);
    assert_eq!(save(store, &s1).await, SaveOutcome::Saved);

    let mut v2 = v1.next();
    v2.set_hidden(base, "basics.money", true).unwrap();
    v2.accept_overlay(c.overlay("cyp-young-people-example"), true)
        .unwrap();
    let s2 = saved(a.id, &v2, None, ChangeKind::Hidden);
    assert_eq!(save(store, &s2).await, SaveOutcome::Saved);

    assert_eq!(
        store.latest_adaptation(a.id).await.unwrap(),
        Some(s2.clone())
    );
    assert_eq!(store.adaptation_version(a.id, 1).await.unwrap(), Some(s1));
    assert_eq!(store.adaptation_version(a.id, 2).await.unwrap(), Some(s2));
    assert_eq!(store.adaptation_version(a.id, 3).await.unwrap(), None);
    let history = store.adaptation_history(a.id, None, 100).await.unwrap();
    let lines: Vec<(u32, Option<&str>, ChangeKind, Option<UserId>)> = history
        .iter()
        .map(|h| (h.version, h.overlay.as_deref(), h.change.kind, h.saved_by))
        .collect();
    assert_eq!(
        lines,
        [
            (
                2,
                v2.overlay.as_ref().map(|o| o.as_str()),
                ChangeKind::Hidden,
                None
            ),
            (1, None, ChangeKind::Reworded, Some(admin.id)),
        ]
    );
    assert!(history.iter().all(|h| h.edition == EDITION));
    // A page at a time: the newest, then those older than it.
    let newest = store.adaptation_history(a.id, None, 1).await.unwrap();
    assert_eq!(newest.iter().map(|h| h.version).collect::<Vec<_>>(), [2]);
    let older = store.adaptation_history(a.id, Some(2), 1).await.unwrap();
    assert_eq!(older.iter().map(|h| h.version).collect::<Vec<_>>(), [1]);
    assert!(
        store
            .adaptation_history(a.id, Some(1), 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(audited_versions(store, a.id).await, ["1", "2"]);
}

pub async fn adaptations_are_sealed_by_organisation(store: &dyn Store) {
    let c = catalogue();
    let base = c.framework(EDITION).unwrap();
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let mut v1 = first().next();
    v1.reword(base, "basics.housing", "Only A says this", "")
        .unwrap();
    assert_eq!(
        save(store, &saved(a.id, &v1, None, ChangeKind::Reworded)).await,
        SaveOutcome::Saved
    );
    assert_eq!(store.latest_adaptation(b.id).await.unwrap(), None);
    assert_eq!(store.adaptation_version(b.id, 1).await.unwrap(), None);
    assert!(
        store
            .adaptation_history(b.id, None, 100)
            .await
            .unwrap()
            .is_empty()
    );
    // B's first version is its own version 1, not a conflict with A's.
    let b1 = first().next();
    assert_eq!(
        save(store, &saved(b.id, &b1, None, ChangeKind::Adopted)).await,
        SaveOutcome::Saved
    );
    let a_latest = store.latest_adaptation(a.id).await.unwrap().unwrap();
    assert_eq!(a_latest.adaptation, v1);
    assert_eq!(
        store
            .latest_adaptation(b.id)
            .await
            .unwrap()
            .unwrap()
            .adaptation,
        b1
    );
}

pub async fn a_stale_adaptation_version_is_refused(store: &dyn Store) {
    let c = catalogue();
    let base = c.framework(EDITION).unwrap();
    let a = org(store, "A").await;
    // Version 2 before version 1: refused.
    let skipped = first().next().next();
    assert_eq!(
        save(store, &saved(a.id, &skipped, None, ChangeKind::Adopted)).await,
        SaveOutcome::Stale { latest: 0 }
    );
    let v1 = first().next();
    assert_eq!(
        save(store, &saved(a.id, &v1, None, ChangeKind::Adopted)).await,
        SaveOutcome::Saved
    );
    // Two people changed version 1 at once: the second is told, and nothing of
    // theirs is written.
    let mut mine = v1.next();
    mine.reword(base, "basics.housing", "Mine", "").unwrap();
    let mut theirs = v1.next();
    theirs.reword(base, "basics.housing", "Theirs", "").unwrap();
    assert_eq!(
        save(store, &saved(a.id, &mine, None, ChangeKind::Reworded)).await,
        SaveOutcome::Saved
    );
    assert_eq!(
        save(store, &saved(a.id, &theirs, None, ChangeKind::Reworded)).await,
        SaveOutcome::Stale { latest: 2 }
    );
    assert_eq!(
        store
            .latest_adaptation(a.id)
            .await
            .unwrap()
            .unwrap()
            .adaptation,
        mine
    );
    assert_eq!(audited_versions(store, a.id).await, ["1", "2"]);

    // At the same moment, on any number of connections: exactly one lands.
    let tries: Vec<SavedAdaptation> = (0..4)
        .map(|i| {
            let mut next = mine.next();
            next.credit(&format!("Group {i}")).unwrap();
            saved(a.id, &next, None, ChangeKind::Credited)
        })
        .collect();
    let outcomes = futures::future::join_all(tries.iter().map(|s| save(store, s))).await;
    let landed: Vec<&SavedAdaptation> = tries
        .iter()
        .zip(&outcomes)
        .filter(|(_, o)| **o == SaveOutcome::Saved)
        .map(|(s, _)| s)
        .collect();
    assert_eq!(landed.len(), 1, "{outcomes:?}");
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o, SaveOutcome::Saved | SaveOutcome::Stale { latest: 3 })),
        "{outcomes:?}"
    );
    assert_eq!(
        store.latest_adaptation(a.id).await.unwrap().as_ref(),
        Some(landed[0])
    );
    assert_eq!(audited_versions(store, a.id).await, ["1", "2", "3"]);
}

pub async fn old_adaptation_versions_read_with_their_own_wording(store: &dyn Store) {
    let c = catalogue();
    let base = c.framework(EDITION).unwrap();
    let a = org(store, "A").await;
    let published = base.move_by_id("basics.housing").unwrap().label.clone();
    let edition = FrameworkId::parse(EDITION).unwrap();
    // A record made before any adaptation, and one made with version 1.
    let record_0 = FrameworkVersion {
        edition: edition.clone(),
        adaptation_version: 0,
    };
    let mut v1 = first().next();
    v1.reword(base, "basics.housing", "A safe home", "")
        .unwrap();
    let local = v1
        .add_local_move(base, "belonging", "Our allotment", "", None)
        .unwrap();
    save(store, &saved(a.id, &v1, None, ChangeKind::Reworded)).await;
    let record_1 = c.adapted(&v1).unwrap().version;

    // Later the organisation rewords again and hides both moves.
    let mut v2 = v1.next();
    v2.reword(base, "basics.housing", "Somewhere to live", "")
        .unwrap();
    v2.set_hidden(base, "basics.housing", true).unwrap();
    v2.set_hidden(base, local.as_str(), true).unwrap();
    save(store, &saved(a.id, &v2, None, ChangeKind::Hidden)).await;

    let read = |v: FrameworkVersion| {
        let c = &c;
        async move { framework_in_force(store, c, a.id, &v).await.unwrap() }
    };
    let then_0 = read(record_0).await;
    assert_eq!(
        then_0
            .framework
            .move_by_id("basics.housing")
            .unwrap()
            .label
            .text,
        published
    );
    assert!(then_0.framework.move_by_id(local.as_str()).is_none());
    let then_1 = read(record_1).await;
    assert_eq!(
        then_1
            .framework
            .move_by_id("basics.housing")
            .unwrap()
            .label
            .text,
        "A safe home"
    );
    assert_eq!(
        then_1
            .framework
            .move_by_id(local.as_str())
            .unwrap()
            .label
            .text,
        "Our allotment"
    );
    assert!(then_1.hidden.is_empty());
    let now = read(FrameworkVersion {
        edition,
        adaptation_version: 2,
    })
    .await;
    assert_eq!(
        now.framework
            .move_by_id("basics.housing")
            .unwrap()
            .label
            .text,
        "Somewhere to live"
    );
    // Hidden, not deleted: still readable, no longer offered.
    assert!(now.framework.move_by_id(local.as_str()).is_some());
    assert!(
        !now.offered_moves_in("belonging")
            .iter()
            .any(|m| m.id == local)
    );
}

/// An organisation that adapted the edition before 2012 moves to the 2012
/// one, which replaces it: its rewording, hidden move and own move come along,
/// the move labels are the new edition's, and a record made before reads as
/// it was made.
pub async fn an_adaptation_moves_to_the_edition_that_replaces_its_own(store: &dyn Store) {
    let c = catalogue();
    let old = c.framework(EDITION).unwrap();
    let new = c.replacement_for(EDITION).unwrap();
    assert_eq!(new.id, "resilience-framework-cyp-2012");
    let a = org(store, "A").await;

    let mut v1 = first().next();
    v1.reword(old, "basics.housing", "A safe home", "").unwrap();
    v1.set_hidden(old, "basics.money", true).unwrap();
    let local = v1
        .add_local_move(old, "core_self", "Our allotment", "", None)
        .unwrap();
    save(store, &saved(a.id, &v1, None, ChangeKind::Reworded)).await;
    let before = c.adapted(&v1).unwrap().version;

    let now = store.latest_adaptation(a.id).await.unwrap().unwrap();
    let mut v2 = now.adaptation.next();
    v2.adopt(new).unwrap();
    assert_eq!(
        save(store, &saved(a.id, &v2, None, ChangeKind::Adopted)).await,
        SaveOutcome::Saved
    );
    let after = c.adapted(&v2).unwrap().version;
    assert_eq!(after.edition, "resilience-framework-cyp-2012");
    assert_eq!(after.adaptation_version, 2);

    let label = |fw: &moves_domain::framework::adaptation::AdaptedFramework, id: &str| {
        fw.framework.move_by_id(id).unwrap().label.text.clone()
    };
    let then = framework_in_force(store, &c, a.id, &before).await.unwrap();
    let moved = framework_in_force(store, &c, a.id, &after).await.unwrap();
    assert_eq!(label(&then, "core_self.know_self"), "Know themselves");
    assert_eq!(
        label(&moved, "core_self.know_self"),
        "Help them to know themselves"
    );
    for fw in [&then, &moved] {
        assert_eq!(label(fw, "basics.housing"), "A safe home");
        assert_eq!(label(fw, local.as_str()), "Our allotment");
        assert!(
            !fw.offered_moves_in("basics")
                .iter()
                .any(|m| m.id == "basics.money")
        );
    }
    let stored = store.latest_adaptation(a.id).await.unwrap().unwrap();
    assert_eq!(stored.adaptation, v2);
    assert_eq!(audited_versions(store, a.id).await, ["1", "2"]);
}

//! Stories of the privacy notice store: versions appended, never rewritten,
//! sealed by organisation; and who has read which version.

use super::{AuditAction, AuditEntry, AuditQuery, AuditScope, T0, org, person};
use moves_domain::privacy::PrivacyNotice;
use moves_store::Store;

fn audit(notice: &PrivacyNotice) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(notice.org_id),
        T0,
        notice.saved_by,
        AuditAction::PrivacyNoticeChanged,
    )
    .subject(notice.version.to_string())
}

pub async fn privacy_notices_are_versioned_and_sealed_by_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let admin = person(store, "Admin", "admin@example.org").await;
    assert_eq!(store.privacy_notice(a.id).await.unwrap(), None);

    let v1 = PrivacyNotice::next(a.id, 0, "We keep notes ✍️", "Wir…", admin.id, T0).unwrap();
    assert!(store.save_privacy_notice(&v1, &audit(&v1)).await.unwrap());
    assert_eq!(store.privacy_notice(a.id).await.unwrap(), Some(v1.clone()));
    assert_eq!(store.privacy_notice(b.id).await.unwrap(), None, "sealed");

    // Two administrators both editing version 1: the first save wins, the
    // second writes nothing (not even its audit entry).
    let first = PrivacyNotice::next(a.id, 1, "first", "first", admin.id, T0).unwrap();
    let second = PrivacyNotice::next(a.id, 1, "second", "second", admin.id, T0).unwrap();
    assert!(
        store
            .save_privacy_notice(&first, &audit(&first))
            .await
            .unwrap()
    );
    assert!(
        !store
            .save_privacy_notice(&second, &audit(&second))
            .await
            .unwrap()
    );
    let latest = store.privacy_notice(a.id).await.unwrap().unwrap();
    assert_eq!((latest.version, latest.standard.as_str()), (2, "first"));
    // A version that skips one is refused too.
    let skip = PrivacyNotice::next(a.id, 5, "x", "y", admin.id, T0).unwrap();
    assert!(
        !store
            .save_privacy_notice(&skip, &audit(&skip))
            .await
            .unwrap()
    );

    let mut q = AuditQuery::new(AuditScope::Organisation(a.id));
    q.action = Some(AuditAction::PrivacyNoticeChanged);
    let subjects: Vec<_> = store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|e| e.subject)
        .collect();
    assert_eq!(
        subjects.len(),
        2,
        "one entry per saved version: {subjects:?}"
    );
}

pub async fn privacy_notice_reads_are_kept_per_person_and_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let ann = person(store, "Ann", "ann@example.org").await;
    let bob = person(store, "Bob", "bob@example.org").await;
    assert_eq!(store.privacy_notice_read(a.id, ann.id).await.unwrap(), None);

    store
        .mark_privacy_notice_read(a.id, ann.id, 0, T0)
        .await
        .unwrap();
    store
        .mark_privacy_notice_read(a.id, ann.id, 0, T0)
        .await
        .unwrap();
    assert_eq!(
        store.privacy_notice_read(a.id, ann.id).await.unwrap(),
        Some(0)
    );
    store
        .mark_privacy_notice_read(a.id, ann.id, 3, T0)
        .await
        .unwrap();
    store
        .mark_privacy_notice_read(a.id, ann.id, 1, T0)
        .await
        .unwrap();
    assert_eq!(
        store.privacy_notice_read(a.id, ann.id).await.unwrap(),
        Some(3)
    );

    assert_eq!(store.privacy_notice_read(a.id, bob.id).await.unwrap(), None);
    assert_eq!(store.privacy_notice_read(b.id, ann.id).await.unwrap(), None);
}

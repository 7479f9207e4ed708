//! The audit log: filtered, sealed by organisation, all-or-nothing, concurrent.

use super::*;

pub async fn audit_entries_are_listed_newest_first_with_filters(store: &dyn Store) {
    let a = org(store, "A").await;
    let scope = AuditScope::Organisation(a.id);
    let sam = UserId::new();
    let jo = UserId::new();
    let e1 = AuditEntry::new(scope, T0, Some(sam), AuditAction::SignIn);
    let e2 = AuditEntry::new(scope, T0.plus_seconds(1), Some(jo), AuditAction::RecordRead)
        .subject("circle-1");
    let e3 = AuditEntry::new(
        scope,
        T0.plus_seconds(2),
        Some(sam),
        AuditAction::RecordRead,
    )
    .subject("circle-2")
    .detail("page");
    let e4 = AuditEntry::new(scope, T0.plus_seconds(3), None, AuditAction::SignInFailed);
    for e in [&e1, &e2, &e3, &e4] {
        store.append_audit(e).await.unwrap();
    }
    let all = store.list_audit(&AuditQuery::new(scope)).await.unwrap();
    assert_eq!(all, vec![e4.clone(), e3.clone(), e2.clone(), e1.clone()]);

    let q = |f: fn(&mut AuditQuery)| {
        let mut q = AuditQuery::new(scope);
        f(&mut q);
        q
    };
    let reads = store
        .list_audit(&q(|q| q.action = Some(AuditAction::RecordRead)))
        .await
        .unwrap();
    assert_eq!(reads, vec![e3.clone(), e2.clone()]);
    let by_sam = store
        .list_audit(&AuditQuery {
            actor: Some(sam),
            ..AuditQuery::new(scope)
        })
        .await
        .unwrap();
    assert_eq!(by_sam, vec![e3.clone(), e1.clone()]);
    let circle = store
        .list_audit(&AuditQuery {
            subject: Some("circle-1".into()),
            ..AuditQuery::new(scope)
        })
        .await
        .unwrap();
    assert_eq!(circle, vec![e2.clone()]);
    let older = store
        .list_audit(&AuditQuery {
            before: Some(T0.plus_seconds(2)),
            ..AuditQuery::new(scope)
        })
        .await
        .unwrap();
    assert_eq!(older, vec![e2.clone(), e1.clone()]);
    let limited = store.list_audit(&q(|q| q.limit = 1)).await.unwrap();
    assert_eq!(limited, vec![e4]);
}

pub async fn audit_logs_are_sealed_by_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let in_a = AuditEntry::new(
        AuditScope::Organisation(a.id),
        T0,
        None,
        AuditAction::SignIn,
    );
    let in_b = AuditEntry::new(
        AuditScope::Organisation(b.id),
        T0,
        None,
        AuditAction::SignIn,
    );
    let install = AuditEntry::new(
        AuditScope::Installation,
        T0,
        None,
        AuditAction::OrganisationCreated,
    )
    .subject(a.id.to_string());
    store
        .append_audit_batch(&[in_a.clone(), in_b.clone(), install.clone()])
        .await
        .unwrap();
    assert_eq!(
        store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(a.id)))
            .await
            .unwrap(),
        vec![in_a]
    );
    assert_eq!(
        store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(b.id)))
            .await
            .unwrap(),
        vec![in_b]
    );
    assert_eq!(
        store
            .list_audit(&AuditQuery::new(AuditScope::Installation))
            .await
            .unwrap(),
        vec![install]
    );
}

pub async fn audit_batches_are_all_or_nothing(store: &dyn Store) {
    let scope = AuditScope::Installation;
    let first = AuditEntry::new(scope, T0, None, AuditAction::SignIn);
    store.append_audit(&first).await.unwrap();
    let new_one = AuditEntry::new(scope, T0, None, AuditAction::SignOut);
    // The second entry reuses an existing id, so the whole batch must fail.
    let result = store
        .append_audit_batch(&[new_one.clone(), first.clone()])
        .await;
    assert!(result.is_err());
    assert_eq!(
        store.list_audit(&AuditQuery::new(scope)).await.unwrap(),
        vec![first]
    );
    store.append_audit_batch(&[]).await.unwrap();
}

pub async fn concurrent_writes_all_land(store: &dyn Store) {
    // Many writers at once, as a busy server has: none may fail or be lost.
    let entries: Vec<AuditEntry> = (0..60)
        .map(|i| {
            AuditEntry::new(
                AuditScope::Installation,
                T0.plus_seconds(i),
                None,
                AuditAction::SignIn,
            )
        })
        .collect();
    let results = futures::future::join_all(entries.iter().map(|e| store.append_audit(e))).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let all = AuditQuery {
        limit: 1000,
        ..AuditQuery::new(AuditScope::Installation)
    };
    assert_eq!(store.list_audit(&all).await.unwrap().len(), 60);
}

//! The audit log's chains: every entry linked to the one before it in its
//! organisation's chain, never forked by concurrent appends, and every kind
//! of tampering by someone who can write to the database (but has not the
//! installation's keys) named at its first entry.

use super::*;
use moves_domain::audit_chain::{BreakReason, ChainReport, EntryFields, Head, Link};
use moves_domain::keys::Keyring;

/// A value bound to a statement run on the database directly.
#[derive(Debug, Clone)]
pub enum Bind {
    Uuid(uuid::Uuid),
    Text(String),
    Int(i64),
}

fn report(reports: &[ChainReport], scope: AuditScope) -> &ChainReport {
    reports
        .iter()
        .find(|r| r.scope == scope)
        .unwrap_or_else(|| panic!("no report for {scope:?} in {reports:?}"))
}

async fn entries(store: &dyn Store, scope: AuditScope, n: i64) -> Vec<AuditEntry> {
    let mut out = Vec::new();
    for i in 0..n {
        let e = AuditEntry::new(
            scope,
            T0.plus_seconds(i),
            Some(UserId::new()),
            AuditAction::RecordRead,
        )
        .subject(format!("circle-{i}"))
        .detail("journal");
        store.append_audit(&e).await.unwrap();
        out.push(e);
    }
    out
}

pub async fn each_audit_entry_links_to_the_one_before_in_its_chain(store: &dyn Store) {
    assert_eq!(store.verify_audit_chains().await.unwrap(), vec![]);
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let (sa, sb) = (
        AuditScope::Organisation(a.id),
        AuditScope::Organisation(b.id),
    );
    entries(store, sa, 3).await;
    // One batch over three chains: each entry goes to its own.
    store
        .append_audit_batch(&[
            AuditEntry::new(sb, T0, None, AuditAction::SignIn),
            AuditEntry::new(
                AuditScope::Installation,
                T0,
                None,
                AuditAction::SetupCompleted,
            ),
            AuditEntry::new(sa, T0, None, AuditAction::SignOut).detail("ended"),
            AuditEntry::new(sb, T0, None, AuditAction::SignOut),
        ])
        .await
        .unwrap();
    let reports = store.verify_audit_chains().await.unwrap();
    assert_eq!(reports.len(), 3, "{reports:?}");
    for (scope, n) in [(sa, 4), (sb, 2), (AuditScope::Installation, 1)] {
        let r = report(&reports, scope);
        assert_eq!(r.broken, None, "{r:?}");
        assert_eq!(r.entries, n);
        assert_eq!(r.head.as_ref().unwrap().position, n as i64);
        assert_eq!(r.head.as_ref().unwrap().mac.len(), 64, "a SHA-256 hash");
        assert_eq!(r.keys.len(), 1, "linked with the active key: {r:?}");
    }
    // A batch that fails links nothing: the chain goes on from where it was.
    let dup = AuditEntry::new(sa, T0, None, AuditAction::SignIn);
    store.append_audit(&dup).await.unwrap();
    assert!(store.append_audit(&dup).await.is_err());
    entries(store, sa, 1).await;
    let reports = store.verify_audit_chains().await.unwrap();
    let r = report(&reports, sa);
    assert_eq!((r.broken.clone(), r.entries), (None, 6), "{r:?}");
    assert_eq!(
        store.link_unlinked_audit().await.unwrap(),
        0,
        "nothing to link"
    );
}

pub async fn concurrent_appends_never_fork_a_chain(store: &dyn Store) {
    let a = org(store, "A").await;
    let scope = AuditScope::Organisation(a.id);
    let all: Vec<AuditEntry> = (0..40)
        .map(|i| AuditEntry::new(scope, T0.plus_seconds(i), None, AuditAction::SignIn))
        .collect();
    let results = futures::future::join_all(all.iter().map(|e| async move {
        // Some alone, some in batches with the installation's chain, in
        // both orders, so heads are taken in every order at once.
        match e.at.as_millis() % 3 {
            0 => store.append_audit(e).await,
            1 => {
                store
                    .append_audit_batch(&[
                        e.clone(),
                        AuditEntry::new(AuditScope::Installation, e.at, None, AuditAction::SignIn),
                    ])
                    .await
            }
            _ => {
                store
                    .append_audit_batch(&[
                        AuditEntry::new(AuditScope::Installation, e.at, None, AuditAction::SignIn),
                        e.clone(),
                    ])
                    .await
            }
        }
    }))
    .await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let reports = store.verify_audit_chains().await.unwrap();
    let r = report(&reports, scope);
    assert_eq!(r.broken, None, "{r:?}");
    assert_eq!(r.entries, 40);
    assert_eq!(r.head.as_ref().unwrap().position, 40);
    assert_eq!(
        report(&reports, AuditScope::Installation).broken,
        None,
        "{reports:?}"
    );
}

/// Someone who can write to the database, without the installation's keys.
/// `run` runs a statement as the server's database user would; `tamper` runs
/// one with the audit log's triggers out of the way (as the database's owner
/// can). `empty_the_log` is the backend's statement that empties a table at
/// once (`TRUNCATE` on PostgreSQL).
pub async fn audit_chains_name_the_first_tampered_entry<R, T>(
    store: &dyn Store,
    empty_the_log: &str,
    run: R,
    tamper: T,
) where
    R: AsyncFn(String, Vec<Bind>) -> Result<u64, String>,
    T: AsyncFn(String, Vec<Bind>) -> Result<u64, String>,
{
    let mut orgs = Vec::new();
    for name in [
        "Intact",
        "Changed",
        "Removed",
        "Reordered",
        "Forged",
        "Unlinked",
        "Tail",
    ] {
        let o = org(store, name).await;
        let scope = AuditScope::Organisation(o.id);
        orgs.push((scope, entries(store, scope, 4).await));
    }
    let uuid = |e: &AuditEntry| Bind::Uuid(e.id.as_uuid());
    let chain = |s: AuditScope| Bind::Uuid(s.org_key().as_uuid());

    // The log cannot be emptied, nor its chains' heads removed.
    let refused = run(empty_the_log.to_owned(), vec![]).await;
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.contains("the audit log is append-only")),
        "{refused:?}"
    );
    assert!(
        run("DELETE FROM audit_chain_heads".into(), vec![])
            .await
            .is_err()
    );
    let refused = run(
        "UPDATE audit_log SET detail = 'x' WHERE id = $1".into(),
        vec![uuid(&orgs[1].1[0])],
    )
    .await;
    assert!(refused.is_err(), "{refused:?}");
    let all = store.verify_audit_chains().await.unwrap();
    assert_eq!(all.len(), 7);
    assert!(
        all.iter().all(|r| r.broken.is_none() && r.entries == 4),
        "{all:?}"
    );
    let key_id = all[0].keys[0].clone();

    // Changed: a detail rewritten.
    let (changed, es) = &orgs[1];
    tamper(
        "UPDATE audit_log SET detail = 'export' WHERE id = $1".into(),
        vec![uuid(&es[2])],
    )
    .await
    .unwrap();
    // Removed: an entry from the middle.
    let (removed, es) = &orgs[2];
    tamper(
        "DELETE FROM audit_log WHERE id = $1".into(),
        vec![uuid(&es[1])],
    )
    .await
    .unwrap();
    // Reordered: the second and third entries swap places.
    let (reordered, es) = &orgs[3];
    for (seq, e) in [(-1, &es[1]), (2, &es[2]), (3, &es[1])] {
        tamper(
            "UPDATE audit_log SET chain_seq = $1 WHERE id = $2".into(),
            vec![Bind::Int(seq), uuid(e)],
        )
        .await
        .unwrap();
    }
    // Forged: an entry added at the end, linked with the attacker's own key
    // under the installation key's id, and the head moved on to it.
    let (forged, es) = &orgs[4];
    let fake = AuditEntry::new(
        *forged,
        T0.plus_seconds(9),
        es[0].actor,
        AuditAction::SignOut,
    );
    let fields = EntryFields {
        chain: forged.org_key().as_uuid(),
        id: fake.id.as_uuid(),
        at: fake.at.as_millis(),
        actor: fake.actor.map(|a| a.as_uuid()),
        action: fake.action.as_str(),
        subject: None,
        detail: None,
    };
    // The last hash is there to read; only the key is missing.
    let head: Head = report(&all, *forged).head.clone().unwrap();
    let own =
        moves_domain::audit_chain::link(&Keyring::generate().unwrap(), &head, &fields).unwrap();
    let link = Link {
        key_id: key_id.clone(),
        ..own
    };
    tamper(
        "INSERT INTO audit_log (org_id, id, at, actor_id, action, chain_seq, chain_key, chain_mac)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
            .into(),
        vec![
            chain(*forged),
            Bind::Uuid(fields.id),
            Bind::Int(fields.at),
            Bind::Uuid(fields.actor.unwrap()),
            Bind::Text(fields.action.to_owned()),
            Bind::Int(link.position),
            Bind::Text(link.key_id.clone()),
            Bind::Text(link.mac.clone()),
        ],
    )
    .await
    .unwrap();
    tamper(
        "UPDATE audit_chain_heads SET chain_seq = 5, chain_mac = $1 WHERE org_id = $2".into(),
        vec![Bind::Text(link.mac.clone()), chain(*forged)],
    )
    .await
    .unwrap();
    // Unlinked: an entry added with no link at all.
    let (unlinked, _) = &orgs[5];
    let loose = uuid::Uuid::new_v4();
    run(
        "INSERT INTO audit_log (org_id, id, at, action) VALUES ($1, $2, $3, 'sign_in')".into(),
        vec![
            chain(*unlinked),
            Bind::Uuid(loose),
            Bind::Int(T0.as_millis()),
        ],
    )
    .await
    .unwrap();
    // Tail: the newest entry removed, the head left as it was.
    let (tail, es) = &orgs[6];
    tamper(
        "DELETE FROM audit_log WHERE id = $1".into(),
        vec![uuid(&es[3])],
    )
    .await
    .unwrap();

    // An entry added behind the server's back to a chain that has begun is
    // never linked afterwards.
    assert_eq!(store.link_unlinked_audit().await.unwrap(), 0);
    let all = store.verify_audit_chains().await.unwrap();
    let first = |s: AuditScope| report(&all, s).broken.clone().unwrap();
    assert_eq!(report(&all, orgs[0].0).broken, None, "untouched: {all:?}");

    let b = first(*changed);
    assert_eq!(
        (b.entry, b.position, b.reason),
        (
            Some(orgs[1].1[2].id.as_uuid()),
            Some(3),
            BreakReason::Altered
        )
    );
    let b = first(*removed);
    assert_eq!(
        (b.entry, b.reason),
        (
            Some(orgs[2].1[2].id.as_uuid()),
            BreakReason::Missing {
                expected: 2,
                found: 3
            }
        )
    );
    let b = first(*reordered);
    assert_eq!(
        (b.entry, b.position, b.reason),
        (
            Some(orgs[3].1[2].id.as_uuid()),
            Some(2),
            BreakReason::Altered
        )
    );
    let b = first(*forged);
    assert_eq!(
        (b.entry, b.position, b.reason),
        (Some(fake.id.as_uuid()), Some(5), BreakReason::Altered)
    );
    let b = first(*unlinked);
    assert_eq!((b.entry, b.reason), (Some(loose), BreakReason::Unlinked));
    let b = first(*tail);
    assert_eq!(
        (b.entry, b.reason),
        (None, BreakReason::TailMissing { head: 4, last: 3 })
    );

    // Put back as it was, the changed entry agrees again: the hash covers
    // exactly what is stored.
    tamper(
        "UPDATE audit_log SET detail = 'journal' WHERE id = $1".into(),
        vec![uuid(&orgs[1].1[2])],
    )
    .await
    .unwrap();
    let all = store.verify_audit_chains().await.unwrap();
    assert_eq!(report(&all, *changed).broken, None, "{all:?}");
}

/// Entries written before the log was chained (no link) are linked, oldest
/// first, at the first start after it, and never again; appends go on from
/// there. `run` runs a statement on the database directly.
pub async fn entries_from_before_the_chain_are_linked_once<R>(store: &dyn Store, run: R)
where
    R: AsyncFn(String, Vec<Bind>) -> Result<u64, String>,
{
    let a = org(store, "A").await;
    let scope = AuditScope::Organisation(a.id);
    let mut ids = Vec::new();
    for (i, action) in ["sign_in", "record_read", "sign_out"].iter().enumerate() {
        let id = uuid::Uuid::new_v4();
        run(
            "INSERT INTO audit_log (org_id, id, at, action, detail) VALUES ($1, $2, $3, $4, $5)"
                .into(),
            vec![
                Bind::Uuid(a.id.as_uuid()),
                Bind::Uuid(id),
                // Written out of order: linked by time.
                Bind::Int(T0.plus_seconds(10 - i as i64).as_millis()),
                Bind::Text((*action).to_owned()),
                Bind::Text("old".into()),
            ],
        )
        .await
        .unwrap();
        ids.push(id);
    }
    let before = store.verify_audit_chains().await.unwrap();
    assert_eq!(
        before[0]
            .broken
            .as_ref()
            .map(|b| (b.entry, b.reason.clone())),
        Some((Some(ids[2]), BreakReason::Unlinked)),
        "the oldest unlinked entry is named: {before:?}"
    );
    assert_eq!(store.link_unlinked_audit().await.unwrap(), 3);
    assert_eq!(store.link_unlinked_audit().await.unwrap(), 0, "once");
    entries(store, scope, 2).await;
    let after = store.verify_audit_chains().await.unwrap();
    let r = report(&after, scope);
    assert_eq!(r.broken, None, "{r:?}");
    assert_eq!((r.entries, r.head.as_ref().unwrap().position), (5, 5));
    // Once a chain has begun, an entry without a link, even in a chain of
    // its own, was added behind the server's back: never linked.
    let b = org(store, "B").await;
    let loose = uuid::Uuid::new_v4();
    run(
        "INSERT INTO audit_log (org_id, id, at, action) VALUES ($1, $2, $3, 'sign_in')".into(),
        vec![
            Bind::Uuid(b.id.as_uuid()),
            Bind::Uuid(loose),
            Bind::Int(T0.as_millis()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(store.link_unlinked_audit().await.unwrap(), 0);
    let later = store.verify_audit_chains().await.unwrap();
    assert_eq!(
        report(&later, AuditScope::Organisation(b.id))
            .broken
            .as_ref()
            .map(|b| (b.entry, b.reason.clone())),
        Some((Some(loose), BreakReason::Unlinked))
    );
    // The old entries read back as they were.
    let listed = store.list_audit(&AuditQuery::new(scope)).await.unwrap();
    assert_eq!(listed.len(), 5);
    assert_eq!(
        listed
            .iter()
            .filter(|e| e.detail.as_deref() == Some("old"))
            .count(),
        3
    );
}

//! Stories of the digest store: the opt-in (off by default, per person), who
//! is written to (opted in, with an email address, once per organisation they
//! are active in) and when the last digest went out per person and
//! organisation, written together with the audit entries of what was read
//! for it.

use super::{T0, member, org, person};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::ids::CircleId;
use moves_domain::membership::Role;
use moves_domain::user::User;
use moves_store::{AuditEntry, AuditQuery, Store};

pub async fn digests_go_only_to_those_who_asked_once_per_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let ali = person(store, "Ali", "ali@example.org").await;
    // Kim has a username and no email address: no digest can reach them.
    let mut kim = User::new("Kim", None, T0).unwrap();
    kim.username = Some("kim".into());
    store.create_user(&kim).await.unwrap();
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &a, &sam, Role::Manager).await;
    member(store, &b, &sam, Role::Practitioner).await;
    member(store, &a, &ali, Role::ParentCarer).await;
    member(store, &b, &kim, Role::YoungPerson).await;

    assert!(
        !store.wants_digests(sam.id).await.unwrap(),
        "off by default"
    );
    assert!(store.digest_recipients().await.unwrap().is_empty());

    store.choose_digests(sam.id, true, T0).await.unwrap();
    store
        .choose_digests(sam.id, true, T0.plus_seconds(5))
        .await
        .unwrap();
    store.choose_digests(kim.id, true, T0).await.unwrap();
    assert!(store.wants_digests(sam.id).await.unwrap());
    assert!(!store.wants_digests(ali.id).await.unwrap());
    let recipients = store.digest_recipients().await.unwrap();
    let mut orgs: Vec<_> = recipients.iter().map(|r| r.org).collect();
    orgs.sort();
    let mut want = vec![a.id, b.id];
    want.sort();
    assert_eq!(orgs, want, "Sam, once per organisation (two roles in A)");
    assert!(recipients.iter().all(|r| r.user == sam.id
        && r.email.as_ref().map(|e| e.as_str()) == Some("sam@example.org")
        && r.last_visit.is_none()
        && r.last_sent.is_none()));

    // A visit and a digest are kept per person and organisation.
    store
        .visit_home(a.id, sam.id, T0.plus_seconds(10))
        .await
        .unwrap();
    store
        .digest_sent(b.id, sam.id, T0.plus_seconds(20), &[])
        .await
        .unwrap();
    store
        .digest_sent(b.id, sam.id, T0.plus_seconds(30), &[])
        .await
        .unwrap();
    let now = store.digest_recipients().await.unwrap();
    let in_a = now.iter().find(|r| r.org == a.id).unwrap();
    let in_b = now.iter().find(|r| r.org == b.id).unwrap();
    assert_eq!(in_a.last_visit, Some(T0.plus_seconds(10)));
    assert_eq!(in_a.last_sent, None);
    assert_eq!(in_b.last_visit, None);
    assert_eq!(in_b.last_sent, Some(T0.plus_seconds(30)), "the latest send");

    // A role taken away: no digest about that organisation.
    let sam_in_b = store
        .memberships_of_user(sam.id)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.org_id == b.id)
        .unwrap();
    assert!(
        store
            .revoke_membership(
                b.id,
                sam_in_b.id,
                T0.plus_seconds(40),
                &super::logged(b.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    let now = store.digest_recipients().await.unwrap();
    assert_eq!(now.iter().map(|r| r.org).collect::<Vec<_>>(), [a.id]);

    // Turned off: none; off again is harmless.
    store
        .choose_digests(sam.id, false, T0.plus_seconds(50))
        .await
        .unwrap();
    store
        .choose_digests(sam.id, false, T0.plus_seconds(60))
        .await
        .unwrap();
    assert!(!store.wants_digests(sam.id).await.unwrap());
    assert!(store.digest_recipients().await.unwrap().is_empty());
}

pub async fn a_digest_is_recorded_with_its_reads_all_or_nothing(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    store.choose_digests(sam.id, true, T0).await.unwrap();
    let read = |circle: CircleId| {
        AuditEntry::new(
            AuditScope::Organisation(a.id),
            T0.plus_seconds(10),
            Some(sam.id),
            AuditAction::RecordRead,
        )
        .subject(circle.to_string())
        .detail("digest")
    };
    let (one, two) = (read(CircleId::new()), read(CircleId::new()));
    store
        .digest_sent(
            a.id,
            sam.id,
            T0.plus_seconds(10),
            &[one.clone(), two.clone()],
        )
        .await
        .unwrap();
    let reads = || async {
        let mut q = AuditQuery::new(AuditScope::Organisation(a.id));
        q.action = Some(AuditAction::RecordRead);
        let mut ids: Vec<_> = store
            .list_audit(&q)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        ids.sort();
        ids
    };
    let mut want = vec![one.id, two.id];
    want.sort();
    assert_eq!(reads().await, want, "the send and its reads together");
    let last_sent = || async { store.digest_recipients().await.unwrap()[0].last_sent };
    assert_eq!(last_sent().await, Some(T0.plus_seconds(10)));

    // A read that cannot be written (its id is taken): no send recorded, so
    // the next run tries again.
    let fresh = read(CircleId::new());
    assert!(
        store
            .digest_sent(a.id, sam.id, T0.plus_seconds(20), &[fresh, one.clone()])
            .await
            .is_err()
    );
    assert_eq!(last_sent().await, Some(T0.plus_seconds(10)));
    assert_eq!(reads().await, want);
}

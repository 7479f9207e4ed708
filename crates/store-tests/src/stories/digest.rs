//! Stories of the digest store: the opt-in (off by default, per person), who
//! is written to (opted in, with an email address, once per organisation they
//! are active in) and when the last digest went out per person and
//! organisation.

use super::{T0, member, org, person};
use moves_domain::membership::Role;
use moves_domain::user::User;
use moves_store::Store;

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
        .digest_sent(b.id, sam.id, T0.plus_seconds(20))
        .await
        .unwrap();
    store
        .digest_sent(b.id, sam.id, T0.plus_seconds(30))
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

//! Memberships: sealed by organisation; revoked ones grant nothing.

use super::*;

pub async fn memberships_are_sealed_by_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let sam_a = member(store, &a, &sam, Role::Practitioner).await;
    let sam_b = member(store, &b, &sam, Role::OrgAdmin).await;
    let jo_b = member(store, &b, &jo, Role::ParentCarer).await;

    assert_eq!(
        store.membership(a.id, sam_a.id).await.unwrap(),
        Some(sam_a.clone())
    );
    // Another organisation's id finds nothing, even when the membership exists.
    assert_eq!(store.membership(a.id, sam_b.id).await.unwrap(), None);
    assert_eq!(
        store.membership(a.id, MembershipId::new()).await.unwrap(),
        None
    );

    assert_eq!(
        store.memberships_of_user(sam.id).await.unwrap(),
        vec![sam_a.clone(), sam_b.clone()]
    );
    assert_eq!(
        store.members_of_organisation(a.id).await.unwrap(),
        vec![sam_a.clone()]
    );
    assert_eq!(
        store.members_of_organisation(b.id).await.unwrap(),
        vec![sam_b, jo_b]
    );

    // The same role twice in one organisation is refused; another role is fine.
    let again = Membership::new(a.id, sam.id, Role::Practitioner, T0);
    assert!(matches!(
        store.add_membership(&again).await,
        Err(StoreError::Conflict(_))
    ));
    member(store, &a, &sam, Role::Manager).await;
    assert_eq!(store.members_of_organisation(a.id).await.unwrap().len(), 2);
}

pub async fn revoked_memberships_grant_nothing(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let m = member(store, &a, &sam, Role::Practitioner).await;
    // The wrong organisation cannot revoke it.
    assert!(
        !store
            .revoke_membership(
                b.id,
                m.id,
                T0,
                &super::logged(b.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    let later = T0.plus_seconds(60);
    assert!(
        store
            .revoke_membership(
                a.id,
                m.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .revoke_membership(
                a.id,
                m.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap(),
        "revoked once"
    );
    assert!(store.memberships_of_user(sam.id).await.unwrap().is_empty());
    let kept = store.members_of_organisation(a.id).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].revoked_at, Some(later));
    assert!(!kept[0].is_active());
}

pub async fn a_revoked_role_can_be_given_back(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    // Never had it: nothing to give back.
    assert_eq!(
        store
            .restore_membership(a.id, sam.id, Role::ParentCarer, T0)
            .await
            .unwrap(),
        None
    );
    let m = member(store, &a, &sam, Role::ParentCarer).await;
    // Has it now: nothing to give back either.
    assert_eq!(
        store
            .restore_membership(a.id, sam.id, Role::ParentCarer, T0)
            .await
            .unwrap(),
        None
    );
    let later = T0.plus_seconds(60);
    assert!(
        store
            .revoke_membership(
                a.id,
                m.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    // Not by another organisation, nor for another role.
    for (org, role) in [(b.id, Role::ParentCarer), (a.id, Role::Practitioner)] {
        assert_eq!(
            store
                .restore_membership(org, sam.id, role, later)
                .await
                .unwrap(),
            None
        );
    }
    let again = later.plus_seconds(60);
    assert_eq!(
        store
            .restore_membership(a.id, sam.id, Role::ParentCarer, again)
            .await
            .unwrap(),
        Some(m.id)
    );
    let back = store.membership(a.id, m.id).await.unwrap().unwrap();
    assert!(back.is_active());
    assert_eq!(back.created_at, again, "a member again from now");
    assert_eq!(store.memberships_of_user(sam.id).await.unwrap(), vec![back]);
}

//! Organisations and people: created, found, unique, named in any script.

use super::*;

pub async fn organisations_are_created_listed_and_counted(store: &dyn Store) {
    assert_eq!(store.count_organisations().await.unwrap(), 0);
    assert!(store.list_organisations().await.unwrap().is_empty());
    let b = org(store, "Other Trust").await;
    let a = org(store, "Demo Borough").await;
    assert_eq!(store.count_organisations().await.unwrap(), 2);
    assert_eq!(store.organisation(a.id).await.unwrap(), Some(a.clone()));
    assert_eq!(store.organisation(OrgId::new()).await.unwrap(), None);
    let listed = store.list_organisations().await.unwrap();
    assert_eq!(listed, vec![a, b], "listed by name");
    let demo = Organisation::new("Demo", true, T0).unwrap();
    store.create_organisation(&demo).await.unwrap();
    assert!(store.organisation(demo.id).await.unwrap().unwrap().is_demo);
}

pub async fn an_organisation_and_its_first_admin_are_made_all_or_nothing(store: &dyn Store) {
    let hub = Organisation::new("Hub", false, T0).unwrap();
    let ada = User::new("Ada", Some(Email::parse("ada@example.org").unwrap()), T0).unwrap();
    let membership = Membership::new(hub.id, ada.id, Role::OrgAdmin, T0);
    let audit = [AuditEntry::new(
        AuditScope::Organisation(hub.id),
        T0,
        None,
        AuditAction::OrganisationCreated,
    )];
    store
        .create_organisation_with_admin(&hub, Some(&ada), &membership, &audit)
        .await
        .unwrap();
    assert_eq!(store.organisation(hub.id).await.unwrap(), Some(hub.clone()));
    assert_eq!(
        store.memberships_of_user(ada.id).await.unwrap(),
        vec![membership]
    );
    let logged = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(hub.id)))
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);

    // An existing person becomes the admin of a second organisation.
    let trust = Organisation::new("Trust", false, T0).unwrap();
    let second = Membership::new(trust.id, ada.id, Role::OrgAdmin, T0);
    store
        .create_organisation_with_admin(&trust, None, &second, &[])
        .await
        .unwrap();
    assert_eq!(store.memberships_of_user(ada.id).await.unwrap().len(), 2);

    // A person whose email is taken: nothing at all is written.
    let other = Organisation::new("Other", false, T0).unwrap();
    let twin = User::new("Twin", Some(Email::parse("ADA@example.org").unwrap()), T0).unwrap();
    let twin_m = Membership::new(other.id, twin.id, Role::OrgAdmin, T0);
    assert!(matches!(
        store
            .create_organisation_with_admin(&other, Some(&twin), &twin_m, &[])
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.organisation(other.id).await.unwrap(), None);
    assert_eq!(store.count_organisations().await.unwrap(), 2);
}

pub async fn people_are_found_by_email_or_username_without_case(store: &dyn Store) {
    let sam = person(store, "Sam", "Sam.Jones@Example.org").await;
    assert_eq!(store.user(sam.id).await.unwrap(), Some(sam.clone()));
    assert_eq!(store.user(UserId::new()).await.unwrap(), None);
    assert_eq!(
        store.user_by_login("sam.jones@example.org").await.unwrap(),
        Some(sam.clone())
    );
    assert_eq!(
        store
            .user_by_login("  SAM.JONES@EXAMPLE.ORG ")
            .await
            .unwrap(),
        Some(sam.clone())
    );
    assert_eq!(
        store.user_by_login("nobody@example.org").await.unwrap(),
        None
    );

    let mut kai = User::new("Kai", None, T0).unwrap();
    kai.username = Some("KaiR".to_owned());
    store.create_user(&kai).await.unwrap();
    assert_eq!(
        store.user_by_login("kair").await.unwrap(),
        Some(kai.clone())
    );
    assert_eq!(store.user_by_login("").await.unwrap(), None);
}

pub async fn emails_and_usernames_are_unique_without_case(store: &dyn Store) {
    person(store, "Sam", "sam@example.org").await;
    let twin = User::new(
        "Other Sam",
        Some(Email::parse("SAM@example.org").unwrap()),
        T0,
    )
    .unwrap();
    assert!(matches!(
        store.create_user(&twin).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        store.user(twin.id).await.unwrap(),
        None,
        "nothing half-written"
    );

    let mut a = User::new("A", None, T0).unwrap();
    a.username = Some("river".to_owned());
    store.create_user(&a).await.unwrap();
    let mut b = User::new("B", None, T0).unwrap();
    b.username = Some("River".to_owned());
    assert!(matches!(
        store.create_user(&b).await,
        Err(StoreError::Conflict(_))
    ));
}

pub async fn passwords_are_set_only_for_people_who_exist(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    assert!(
        store
            .set_password_hash(sam.id, "$argon2id$v=19$example", T0)
            .await
            .unwrap()
    );
    let stored = store.user(sam.id).await.unwrap().unwrap();
    assert_eq!(
        stored.password_hash.as_deref(),
        Some("$argon2id$v=19$example")
    );
    assert!(
        !store
            .set_password_hash(UserId::new(), "x", T0)
            .await
            .unwrap()
    );
}

pub async fn odd_unicode_round_trips(store: &dyn Store) {
    let names = [
        "Ελένη Παπαδοπούλου",
        "Åsa Öberg",
        "Siân ap Rhys",
        "عائشة",
        "李小龙",
        "Zoë 🌱",
        "O'Brien; DROP TABLE users;--",
    ];
    for (i, name) in names.iter().enumerate() {
        let o = Organisation::new(name, false, T0).unwrap();
        store.create_organisation(&o).await.unwrap();
        assert_eq!(store.organisation(o.id).await.unwrap().unwrap().name, *name);
        let u = person(store, name, &format!("p{i}@example.org")).await;
        assert_eq!(store.user(u.id).await.unwrap().unwrap().display_name, *name);
    }
    assert_eq!(
        store.count_organisations().await.unwrap(),
        names.len() as u64
    );
}

pub async fn health_reports_the_backend(store: &dyn Store) {
    store.ping().await.unwrap();
    assert!(["sqlite", "postgres"].contains(&store.backend()));
    let stats = store.pool_stats();
    assert!(stats.max >= 1);
    assert!(stats.connections <= stats.max + 1);
}

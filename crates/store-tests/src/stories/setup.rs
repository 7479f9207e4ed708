//! First run, and the installation secrets every server shares.

use super::*;

/// A first-run setup as `core` builds it, for one code.
struct Setup {
    code_hash: String,
    org: Organisation,
    admin: User,
    membership: Membership,
    audit: Vec<AuditEntry>,
}

fn setup(code: &str, org_name: &str, email: &str) -> Setup {
    let org = Organisation::new(org_name, false, T0).unwrap();
    let mut admin = User::new("First Admin", Some(Email::parse(email).unwrap()), T0).unwrap();
    admin.installation_admin = true;
    admin.password_hash = Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into());
    let membership = Membership::new(org.id, admin.id, Role::OrgAdmin, T0);
    let audit = vec![
        AuditEntry::new(
            AuditScope::Installation,
            T0,
            Some(admin.id),
            AuditAction::SetupCompleted,
        )
        .subject(org.id.to_string()),
        AuditEntry::new(
            AuditScope::Organisation(org.id),
            T0,
            Some(admin.id),
            AuditAction::OrganisationCreated,
        ),
    ];
    Setup {
        code_hash: hash_token(code),
        org,
        admin,
        membership,
        audit,
    }
}

async fn complete(store: &dyn Store, s: &Setup) -> Result<SetupOutcome, StoreError> {
    store
        .complete_setup(&s.code_hash, &s.org, &s.admin, &s.membership, &s.audit)
        .await
}

/// Proves nothing of `s` was written.
async fn nothing_written(store: &dyn Store, s: &Setup) {
    assert_eq!(store.organisation(s.org.id).await.unwrap(), None);
    assert_eq!(store.user(s.admin.id).await.unwrap(), None);
    assert!(
        store
            .memberships_of_user(s.admin.id)
            .await
            .unwrap()
            .is_empty()
    );
    for scope in [AuditScope::Installation, AuditScope::Organisation(s.org.id)] {
        let logged = store.list_audit(&AuditQuery::new(scope)).await.unwrap();
        assert!(
            logged.iter().all(|e| e.actor != Some(s.admin.id)),
            "{logged:?}"
        );
    }
}

pub async fn setup_creates_the_first_organisation_and_admin(store: &dyn Store) {
    assert!(!store.setup_codes_exist().await.unwrap());
    // Two server processes, each with its own code; either may be used.
    assert!(
        store
            .add_setup_code(&hash_token("CODE-A"), T0)
            .await
            .unwrap()
    );
    assert!(
        store
            .add_setup_code(&hash_token("CODE-B"), T0)
            .await
            .unwrap()
    );
    assert!(
        store
            .add_setup_code(&hash_token("CODE-B"), T0)
            .await
            .unwrap(),
        "adding the same code again is harmless"
    );
    assert!(store.setup_codes_exist().await.unwrap());

    let s = setup("CODE-B", "Demo Borough", "first@example.org");
    assert_eq!(complete(store, &s).await.unwrap(), SetupOutcome::Done);

    assert_eq!(
        store.list_organisations().await.unwrap(),
        vec![s.org.clone()]
    );
    assert_eq!(store.user(s.admin.id).await.unwrap(), Some(s.admin.clone()));
    assert_eq!(
        store.user_by_login("FIRST@example.org").await.unwrap(),
        Some(s.admin.clone())
    );
    assert_eq!(
        store.memberships_of_user(s.admin.id).await.unwrap(),
        vec![s.membership.clone()]
    );
    assert_eq!(
        store
            .list_audit(&AuditQuery::new(AuditScope::Installation))
            .await
            .unwrap(),
        vec![s.audit[0].clone()]
    );
    assert_eq!(
        store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(s.org.id)))
            .await
            .unwrap(),
        vec![s.audit[1].clone()]
    );
    // Every code is gone, the other process's too, and no new one can be added.
    assert!(!store.setup_codes_exist().await.unwrap());
    assert!(
        !store
            .add_setup_code(&hash_token("CODE-C"), T0)
            .await
            .unwrap()
    );
    assert!(!store.setup_codes_exist().await.unwrap());
    let again = setup("CODE-A", "Second", "second@example.org");
    assert_eq!(
        complete(store, &again).await.unwrap(),
        SetupOutcome::AlreadySetUp
    );
    nothing_written(store, &again).await;
}

pub async fn setup_with_a_wrong_code_writes_nothing(store: &dyn Store) {
    // Before any process has added a code, every code is wrong.
    let early = setup("RIGHT", "Demo Borough", "first@example.org");
    assert_eq!(
        complete(store, &early).await.unwrap(),
        SetupOutcome::WrongCode
    );
    nothing_written(store, &early).await;

    store
        .add_setup_code(&hash_token("RIGHT"), T0)
        .await
        .unwrap();
    let s = setup("WRONG", "Demo Borough", "first@example.org");
    assert_eq!(complete(store, &s).await.unwrap(), SetupOutcome::WrongCode);
    nothing_written(store, &s).await;
    assert_eq!(store.count_organisations().await.unwrap(), 0);
    assert!(
        store.setup_codes_exist().await.unwrap(),
        "the code is not used up"
    );

    assert_eq!(complete(store, &early).await.unwrap(), SetupOutcome::Done);
}

pub async fn setup_that_fails_part_way_writes_nothing(store: &dyn Store) {
    store.add_setup_code(&hash_token("CODE"), T0).await.unwrap();
    let mut s = setup("CODE", "Demo Borough", "first@example.org");
    // The last audit entry repeats the first one's id: the last insert fails.
    let repeat = s.audit[0].clone();
    s.audit.push(repeat);
    assert!(complete(store, &s).await.is_err());
    nothing_written(store, &s).await;
    assert_eq!(store.count_organisations().await.unwrap(), 0);
    assert!(
        store.setup_codes_exist().await.unwrap(),
        "the code was not used up"
    );
    s.audit.pop();
    assert_eq!(complete(store, &s).await.unwrap(), SetupOutcome::Done);
}

pub async fn setup_after_an_organisation_exists_writes_nothing(store: &dyn Store) {
    // A code added while the installation was empty, then an organisation made
    // another way (the command line): the code no longer opens anything.
    store.add_setup_code(&hash_token("CODE"), T0).await.unwrap();
    org(store, "Made Elsewhere").await;
    let s = setup("CODE", "Demo Borough", "first@example.org");
    assert_eq!(
        complete(store, &s).await.unwrap(),
        SetupOutcome::AlreadySetUp
    );
    nothing_written(store, &s).await;
    assert_eq!(store.count_organisations().await.unwrap(), 1);
    let wrong = setup("WRONG", "Other", "other@example.org");
    assert_eq!(
        complete(store, &wrong).await.unwrap(),
        SetupOutcome::AlreadySetUp,
        "already set up, whatever the code"
    );
}

pub async fn concurrent_setups_let_exactly_one_through(store: &dyn Store) {
    // Two people, each with a valid code (from two server processes), press
    // "create" at the same moment.
    let attempts: Vec<Setup> = (0..4)
        .map(|i| {
            setup(
                &format!("CODE-{i}"),
                &format!("Org {i}"),
                &format!("admin{i}@example.org"),
            )
        })
        .collect();
    for a in &attempts {
        assert!(store.add_setup_code(&a.code_hash, T0).await.unwrap());
    }
    let outcomes = futures::future::join_all(attempts.iter().map(|a| complete(store, a))).await;
    let outcomes: Vec<SetupOutcome> = outcomes.into_iter().map(Result::unwrap).collect();
    let done: Vec<&Setup> = attempts
        .iter()
        .zip(&outcomes)
        .filter(|(_, o)| **o == SetupOutcome::Done)
        .map(|(a, _)| a)
        .collect();
    assert_eq!(done.len(), 1, "{outcomes:?}");
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o, SetupOutcome::Done | SetupOutcome::AlreadySetUp)),
        "{outcomes:?}"
    );
    assert_eq!(
        store.list_organisations().await.unwrap(),
        vec![done[0].org.clone()]
    );
    for a in &attempts {
        if a.org.id != done[0].org.id {
            nothing_written(store, a).await;
        }
    }
}

pub async fn installation_secrets_keep_the_first_candidate(store: &dyn Store) {
    let first = store
        .installation_secret("csrf-signing", &[1, 2, 3, 0, 255])
        .await
        .unwrap();
    assert_eq!(first, vec![1, 2, 3, 0, 255]);
    let second = store
        .installation_secret("csrf-signing", &[9, 9, 9])
        .await
        .unwrap();
    assert_eq!(second, first, "a later process gets the first one's secret");
    let other = store
        .installation_secret("kept-forms", &[7; 32])
        .await
        .unwrap();
    assert_eq!(other, vec![7; 32], "names are separate");

    // Several processes starting at once all agree.
    let candidates: Vec<Vec<u8>> = (0u8..6).map(|i| vec![i; 32]).collect();
    let agreed = futures::future::join_all(
        candidates
            .iter()
            .map(|c| store.installation_secret("race", c)),
    )
    .await;
    let agreed: Vec<Vec<u8>> = agreed.into_iter().map(Result::unwrap).collect();
    assert!(agreed.iter().all(|s| *s == agreed[0]), "{agreed:?}");
    assert!(candidates.contains(&agreed[0]));
}

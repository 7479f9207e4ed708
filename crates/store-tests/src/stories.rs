//! One story per behaviour of the store traits. Together they call every method.

use moves_core::audit::{AuditAction, AuditEntry, AuditQuery, AuditScope};
use moves_core::auth::one_time::{OneTimeToken, Purpose};
use moves_core::clock::Timestamp;
use moves_core::ids::{MembershipId, OrgId, UserId};
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::session::{Session, hash_token};
use moves_core::store::{SetupOutcome, Store, StoreError};
use moves_core::user::{Email, User};

pub use crate::mfa_stories::*;
pub use crate::team_stories::*;

const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

async fn org(store: &dyn Store, name: &str) -> Organisation {
    let org = Organisation::new(name, false, T0).unwrap();
    store.create_organisation(&org).await.unwrap();
    org
}

async fn person(store: &dyn Store, name: &str, email: &str) -> User {
    let user = User::new(name, Some(Email::parse(email).unwrap()), T0).unwrap();
    store.create_user(&user).await.unwrap();
    user
}

async fn member(store: &dyn Store, org: &Organisation, user: &User, role: Role) -> Membership {
    let m = Membership::new(org.id, user.id, role, T0);
    store.add_membership(&m).await.unwrap();
    m
}

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
            .set_password_hash(sam.id, "$argon2id$v=19$example")
            .await
            .unwrap()
    );
    let stored = store.user(sam.id).await.unwrap().unwrap();
    assert_eq!(
        stored.password_hash.as_deref(),
        Some("$argon2id$v=19$example")
    );
    assert!(!store.set_password_hash(UserId::new(), "x").await.unwrap());
}

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
    assert!(!store.revoke_membership(b.id, m.id, T0).await.unwrap());
    let later = T0.plus_seconds(60);
    assert!(store.revoke_membership(a.id, m.id, later).await.unwrap());
    assert!(
        !store.revoke_membership(a.id, m.id, later).await.unwrap(),
        "revoked once"
    );
    assert!(store.memberships_of_user(sam.id).await.unwrap().is_empty());
    let kept = store.members_of_organisation(a.id).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].revoked_at, Some(later));
    assert!(!kept[0].is_active());
}

fn session_for(user: &User, token: &str, at: Timestamp) -> Session {
    Session {
        token_hash: hash_token(token),
        user_id: user.id,
        org_id: None,
        created_at: at,
        last_seen_at: at,
        stage: moves_core::session::SessionStage::Full,
    }
}

pub async fn sessions_live_until_ended(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let s1 = session_for(&sam, "token-1", T0);
    let s2 = session_for(&sam, "token-2", T0);
    store.create_session(&s1).await.unwrap();
    store.create_session(&s2).await.unwrap();
    assert_eq!(
        store.session(&s1.token_hash).await.unwrap(),
        Some(s1.clone())
    );
    assert_eq!(store.session(&hash_token("guess")).await.unwrap(), None);

    let later = T0.plus_seconds(90);
    assert!(
        store
            .touch_session(&s1.token_hash, later, Some(a.id))
            .await
            .unwrap()
    );
    let touched = store.session(&s1.token_hash).await.unwrap().unwrap();
    assert_eq!(
        (touched.last_seen_at, touched.org_id, touched.created_at),
        (later, Some(a.id), T0)
    );
    assert!(
        !store
            .touch_session(&hash_token("guess"), later, None)
            .await
            .unwrap()
    );

    assert!(store.end_session(&s1.token_hash).await.unwrap());
    assert_eq!(store.session(&s1.token_hash).await.unwrap(), None);
    assert!(!store.end_session(&s1.token_hash).await.unwrap());
    assert!(
        !store
            .touch_session(&s1.token_hash, later, None)
            .await
            .unwrap(),
        "an ended session stays ended"
    );

    store
        .create_session(&session_for(&sam, "token-3", T0))
        .await
        .unwrap();
    assert_eq!(store.end_sessions_of_user(sam.id).await.unwrap(), 2);
    assert_eq!(store.session(&s2.token_hash).await.unwrap(), None);
}

pub async fn expired_sessions_are_swept(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let idle = session_for(&sam, "idle", T0);
    let old = Session {
        last_seen_at: T0.plus_seconds(3000),
        ..session_for(&sam, "old", T0.plus_seconds(-50_000))
    };
    let fresh = session_for(&sam, "fresh", T0.plus_seconds(3000));
    for s in [&idle, &old, &fresh] {
        store.create_session(s).await.unwrap();
    }
    let ended = store
        .end_expired_sessions(T0.plus_seconds(1800), T0.plus_seconds(-43_200))
        .await
        .unwrap();
    assert_eq!(ended, 2);
    assert_eq!(store.session(&fresh.token_hash).await.unwrap(), Some(fresh));
    assert_eq!(store.session(&idle.token_hash).await.unwrap(), None);
    assert_eq!(store.session(&old.token_hash).await.unwrap(), None);
}

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

pub async fn sign_in_failures_are_counted_per_key_within_the_window(store: &dyn Store) {
    let sam = "acct:5a3f";
    let addr = "addr:192.0.2.7";
    assert_eq!(
        store.sign_in_failures_since(sam, T0).await.unwrap(),
        (0, None)
    );
    for (key, secs) in [
        (sam, 0),
        (addr, 0),
        (sam, 60),
        (addr, 60),
        (sam, 120),
        (addr, 300),
    ] {
        store
            .record_sign_in_failure(key, T0.plus_seconds(secs))
            .await
            .unwrap();
    }
    // Two failures at the same moment are two failures.
    store.record_sign_in_failure(sam, T0).await.unwrap();

    assert_eq!(
        store.sign_in_failures_since(sam, T0).await.unwrap(),
        (4, Some(T0)),
        "the window start is included"
    );
    assert_eq!(
        store
            .sign_in_failures_since(sam, T0.plus_seconds(1))
            .await
            .unwrap(),
        (2, Some(T0.plus_seconds(60)))
    );
    assert_eq!(
        store
            .sign_in_failures_since(addr, T0.plus_seconds(61))
            .await
            .unwrap(),
        (1, Some(T0.plus_seconds(300)))
    );
    assert_eq!(
        store
            .sign_in_failures_since("acct:other", T0)
            .await
            .unwrap(),
        (0, None),
        "keys are separate"
    );
    assert_eq!(
        store
            .sign_in_failures_since(sam, T0.plus_seconds(121))
            .await
            .unwrap(),
        (0, None)
    );
}

pub async fn sign_in_failures_are_cleared_and_swept(store: &dyn Store) {
    let sam = "acct:5a3f";
    let jo = "acct:77c1";
    let addr = "addr:2001:db8:1:2::/64";
    for secs in [0, 10, 20] {
        for key in [sam, jo, addr] {
            store
                .record_sign_in_failure(key, T0.plus_seconds(secs))
                .await
                .unwrap();
        }
    }
    // A successful sign-in clears the account's failures, and nothing else.
    assert_eq!(store.clear_sign_in_failures(sam).await.unwrap(), 3);
    assert_eq!(store.clear_sign_in_failures(sam).await.unwrap(), 0);
    assert_eq!(
        store.sign_in_failures_since(sam, T0).await.unwrap(),
        (0, None)
    );
    assert_eq!(
        store.sign_in_failures_since(addr, T0).await.unwrap(),
        (3, Some(T0))
    );
    // The sweep removes what is older than its bound, under every key.
    assert_eq!(
        store
            .sweep_sign_in_failures(T0.plus_seconds(20))
            .await
            .unwrap(),
        4
    );
    assert_eq!(
        store.sign_in_failures_since(jo, T0).await.unwrap(),
        (1, Some(T0.plus_seconds(20)))
    );
    assert_eq!(
        store.sign_in_failures_since(addr, T0).await.unwrap(),
        (1, Some(T0.plus_seconds(20)))
    );
    assert_eq!(
        store
            .sweep_sign_in_failures(T0.plus_seconds(20))
            .await
            .unwrap(),
        0
    );
}

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

fn link(user: &User, org: Option<&Organisation>, purpose: Purpose, hours: i64) -> OneTimeToken {
    OneTimeToken::issue(user.id, org.map(|o| o.id), purpose, T0, hours)
        .unwrap()
        .1
}

pub async fn one_time_tokens_are_created_and_read(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let hub = org(store, "Hub").await;
    let with_org = link(&sam, Some(&hub), Purpose::SetPassword, 72);
    let without = link(&sam, None, Purpose::SetPassword, 1);
    store.create_one_time_token(&with_org).await.unwrap();
    store.create_one_time_token(&without).await.unwrap();
    assert_eq!(
        store.one_time_token(&with_org.token_hash).await.unwrap(),
        Some(with_org.clone())
    );
    assert_eq!(
        store.one_time_token(&without.token_hash).await.unwrap(),
        Some(without.clone())
    );
    assert_eq!(
        store
            .one_time_token(&hash_token("no such link"))
            .await
            .unwrap(),
        None
    );
    // Reading is not using: it still works after being read many times.
    assert!(
        store
            .one_time_token(&with_org.token_hash)
            .await
            .unwrap()
            .unwrap()
            .is_usable(T0)
    );
    assert!(matches!(
        store.create_one_time_token(&with_org).await,
        Err(StoreError::Conflict(_))
    ));
}

pub async fn one_time_tokens_are_used_once_only(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let t = link(&sam, None, Purpose::SetPassword, 72);
    store.create_one_time_token(&t).await.unwrap();
    let at = T0.plus_seconds(60);
    let used = store
        .use_one_time_token(&t.token_hash, at)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(used.used_at, Some(at));
    assert_eq!(used.user_id, sam.id);
    assert_eq!(
        store
            .use_one_time_token(&t.token_hash, at.plus_seconds(1))
            .await
            .unwrap(),
        None,
        "a second use is refused"
    );
    let stored = store.one_time_token(&t.token_hash).await.unwrap().unwrap();
    assert_eq!(stored.used_at, Some(at), "the first use is what is kept");
    assert_eq!(
        store
            .use_one_time_token(&hash_token("no such link"), at)
            .await
            .unwrap(),
        None
    );
}

pub async fn expired_one_time_tokens_are_refused(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let t = link(&sam, None, Purpose::SetPassword, 1);
    store.create_one_time_token(&t).await.unwrap();
    assert_eq!(
        store
            .use_one_time_token(&t.token_hash, t.expires_at)
            .await
            .unwrap(),
        None,
        "expired at the moment it expires"
    );
    assert_eq!(
        store
            .use_one_time_token(&t.token_hash, t.expires_at.plus_seconds(3600))
            .await
            .unwrap(),
        None
    );
    let stored = store.one_time_token(&t.token_hash).await.unwrap().unwrap();
    assert_eq!(stored.used_at, None, "a refused use marks nothing");
    let just_before = Timestamp::from_millis(t.expires_at.as_millis() - 1);
    assert!(
        store
            .use_one_time_token(&t.token_hash, just_before)
            .await
            .unwrap()
            .is_some()
    );
}

pub async fn concurrent_uses_of_one_token_let_exactly_one_through(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let t = link(&sam, None, Purpose::SetPassword, 72);
    store.create_one_time_token(&t).await.unwrap();
    // Eight uses at the same moment, as from several tabs or several servers.
    let uses = futures::future::join_all(
        (0..8).map(|i| store.use_one_time_token(&t.token_hash, T0.plus_seconds(i))),
    )
    .await;
    let won: Vec<OneTimeToken> = uses.into_iter().filter_map(|r| r.unwrap()).collect();
    assert_eq!(won.len(), 1, "{won:?}");
    let stored = store.one_time_token(&t.token_hash).await.unwrap().unwrap();
    assert_eq!(stored.used_at, won[0].used_at);
}

pub async fn one_time_tokens_keep_their_purpose(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let hub = org(store, "Hub").await;
    for role in Role::ALL {
        let invite = link(&sam, Some(&hub), Purpose::Invite(role), 72);
        store.create_one_time_token(&invite).await.unwrap();
        let read = store
            .one_time_token(&invite.token_hash)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(read.purpose, Purpose::Invite(role));
        assert!(!read.sets_password(T0), "an invitation sets no password");
        assert_eq!(read, invite);
    }
    let reset = link(&sam, None, Purpose::SetPassword, 72);
    store.create_one_time_token(&reset).await.unwrap();
    assert_eq!(
        store
            .one_time_token(&reset.token_hash)
            .await
            .unwrap()
            .unwrap()
            .purpose,
        Purpose::SetPassword
    );
}

pub async fn kept_forms_are_taken_once_by_their_writer_before_they_expire(store: &dyn Store) {
    use moves_core::kept_form::{KEEP_FOR_SECS, KeptForm};
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let kept = KeptForm::seal(b"key", sam.id, "/notes", b"note=hello", T0).unwrap();
    store.keep_form(&kept).await.unwrap();
    assert_eq!(
        store.take_kept_form(kept.id, jo.id, T0).await.unwrap(),
        None,
        "not someone else's"
    );
    let both = futures::future::join(
        store.take_kept_form(kept.id, sam.id, T0),
        store.take_kept_form(kept.id, sam.id, T0),
    )
    .await;
    let taken: Vec<KeptForm> = [both.0.unwrap(), both.1.unwrap()]
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(taken, vec![kept.clone()], "taken exactly once");
    assert_eq!(taken[0].open(b"key", sam.id).unwrap(), b"note=hello");

    let late = KeptForm::seal(b"key", sam.id, "/notes", b"x=1", T0).unwrap();
    store.keep_form(&late).await.unwrap();
    assert_eq!(
        store
            .take_kept_form(late.id, sam.id, T0.plus_seconds(KEEP_FOR_SECS))
            .await
            .unwrap(),
        None,
        "expired"
    );
    assert_eq!(
        store
            .sweep_kept_forms(T0.plus_seconds(KEEP_FOR_SECS))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .sweep_kept_forms(T0.plus_seconds(KEEP_FOR_SECS))
            .await
            .unwrap(),
        0
    );
}

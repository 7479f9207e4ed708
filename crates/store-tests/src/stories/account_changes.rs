//! Changes to an account that are written together with their audit entries
//! (and whatever else goes with them) in one transaction: a sign-in, a
//! sign-out, a password set, an invitation accepted.

use super::*;
use moves_domain::auth::throttle::{ThrottlePolicy, account_key, password_counters};
use moves_domain::session::SessionStage;
use moves_store::{InviteAcceptance, PasswordChange};
use std::net::{IpAddr, Ipv4Addr};

fn session(user: &User, token: &str) -> Session {
    Session {
        token_hash: hash_token(token),
        user_id: user.id,
        org_id: None,
        created_at: T0,
        last_seen_at: T0,
        stage: SessionStage::Full,
    }
}

fn entry(org: &Organisation, user: &User, action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org.id), T0, Some(user.id), action)
        .subject(user.id.to_string())
}

async fn actions(store: &dyn Store, org: &Organisation) -> Vec<AuditAction> {
    let mut actions: Vec<AuditAction> = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    actions.sort_by_key(|a| a.as_str());
    actions
}

pub async fn a_sign_in_replaces_the_old_session_with_its_audit(store: &dyn Store) {
    let hub = org(store, "Hub").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let old = session(&sam, "old");
    store.create_session(&old).await.unwrap();
    let new = session(&sam, "new");
    store
        .start_session(
            &new,
            std::slice::from_ref(&old.token_hash),
            &[entry(&hub, &sam, AuditAction::SignIn)],
        )
        .await
        .unwrap();
    assert_eq!(store.session(&old.token_hash).await.unwrap(), None);
    assert_eq!(
        store.session(&new.token_hash).await.unwrap(),
        Some(new.clone())
    );
    assert_eq!(actions(store, &hub).await, vec![AuditAction::SignIn]);

    // Signing out ends it with its entry; a second time writes nothing.
    let out = [entry(&hub, &sam, AuditAction::SignOut)];
    assert!(
        store
            .end_session_audited(&new.token_hash, &out)
            .await
            .unwrap()
    );
    assert!(
        !store
            .end_session_audited(&new.token_hash, &[entry(&hub, &sam, AuditAction::SignOut)])
            .await
            .unwrap()
    );
    assert_eq!(store.session(&new.token_hash).await.unwrap(), None);
    assert_eq!(
        actions(store, &hub).await,
        vec![AuditAction::SignIn, AuditAction::SignOut]
    );
}

pub async fn a_password_set_by_link_ends_links_sessions_and_locks_with_its_audit(
    store: &dyn Store,
) {
    let (north, south) = (org(store, "North").await, org(store, "South").await);
    let sam = person(store, "Sam", "sam@example.org").await;
    let (_, link) = OneTimeToken::set_password(sam.id, Some(north.id), T0).unwrap();
    store.create_one_time_token(&link).await.unwrap();
    let open = session(&sam, "open");
    store.create_session(&open).await.unwrap();
    let from = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7));
    let counters = password_counters("sam@example.org", from, &ThrottlePolicy::default());
    store.count_attempt(&counters, T0).await.unwrap();
    let audit = [
        entry(&north, &sam, AuditAction::PasswordSet),
        entry(&south, &sam, AuditAction::PasswordSet),
    ];
    let clear = [account_key("sam@example.org")];
    let change = PasswordChange {
        user: sam.id,
        hash: "$argon2id$new",
        at: T0.plus_seconds(60),
        link: Some(&link.token_hash),
        clear_attempts: &clear,
        audit: &audit,
    };
    assert!(store.change_password(&change).await.unwrap());
    let stored = store.user(sam.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash.as_deref(), Some("$argon2id$new"));
    assert_eq!(store.session(&open.token_hash).await.unwrap(), None);
    assert_eq!(
        store
            .live_one_time_tokens(sam.id, T0.plus_seconds(60))
            .await
            .unwrap(),
        0
    );
    // The account's counts are forgotten (from this address and from
    // everywhere); the address's own count is not the account's.
    let (pair, address, account) = (&counters[0].key, &counters[1].key, &counters[2].key);
    assert_eq!(store.attempts_counted(pair).await.unwrap(), None);
    assert_eq!(store.attempts_counted(account).await.unwrap(), None);
    assert!(store.attempts_counted(address).await.unwrap().is_some());
    assert_eq!(actions(store, &north).await, vec![AuditAction::PasswordSet]);
    assert_eq!(actions(store, &south).await, vec![AuditAction::PasswordSet]);

    // The link is used: the same change again writes nothing at all.
    let again = PasswordChange {
        hash: "$argon2id$again",
        ..change
    };
    assert!(!store.change_password(&again).await.unwrap());
    let stored = store.user(sam.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash.as_deref(), Some("$argon2id$new"));
    assert_eq!(actions(store, &north).await, vec![AuditAction::PasswordSet]);

    // Without a link (a signed-in change), for nobody: nothing.
    let nobody = PasswordChange {
        user: UserId::new(),
        link: None,
        ..change
    };
    assert!(!store.change_password(&nobody).await.unwrap());
    assert_eq!(actions(store, &south).await, vec![AuditAction::PasswordSet]);
}

fn acceptance_audit(org: &Organisation, user: &User) -> impl Fn(MembershipId) -> Vec<AuditEntry> {
    let (org, user) = (org.clone(), user.clone());
    move |id| {
        vec![
            AuditEntry::new(
                AuditScope::Organisation(org.id),
                T0,
                Some(user.id),
                AuditAction::RoleChanged,
            )
            .subject(id.to_string()),
        ]
    }
}

pub async fn an_invitation_is_accepted_once_with_its_role_and_audit(store: &dyn Store) {
    let hub = org(store, "Hub").await;
    let new = User::new("Ana", Some(Email::parse("ana@example.org").unwrap()), T0).unwrap();
    store.create_user(&new).await.unwrap();
    let (_, link) = OneTimeToken::issue(
        new.id,
        Some(hub.id),
        Purpose::Invite(Role::Practitioner),
        T0,
        72,
    )
    .unwrap();
    store.create_one_time_token(&link).await.unwrap();
    let m = Membership::new(hub.id, new.id, Role::Practitioner, T0);
    let audit = acceptance_audit(&hub, &new);
    let accept = InviteAcceptance {
        link: &link.token_hash,
        membership: &m,
        first_password: Some("$argon2id$first"),
        at: T0.plus_seconds(1),
        audit: &audit,
    };
    assert_eq!(store.accept_invitation(&accept).await.unwrap(), Some(m.id));
    let stored = store.user(new.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash.as_deref(), Some("$argon2id$first"));
    assert_eq!(store.memberships_of_user(new.id).await.unwrap().len(), 1);
    let logged = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(hub.id)))
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].subject, Some(m.id.to_string()));
    // Used: a second acceptance writes nothing.
    assert_eq!(store.accept_invitation(&accept).await.unwrap(), None);
    assert_eq!(actions(store, &hub).await.len(), 1);

    // A role taken away is given back under its own id; a password the
    // person has meanwhile is never replaced (and nothing is written).
    let revoked = entry(&hub, &new, AuditAction::RoleChanged);
    assert!(
        store
            .revoke_membership(hub.id, m.id, T0, &revoked)
            .await
            .unwrap()
    );
    let (_, back) = OneTimeToken::issue(
        new.id,
        Some(hub.id),
        Purpose::Invite(Role::Practitioner),
        T0,
        72,
    )
    .unwrap();
    store.create_one_time_token(&back).await.unwrap();
    let fresh = Membership::new(hub.id, new.id, Role::Practitioner, T0);
    let replacing = InviteAcceptance {
        link: &back.token_hash,
        membership: &fresh,
        first_password: Some("$argon2id$other"),
        at: T0.plus_seconds(2),
        audit: &audit,
    };
    assert_eq!(store.accept_invitation(&replacing).await.unwrap(), None);
    assert!(store.memberships_of_user(new.id).await.unwrap().is_empty());
    assert_eq!(actions(store, &hub).await.len(), 2);
    let signed_in = InviteAcceptance {
        first_password: None,
        ..replacing
    };
    assert_eq!(
        store.accept_invitation(&signed_in).await.unwrap(),
        Some(m.id),
        "the old membership, given back"
    );
    let stored = store.user(new.id).await.unwrap().unwrap();
    assert_eq!(stored.password_hash.as_deref(), Some("$argon2id$first"));
    assert_eq!(
        store
            .memberships_of_user(new.id)
            .await
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        vec![m.id]
    );
    assert_eq!(actions(store, &hub).await.len(), 3);
}

pub async fn a_chosen_language_is_kept_with_the_account_and_its_audit(store: &dyn Store) {
    use moves_domain::language::Language;
    let hub = org(store, "Hub").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    assert_eq!(store.user(sam.id).await.unwrap().unwrap().language, None);

    let chosen = [entry(&hub, &sam, AuditAction::LanguageChosen).detail("cy")];
    assert!(
        store
            .choose_language(sam.id, Some(Language::Welsh), &chosen)
            .await
            .unwrap()
    );
    let read = |user: User| user.language;
    assert_eq!(
        read(store.user(sam.id).await.unwrap().unwrap()),
        Some(Language::Welsh)
    );
    // Every way a person is read carries it.
    assert_eq!(
        read(
            store
                .user_by_login("SAM@example.org")
                .await
                .unwrap()
                .unwrap()
        ),
        Some(Language::Welsh)
    );
    assert_eq!(
        store.users(&[sam.id]).await.unwrap()[0].language,
        Some(Language::Welsh)
    );
    assert_eq!(
        actions(store, &hub).await,
        vec![AuditAction::LanguageChosen]
    );

    // Back to the browser's language.
    let back = [entry(&hub, &sam, AuditAction::LanguageChosen).detail("browser")];
    assert!(store.choose_language(sam.id, None, &back).await.unwrap());
    assert_eq!(store.user(sam.id).await.unwrap().unwrap().language, None);

    // Nobody to change: nothing written, not even the entry.
    let nobody = moves_domain::ids::UserId::new();
    let stray = [entry(&hub, &sam, AuditAction::LanguageChosen)];
    assert!(
        !store
            .choose_language(nobody, Some(Language::Greek), &stray)
            .await
            .unwrap()
    );
    assert_eq!(
        actions(store, &hub).await,
        vec![AuditAction::LanguageChosen, AuditAction::LanguageChosen]
    );
}

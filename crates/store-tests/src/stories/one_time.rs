//! One-time links: used once, expire, keep their purpose.

use super::*;

fn link(user: &User, org: Option<&Organisation>, purpose: Purpose, hours: i64) -> OneTimeToken {
    OneTimeToken::issue(user.id, org.map(|o| o.id), purpose, T0, hours)
        .unwrap()
        .1
}

pub async fn one_time_tokens_are_created_and_read(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let hub = org(store, "Hub").await;
    let with_org = link(&sam, Some(&hub), Purpose::Invite(Role::Practitioner), 72);
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

pub async fn live_one_time_tokens_are_counted_per_person(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    assert_eq!(store.live_one_time_tokens(sam.id, T0).await.unwrap(), 0);
    let short = link(&sam, None, Purpose::SetPassword, 1);
    let long = link(&sam, None, Purpose::Invite(Role::YoungPerson), 72);
    store.create_one_time_token(&short).await.unwrap();
    store.create_one_time_token(&long).await.unwrap();
    store
        .create_one_time_token(&link(&jo, None, Purpose::SetPassword, 72))
        .await
        .unwrap();
    assert_eq!(store.live_one_time_tokens(sam.id, T0).await.unwrap(), 2);
    // Expired ones do not count, nor used ones.
    assert_eq!(
        store
            .live_one_time_tokens(sam.id, short.expires_at)
            .await
            .unwrap(),
        1
    );
    store
        .use_one_time_token(&long.token_hash, T0)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .live_one_time_tokens(sam.id, short.expires_at)
            .await
            .unwrap(),
        0
    );
    assert_eq!(store.live_one_time_tokens(jo.id, T0).await.unwrap(), 1);
}

async fn read(store: &dyn Store, t: &OneTimeToken) -> OneTimeToken {
    store.one_time_token(&t.token_hash).await.unwrap().unwrap()
}

pub async fn a_new_set_password_link_ends_the_older_ones(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let hub = org(store, "Hub").await;
    let first = link(&sam, Some(&hub), Purpose::SetPassword, 72);
    let invite = link(&sam, Some(&hub), Purpose::Invite(Role::Manager), 72);
    let jos = link(&jo, Some(&hub), Purpose::SetPassword, 72);
    for t in [&first, &invite, &jos] {
        store.create_one_time_token(t).await.unwrap();
    }
    let later = T0.plus_seconds(60);
    let second = OneTimeToken::issue(sam.id, None, Purpose::SetPassword, later, 72)
        .unwrap()
        .1;
    store.create_one_time_token(&second).await.unwrap();
    assert_eq!(read(store, &first).await.used_at, Some(later));
    assert!(
        store
            .use_one_time_token(&first.token_hash, later)
            .await
            .unwrap()
            .is_none()
    );
    assert!(read(store, &second).await.is_usable(later));
    // Only set-password links, and only Sam's.
    assert!(read(store, &invite).await.is_usable(later));
    assert!(read(store, &jos).await.is_usable(later));
}

pub async fn setting_a_password_ends_every_live_set_password_link(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let hub = org(store, "Hub").await;
    let reset = link(&sam, Some(&hub), Purpose::SetPassword, 72);
    let invite = link(&sam, Some(&hub), Purpose::Invite(Role::Manager), 72);
    let jos = link(&jo, Some(&hub), Purpose::SetPassword, 72);
    for t in [&reset, &invite, &jos] {
        store.create_one_time_token(t).await.unwrap();
    }
    let at = T0.plus_seconds(30);
    assert!(
        store
            .set_password_hash(sam.id, "$argon2id$v=19$new", at)
            .await
            .unwrap()
    );
    assert_eq!(read(store, &reset).await.used_at, Some(at));
    assert!(
        read(store, &invite).await.is_usable(at),
        "not an invitation"
    );
    assert!(read(store, &jos).await.is_usable(at), "not someone else's");
    // A first password is set only for someone without one, and then ends
    // links just the same.
    let again = link(&sam, Some(&hub), Purpose::SetPassword, 72);
    store.create_one_time_token(&again).await.unwrap();
    assert!(
        !store
            .set_first_password_hash(sam.id, "$argon2id$v=19$x", at)
            .await
            .unwrap()
    );
    assert_eq!(
        store
            .user(sam.id)
            .await
            .unwrap()
            .unwrap()
            .password_hash
            .as_deref(),
        Some("$argon2id$v=19$new")
    );
    assert!(read(store, &again).await.is_usable(at), "nothing was set");
    let kim = User::new("Kim", None, T0).unwrap();
    store.create_user(&kim).await.unwrap();
    assert!(
        store
            .set_first_password_hash(kim.id, "$argon2id$v=19$kim", at)
            .await
            .unwrap()
    );
    assert!(
        !store
            .set_first_password_hash(UserId::new(), "x", at)
            .await
            .unwrap()
    );
}

pub async fn an_invitation_keeps_whether_it_made_its_account(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let hub = org(store, "Hub").await;
    let mut made = link(&sam, Some(&hub), Purpose::Invite(Role::YoungPerson), 72);
    made.new_account = true;
    let found = link(&sam, Some(&hub), Purpose::Invite(Role::Manager), 72);
    store.create_one_time_token(&made).await.unwrap();
    store.create_one_time_token(&found).await.unwrap();
    assert!(
        store
            .one_time_token(&made.token_hash)
            .await
            .unwrap()
            .unwrap()
            .new_account
    );
    assert!(
        !store
            .one_time_token(&found.token_hash)
            .await
            .unwrap()
            .unwrap()
            .new_account
    );
    let used = store
        .use_one_time_token(&made.token_hash, T0)
        .await
        .unwrap()
        .unwrap();
    assert!(used.new_account);
}

pub async fn an_organisation_is_made_with_an_invitation_all_or_nothing(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let hub = Organisation::new("Hub", false, T0).unwrap();
    let invitation = link(&sam, Some(&hub), Purpose::Invite(Role::OrgAdmin), 72);
    let audit = [logged(hub.id, AuditAction::OrganisationCreated)];
    store
        .create_organisation_with_invitation(&hub, &invitation, &audit)
        .await
        .unwrap();
    assert_eq!(store.organisation(hub.id).await.unwrap(), Some(hub.clone()));
    assert_eq!(
        store.one_time_token(&invitation.token_hash).await.unwrap(),
        Some(invitation.clone())
    );
    assert!(
        store.memberships_of_user(sam.id).await.unwrap().is_empty(),
        "no role until they accept"
    );
    let mut q = AuditQuery::new(AuditScope::Organisation(hub.id));
    q.action = Some(AuditAction::OrganisationCreated);
    assert_eq!(store.list_audit(&q).await.unwrap().len(), 1);

    // The same organisation again fails, and its new invitation is not kept.
    let again = link(&sam, Some(&hub), Purpose::Invite(Role::OrgAdmin), 72);
    assert!(
        store
            .create_organisation_with_invitation(&hub, &again, &audit)
            .await
            .is_err()
    );
    assert_eq!(store.one_time_token(&again.token_hash).await.unwrap(), None);
    assert_eq!(store.list_audit(&q).await.unwrap().len(), 1);
}

pub async fn an_account_is_made_by_the_organisation_of_its_first_link(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    assert_eq!(store.account_made_by(sam.id).await.unwrap(), None);
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let first = OneTimeToken::issue(
        sam.id,
        Some(a.id),
        Purpose::Invite(Role::YoungPerson),
        T0,
        72,
    )
    .unwrap()
    .1;
    let later = OneTimeToken::issue(
        sam.id,
        Some(b.id),
        Purpose::Invite(Role::ParentCarer),
        T0.plus_seconds(3600),
        72,
    )
    .unwrap()
    .1;
    // Stored in the other order: the first made counts, not the first stored.
    store.create_one_time_token(&later).await.unwrap();
    store.create_one_time_token(&first).await.unwrap();
    assert_eq!(store.account_made_by(sam.id).await.unwrap(), Some(a.id));
}

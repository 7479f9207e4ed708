//! Sessions: live until ended, swept when expired.

use super::*;

fn session_for(user: &User, token: &str, at: Timestamp) -> Session {
    Session {
        token_hash: hash_token(token),
        user_id: user.id,
        org_id: None,
        created_at: at,
        last_seen_at: at,
        stage: moves_domain::session::SessionStage::Full,
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

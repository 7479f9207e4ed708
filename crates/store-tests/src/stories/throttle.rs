//! Sign-in failures, counted per key within a window.

use super::*;

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

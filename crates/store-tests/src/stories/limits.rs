//! One-use form keys and each person's write budget: both must hold when
//! several requests (on several servers) arrive at once.

use super::*;
use uuid::Uuid;

pub async fn a_form_key_binds_the_first_id_for_its_person_only(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let (first, second) = (Uuid::now_v7(), Uuid::now_v7());
    let claimed = store.claim_form_key(sam.id, "k1", first, T0).await.unwrap();
    assert_eq!(claimed, first);
    let again = store
        .claim_form_key(sam.id, "k1", second, T0)
        .await
        .unwrap();
    assert_eq!(again, first, "sent twice: the first id");
    // Another person's key of the same text is theirs alone.
    let jos = store.claim_form_key(jo.id, "k1", second, T0).await.unwrap();
    assert_eq!(jos, second);
    let other = store
        .claim_form_key(sam.id, "k2", second, T0)
        .await
        .unwrap();
    assert_eq!(other, second);
    // Eight sendings at once all get one id.
    let ids: Vec<Uuid> = (0..8).map(|_| Uuid::now_v7()).collect();
    let claims = futures::future::join_all(
        ids.iter()
            .map(|id| store.claim_form_key(sam.id, "k3", *id, T0)),
    )
    .await;
    let got: Vec<Uuid> = claims.into_iter().map(Result::unwrap).collect();
    assert!(got.iter().all(|g| *g == got[0]), "{got:?}");
    assert!(ids.contains(&got[0]));
    // Swept after a while, then a key may be used again.
    let later = T0.plus_seconds(60);
    assert_eq!(store.sweep_form_keys(later).await.unwrap(), 4);
    let fresh = Uuid::now_v7();
    assert_eq!(
        store
            .claim_form_key(sam.id, "k1", fresh, later)
            .await
            .unwrap(),
        fresh
    );
}

pub async fn writes_are_counted_per_person_and_hour_even_at_once(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let hour = T0;
    let next = T0.plus_seconds(3600);
    assert_eq!(store.spend_write(sam.id, hour).await.unwrap(), 1);
    assert_eq!(store.spend_write(sam.id, hour).await.unwrap(), 2);
    assert_eq!(store.spend_write(jo.id, hour).await.unwrap(), 1);
    assert_eq!(store.spend_write(sam.id, next).await.unwrap(), 1);
    let counts = futures::future::join_all((0..10).map(|_| store.spend_write(sam.id, hour))).await;
    let mut got: Vec<u64> = counts.into_iter().map(Result::unwrap).collect();
    got.sort_unstable();
    assert_eq!(got, (3..=12).collect::<Vec<u64>>(), "each its own count");
    assert_eq!(store.sweep_write_budget(next).await.unwrap(), 2);
    assert_eq!(store.spend_write(sam.id, hour).await.unwrap(), 1);
}

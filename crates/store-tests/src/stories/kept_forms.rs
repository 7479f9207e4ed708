//! Forms kept across a session timeout.

use super::*;

pub async fn kept_forms_are_taken_once_by_their_writer_before_they_expire(store: &dyn Store) {
    use moves_domain::kept_form::{KEEP_FOR_SECS, KeptForm};
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

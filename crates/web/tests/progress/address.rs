//! Check ids of elsewhere and garbage in the address are named plainly.

use super::{audit, check, history, progress};
use crate::checks_support::{self, Scene, plain};
use crate::support::T0;
use axum::http::StatusCode;
use moves_core::circle::CircleMember;
use moves_core::ids::{CheckId, CircleId};

#[tokio::test]
async fn check_ids_of_elsewhere_and_garbage_in_the_address_are_named_plainly() {
    let s = Scene::new().await;
    let (older, newer) = history(&s).await;
    let young = s.young.member.unwrap();
    // Another organisation on the same installation, with its own check.
    let t = checks_support::cast(&s.app, "Elsewhere").await;
    let theirs = check(&s.app, t.org, t.circle, 3).await;
    // A check of another circle of the same organisation.
    let ours_elsewhere = {
        use moves_core::circle::{Circle, CircleRole, NewCircle};
        let ours = s.app.store.circle(s.org, s.circle).await.unwrap().unwrap();
        let other = Circle::new(
            CircleId::new(),
            s.org,
            &NewCircle {
                focus_name: "Ben",
                ..NewCircle::default()
            },
            ours.created_by,
            T0,
        )
        .unwrap();
        let sam = CircleMember::new(
            s.org,
            other.id,
            None,
            "Sam",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap();
        s.app
            .store
            .create_circle(&other, &[sam], &audit(s.org))
            .await
            .unwrap();
        check(&s.app, s.org, other.id, 3).await
    };
    let cases = [
        (
            format!("a={}&b={}", theirs.id, newer.id),
            "is not one of this circle",
        ),
        (
            format!("a={}&b={}", older.id, ours_elsewhere.id),
            "is not one of this circle",
        ),
        (
            format!("whose={young}&a={}", CheckId::new()),
            "is not one of this circle",
        ),
        (
            format!("whose={young}&a=garbage&b=%00%FF"),
            "That is not a check",
        ),
        (
            format!("whose={young}&a={}&b={}", older.id, older.id),
            "Choose two different checks",
        ),
        (
            "whose=nonsense".to_owned(),
            "not one of the views you can see",
        ),
        (
            format!("whose={}", moves_core::ids::CircleMemberId::new()),
            "not one of the views you can see",
        ),
    ];
    for (query, message) in cases {
        let r = s
            .app
            .get(&format!("{}?{query}", progress(&s)), &s.young.cookie)
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.body);
        let text = plain(&r.body);
        assert!(text.contains(message), "{query}: {text}");
        assert!(!r.body.contains(&theirs.id.to_string()), "{query}");
        // The rest of the page still shows what it would without it.
        assert!(text.contains("What happened, newest first"), "{query}");
    }
    // Harmless oddities are not errors.
    for query in ["changed=maybe", "x=1", "a=&b=", "whose="] {
        let r = s
            .app
            .get(&format!("{}?{query}", progress(&s)), &s.young.cookie)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{query}");
    }
    let r = s
        .app
        .get(
            &format!("{}?a=1&a=2&whose=a&whose=b", progress(&s)),
            &s.young.cookie,
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "repeats read as the first"
    );
    // Their circle's progress is not ours to open, nor ours theirs.
    let r = s
        .app
        .get(&format!("/circles/{}/progress", t.circle), &s.worker.cookie)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s.app.get(&progress(&s), &t.worker.cookie).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s.app.get(&progress(&s), &s.admin_cookie).await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "an administrator not in the circle"
    );
}

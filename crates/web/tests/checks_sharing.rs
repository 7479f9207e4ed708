//! Who sees a view in a check: a draft is seen by no one else; a shared view
//! reaches exactly its audience (every author who signs in × every audience
//! offered × every reader, expected table written by hand); a view typed
//! with someone says so and reaches both of them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Person, Scene, plain};

/// The names in the "Views you can see" headings of a check page.
async fn views_seen(s: &Scene, who: &Person, check: &str) -> Vec<String> {
    let page = s.app.get(check, &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = page.html();
    let sel = scraper::Selector::parse("section.perspective h3").unwrap();
    let mut names: Vec<String> = html
        .select(&sel)
        .map(|h| plain(h.text().collect::<String>().trim()))
        .collect();
    names.sort();
    names
}

/// Readers in this order: young person, parent, practitioner, second
/// practitioner, supporter, manager of the circle's team.
const READERS: [&str; 6] = ["Zoë", "Pat", "Sam", "Kim", "Gran", "Max"];

/// Who sees a view someone else shared, by audience (readers as above).
const SEEN: [(&str, [bool; 6]); 3] = [
    ("only_me", [false, false, false, false, false, false]),
    ("practitioners", [false, false, true, true, false, true]),
    ("whole_circle", [true, true, true, true, true, true]),
];

#[tokio::test]
async fn a_shared_view_reaches_exactly_its_audience() {
    let s = Scene::new().await;
    let authors = [&s.young, &s.parent, &s.worker, &s.supporter];
    let readers = [
        &s.young,
        &s.parent,
        &s.worker,
        &s.second,
        &s.supporter,
        &s.manager,
    ];
    for (audience, row) in SEEN {
        // One check per audience: every author shares their view with it.
        let check = s.start_check(&s.worker).await;
        for author in authors {
            let first = s.start_view(author, &check, None).await;
            let r = s
                .answer(author, &first, &[("basics.housing", "partly", "")])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            let r = s.share(author, &first, audience).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        for (r, reader) in readers.iter().enumerate() {
            let mut expected: Vec<String> = authors
                .iter()
                .filter(|a| a.name == reader.name || row[r])
                .map(|a| format!("By {}", a.name))
                .collect();
            expected.sort();
            assert_eq!(
                views_seen(&s, reader, &check).await,
                expected,
                "{audience} read by {}",
                READERS[r]
            );
        }
    }
}

#[tokio::test]
async fn a_draft_is_seen_by_no_one_else() {
    let s = Scene::new().await;
    let check = s.start_check(&s.young).await;
    let first = s.start_view(&s.young, &check, None).await;
    let r = s
        .answer(
            &s.young,
            &first,
            &[("basics.housing", "not_yet", "my secret worry")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(views_seen(&s, &s.young, &check).await, ["By Zoë"]);
    for other in [&s.parent, &s.worker, &s.second, &s.supporter, &s.manager] {
        assert!(
            views_seen(&s, other, &check).await.is_empty(),
            "{}",
            other.name
        );
        let compare = s.app.get(&format!("{check}/compare"), &other.cookie).await;
        assert_eq!(compare.status, StatusCode::OK);
        assert!(!compare.body.contains("my secret worry"), "{}", other.name);
        // Nor can they open it by its address.
        let page = s.app.get(&first, &other.cookie).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{}", other.name);
    }
    // Kept as a draft on purpose ("only me"): still hers alone.
    let r = s.share(&s.young, &first, "only_me").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(views_seen(&s, &s.worker, &check).await.is_empty());
    // Shared: now the circle sees it, note and all.
    let r = s.share(&s.young, &first, "whole_circle").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let compare = s
        .app
        .get(&format!("{check}/compare"), &s.parent.cookie)
        .await;
    assert!(compare.body.contains("my secret worry"), "{}", compare.body);
}

#[tokio::test]
async fn a_view_typed_with_someone_says_so_and_reaches_both() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let page = s.app.get(&check, &s.worker.cookie).await;
    assert!(
        page.body.contains("Fill in a view with someone"),
        "{}",
        page.body
    );
    let first = s.start_view(&s.worker, &check, Some(&s.young)).await;
    let form = s.app.get(&first, &s.worker.cookie).await;
    assert!(
        plain(&form.body).contains("Entered by Sam with Zoë"),
        "{}",
        form.body
    );
    let r = s
        .answer(&s.worker, &first, &[("basics.safe", "in_place", "")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for who in [&s.worker, &s.young] {
        let names = views_seen(&s, who, &check).await;
        assert_eq!(names, ["Entered by Sam with Zoë"], "{}", who.name);
    }
    let young_page = s.app.get(&check, &s.young.cookie).await;
    assert!(
        young_page
            .body
            .contains("Typed in by someone else, with them.")
    );
    // The young person may change it too (it is hers); nobody else may.
    assert_eq!(
        s.app.get(&first, &s.young.cookie).await.status,
        StatusCode::OK
    );
    assert!(views_seen(&s, &s.second, &check).await.is_empty());
    // She has a view in this check now: starting "her own" goes on with it.
    let again = s.start_view(&s.young, &check, None).await;
    assert_eq!(again, first);
    // A parent may not type a view with someone.
    let r = s
        .app
        .post(
            &format!("{check}/perspectives"),
            &s.parent.cookie,
            support::form(&[
                ("_csrf", &s.parent.csrf),
                (
                    "perspective",
                    &moves_core::ids::PerspectiveId::new().to_string(),
                ),
                ("with", &s.supporter.member.unwrap().to_string()),
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(views_seen(&s, &s.supporter, &check).await.is_empty());
}

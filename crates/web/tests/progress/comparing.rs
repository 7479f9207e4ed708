//! Two checks compared in words, with only what changed; a circle with nothing
//! shared says so.

use super::{history, progress};
use crate::checks_support::{Scene, plain};
use axum::http::StatusCode;

#[tokio::test]
async fn two_checks_compared_in_words_with_only_what_changed() {
    let s = Scene::new().await;
    let (older, newer) = history(&s).await;
    let young = s.young.member.unwrap();
    let base = format!(
        "{}?whose={young}&a={}&b={}",
        progress(&s),
        older.id,
        newer.id
    );
    let all = s.app.get(&base, &s.young.cookie).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    let text = plain(&all.body);
    for words in [
        "↑ Towards going well",
        "↓ Away from going well",
        "= No change",
        "+ Answered for the first time",
    ] {
        assert!(text.contains(words), "{words} in {text}");
    }
    let changed = s
        .app
        .get(&format!("{base}&changed=yes"), &s.young.cookie)
        .await;
    let text = plain(&changed.body);
    assert!(text.contains("↑ Towards going well"));
    assert!(!text.contains("= No change"), "only what changed");
    assert!(
        changed
            .body
            .contains("id=\"changed-yes\" name=\"changed\" value=\"yes\" checked")
    );
    // Chosen the other way round: still earlier, then later.
    let swapped = s
        .app
        .get(
            &format!(
                "{}?whose={young}&a={}&b={}",
                progress(&s),
                newer.id,
                older.id
            ),
            &s.young.cookie,
        )
        .await;
    assert!(plain(&swapped.body).contains("↑ Towards going well"));
    // Counts per compartment, check by check, as a table.
    assert!(all.body.contains("<caption id=\"counts-basics\""));
    assert!(
        all.body.contains("aria-hidden=\"true\""),
        "the chart is hidden: the tables say it all"
    );
}

#[tokio::test]
async fn a_circle_with_nothing_shared_says_so() {
    let s = Scene::new().await;
    let r = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(r.status, StatusCode::OK);
    let text = plain(&r.body);
    assert!(
        text.contains("Nobody has shared a check with you yet"),
        "{text}"
    );
    assert!(text.contains("Nothing yet"), "{text}");
}

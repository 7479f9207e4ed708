//! Progress at a glance: the page leads with what changed since the check
//! before, in sentences, with the moves that got closer named, and a small
//! picture; the full tables wait behind disclosures, and moves never
//! answered are counted, not listed line by line.

use super::{history, progress};
use crate::checks_support::{Scene, plain};
use axum::http::StatusCode;

#[tokio::test]
async fn the_page_leads_with_what_changed_and_keeps_the_tables_behind_disclosures() {
    let s = Scene::new().await;
    let (older, _) = history(&s).await;
    let young = s.young.member.unwrap();
    let page = s
        .app
        .get(&format!("{}?whose={young}", progress(&s)), &s.young.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let text = plain(&page.body);
    // Housing: not yet -> partly; money: in place -> not yet; safe: new.
    assert!(
        text.contains("Now: 1 in place, 2 partly there, 1 not yet."),
        "{text}"
    );
    assert!(text.contains("Since the check of "), "{text}");
    assert!(text.contains("1 move got closer to “in place”:"), "{text}");
    assert!(text.contains("1 move went the other way."), "{text}");
    assert!(
        text.contains("1 move was answered for the first time."),
        "{text}"
    );
    let glance = page.body.find("id=\"glance-heading\"").unwrap();
    let tables = page.body.find("id=\"latest-heading\"").unwrap();
    assert!(glance < tables, "what changed comes first");
    assert!(
        page.body.contains("class=\"progress-glance\""),
        "the small picture"
    );
    // Every table is behind a disclosure, closed until asked for.
    assert_eq!(
        page.body
            .matches("<details class=\"progress-more\">")
            .count(),
        3
    );
    // Moves never answered are counted, not listed.
    assert!(!text.contains("No check yet"), "{text}");
    assert!(text.contains("moves here are not answered yet"), "{text}");
    // Asking to compare opens that disclosure.
    let compared = s
        .app
        .get(
            &format!("{}?whose={young}&a={}", progress(&s), older.id),
            &s.young.cookie,
        )
        .await;
    assert!(
        compared
            .body
            .contains("<details class=\"progress-more\" open>")
    );
}

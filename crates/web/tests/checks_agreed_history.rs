//! Issue 14, hole 8: the version agreed together is co-produced, so any
//! member of the circle with an account may change it, but nothing agreed is
//! ever lost: every change of a move's agreed answer is kept with who made it
//! and when, and everyone who reads the check reads that history on the
//! check page (a young person's or parent's change as much as a
//! practitioner's).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::Scene;
use support::{Reply, text};

/// The text of the check page's "Changes to what was agreed" section.
fn history(page: &Reply) -> String {
    let text = text(page);
    let (_, after) = text
        .split_once("Changes to what was agreed")
        .unwrap_or_else(|| panic!("no history on the check page: {text}"));
    after.to_owned()
}

#[tokio::test]
async fn earlier_agreed_answers_and_who_changed_them_stay_on_the_check_page() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let agreed = format!("{check}/agreed/basics");

    // Sam records what was agreed, then Zoë changes it ten minutes later.
    let r = s
        .answer(
            &s.worker,
            &agreed,
            &[("basics.housing", "in_place", "the flat is fine now")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    s.app.clock.advance_seconds(10 * 60);
    let r = s
        .answer(
            &s.young,
            &agreed,
            &[("basics.housing", "not_yet", "the heating is broken")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Everyone who reads the check reads the history: members, and the team
    // manager who reads the agreed version too.
    for who in [&s.parent, &s.worker, &s.young, &s.manager] {
        let page = s.app.get(&check, &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let h = history(&page);
        let zoe = h
            .find("Zoë")
            .unwrap_or_else(|| panic!("Zoë's change not shown to {}: {h}", who.name));
        let sam = h
            .find("Sam")
            .unwrap_or_else(|| panic!("Sam's change not shown to {}: {h}", who.name));
        assert!(zoe < sam, "newest first: {h}");
        // What Sam agreed is still there, in Zoë's change and in his own.
        assert!(h.contains("Good enough housing"), "{h}");
        assert!(
            h.contains(
                "from ● In place — the flat is fine now to ○ Not yet — the heating is broken"
            ),
            "{h}"
        );
        assert!(
            h.contains("from nothing agreed to ● In place — the flat is fine now"),
            "{h}"
        );
        // When: the day and time of each change.
        assert!(h.contains("2025-11-24 16:10"), "{h}");
        assert!(h.contains("2025-11-24 16:00"), "{h}");
    }
}

#[tokio::test]
async fn the_history_is_read_a_page_at_a_time() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let agreed = format!("{check}/agreed/basics");
    // 60 changes: more than one page holds.
    for i in 0..60 {
        let status = if i % 2 == 0 { "partly" } else { "in_place" };
        let note = format!("change {i}");
        let r = s
            .answer(&s.worker, &agreed, &[("basics.housing", status, &note)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = s.app.get(&check, &s.parent.cookie).await;
    let h = history(&page);
    assert!(h.contains("change 59"), "{h}");
    assert!(!h.contains("nothing agreed"), "only the newest page: {h}");
    let older = page
        .html()
        .select(&scraper::Selector::parse("a[rel=next]").unwrap())
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .unwrap_or_else(|| panic!("no link to older changes: {}", page.body));
    assert!(older.starts_with(&check), "{older}");
    let next = s.app.get(&older, &s.parent.cookie).await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.body);
    let h = history(&next);
    assert!(
        h.contains("from nothing agreed to ◐ Partly — change 0"),
        "{h}"
    );
    assert!(!h.contains("change 59"), "{h}");
}

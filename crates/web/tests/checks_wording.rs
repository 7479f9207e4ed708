//! A check reads with the wording it was made with (issue 4): after the
//! organisation rewords one move and hides another, an old check still shows
//! the old words and offers the hidden move, while a new check uses the new
//! wording. The young person reads the young people's wording when it is the
//! one the organisation accepted; everyone else reads the wording under it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Scene, hidden, plain};
use support::form;

const ADMIN_PAGE: &str = "/admin/framework";

/// Sends an adaptation form as the organisation's administrator.
async fn adapt(s: &Scene, path: &str, fields: &[(&str, &str)]) {
    let page = s.app.get(ADMIN_PAGE, &s.admin_cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = s
        .app
        .store
        .latest_adaptation(s.org)
        .await
        .unwrap()
        .map_or(0, |a| a.adaptation.version)
        .to_string();
    let csrf = page.csrf();
    let mut all = vec![("_csrf", csrf.as_str()), ("version", version.as_str())];
    all.extend_from_slice(fields);
    let r = s.app.post(path, &s.admin_cookie, form(&all)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}: {}", r.body);
}

#[tokio::test]
async fn an_old_check_keeps_its_wording_after_an_adaptation_and_a_new_one_uses_the_new() {
    let s = Scene::new().await;
    let old = s.start_check(&s.young).await;
    let basics = s.start_view(&s.young, &old, None).await;
    let r = s
        .answer(
            &s.young,
            &basics,
            &[
                ("basics.housing", "partly", ""),
                ("basics.money", "not_yet", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        s.share(&s.young, &basics, "whole_circle").await.status,
        StatusCode::SEE_OTHER
    );

    adapt(
        &s,
        "/admin/framework/moves/basics.housing/reword",
        &[("label", "A safe home"), ("description", "")],
    )
    .await;
    adapt(
        &s,
        "/admin/framework/moves/basics.money/hide",
        &[("hide", "yes")],
    )
    .await;

    // The old check: its own words, and the hidden move still there.
    let page = s.app.get(&basics, &s.young.cookie).await;
    assert!(page.body.contains("Good enough housing"), "{}", page.body);
    assert!(!page.body.contains("A safe home"));
    assert!(page.body.contains("name=\"status.basics.money\""));
    assert!(page.body.contains("value=\"not_yet\" checked"));
    let compare = s.app.get(&format!("{old}/compare"), &s.worker.cookie).await;
    assert!(
        compare.body.contains("Good enough housing"),
        "{}",
        compare.body
    );
    // Which wording, in plain words: the framework's title, never its id.
    let check_page = s.app.get(&old, &s.young.cookie).await;
    let said = plain(&check_page.body);
    assert!(
        said.contains(
            "It uses “The Resilience Framework for children and young people” as it was published."
        ),
        "{said}"
    );
    assert!(!said.contains("resilience-framework-cyp"), "{said}");
    assert!(!said.contains("version 0"), "{said}");

    // A new check: the new words, and the hidden move not offered.
    let new = s.start_check(&s.worker).await;
    let new_basics = s.start_view(&s.worker, &new, None).await;
    let page = s.app.get(&new_basics, &s.worker.cookie).await;
    assert!(page.body.contains("A safe home"), "{}", page.body);
    assert!(!page.body.contains("Good enough housing"));
    assert!(!page.body.contains("name=\"status.basics.money\""));
    let version = hidden(&page, "version");
    let r = s
        .send_answers(
            &s.worker,
            &new_basics,
            &version,
            &[("basics.money", "partly", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        plain(&r.body).contains("was not offered in this check"),
        "{}",
        r.body
    );
    let new_page = s.app.get(&new, &s.worker.cookie).await;
    let said = plain(&new_page.body);
    assert!(
        said.contains(
            "with your organisation’s changes as they were when it was started (version 2)."
        ),
        "{said}"
    );
    assert!(!said.contains("resilience-framework-cyp"), "{said}");
}

#[tokio::test]
async fn the_young_person_reads_the_young_peoples_wording_when_it_was_accepted() {
    let s = Scene::new().await;
    adapt(
        &s,
        "/admin/framework/overlay",
        &[
            ("overlay", "cyp-2012-young-people-example"),
            ("confirm_draft", "yes"),
        ],
    )
    .await;
    let check = s.start_check(&s.worker).await;
    let mine = s.start_view(&s.young, &check, None).await;
    let page = s.app.get(&mine, &s.young.cookie).await;
    assert!(page.body.contains("Feeling safe"), "{}", page.body);
    let theirs = s.start_view(&s.worker, &check, None).await;
    let page = s.app.get(&theirs, &s.worker.cookie).await;
    assert!(page.body.contains("Being safe"), "{}", page.body);
    assert!(!page.body.contains("Feeling safe"));
}

/// The words of a page, as a reader sees them (entities decoded).
fn words(body: &str) -> String {
    plain(
        &scraper::Html::parse_document(body)
            .root_element()
            .text()
            .collect::<String>(),
    )
}

/// The four moves the 2012 edition gives back the adult's verb, with the
/// words of the edition before it.
const ADULTS_VERB: [(&str, &str, &str); 4] = [
    (
        "belonging",
        "Help them understand their place in the world",
        "Understand their place in the world",
    ),
    (
        "core_self",
        "Teach them to understand other people's feelings",
        "Understand other people's feelings",
    ),
    (
        "core_self",
        "Help them to know themselves",
        "Know themselves",
    ),
    (
        "core_self",
        "Help them take responsibility for themselves",
        "Take responsibility for themselves",
    ),
];

/// The page of `compartment` in the view whose first compartment is at `basics`.
fn compartment(basics: &str, compartment: &str) -> String {
    basics.replace(
        "/compartments/basics",
        &format!("/compartments/{compartment}"),
    )
}

/// Whether `text` shows `label`. Case counts: each old label starts with a
/// capital, which inside its new label is small ("Help them to know themselves").
fn shows(text: &str, label: &str) -> bool {
    text.contains(label)
}

#[tokio::test]
async fn a_new_check_uses_the_2012_edition_with_the_adults_verb() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let basics = s.start_view(&s.worker, &check, None).await;
    for (c, new, old) in ADULTS_VERB {
        let page = s.app.get(&compartment(&basics, c), &s.worker.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let text = words(&page.body);
        assert!(text.contains(new), "{new} in {text}");
        assert!(!shows(&text, old), "{old} in {text}");
    }
}

#[tokio::test]
async fn an_organisation_on_the_old_edition_is_offered_the_new_one_and_its_old_checks_keep_their_words()
 {
    let s = Scene::new().await;
    // The organisation adapted the framework before the 2012 edition shipped.
    adapt(
        &s,
        "/admin/framework/edition",
        &[("edition", "resilience-framework-cyp")],
    )
    .await;
    adapt(
        &s,
        "/admin/framework/moves/basics.housing/reword",
        &[("label", "A safe home"), ("description", "")],
    )
    .await;
    adapt(
        &s,
        "/admin/framework/moves/basics.money/hide",
        &[("hide", "yes")],
    )
    .await;
    adapt(
        &s,
        "/admin/framework/local-moves",
        &[
            ("compartment", "core_self"),
            ("label", "Our allotment"),
            ("description", ""),
            ("category", ""),
        ],
    )
    .await;
    adapt(
        &s,
        "/admin/framework/overlay",
        &[
            ("overlay", "cyp-young-people-example"),
            ("confirm_draft", "yes"),
        ],
    )
    .await;
    let old = s.start_check(&s.worker).await;
    let old_basics = s.start_view(&s.worker, &old, None).await;
    let old_core = compartment(&old_basics, "core_self");
    let text = words(&s.app.get(&old_core, &s.worker.cookie).await.body);
    assert!(shows(&text, "Know themselves"), "{text}");

    // Its administrators are told, plainly, and offered the new edition.
    let admin = s.app.get(ADMIN_PAGE, &s.admin_cookie).await;
    let text = words(&admin.body);
    assert!(text.contains("A newer edition of the framework"), "{text}");
    assert!(
        text.contains("The Resilience Framework for children and young people (2012)"),
        "{text}"
    );
    assert!(
        text.contains("The wording or translation you chose belongs to the older edition"),
        "{text}"
    );
    assert!(
        admin
            .body
            .contains("name=\"edition\" value=\"resilience-framework-cyp-2012\""),
        "{}",
        admin.body
    );
    adapt(
        &s,
        "/admin/framework/edition",
        &[("edition", "resilience-framework-cyp-2012")],
    )
    .await;

    // Moved: its own changes came along; the notice is gone, and the edition
    // replaced is no longer offered.
    let latest = s
        .app
        .store
        .latest_adaptation(s.org)
        .await
        .unwrap()
        .unwrap()
        .adaptation;
    assert_eq!(latest.base, "resilience-framework-cyp-2012");
    assert_eq!(
        latest.rewordings["basics.housing"].label.as_deref(),
        Some("A safe home")
    );
    assert!(latest.hidden.iter().any(|m| m == "basics.money"));
    assert_eq!(latest.local_moves.len(), 1);
    assert_eq!(latest.overlay, None);
    let admin = s.app.get(ADMIN_PAGE, &s.admin_cookie).await;
    assert!(!admin.body.contains("A newer edition of the framework"));
    assert!(!admin.body.contains("value=\"resilience-framework-cyp\""));

    // A new check: the 2012 words, with the organisation's changes.
    let new = s.start_check(&s.worker).await;
    let new_basics = s.start_view(&s.worker, &new, None).await;
    let text = words(&s.app.get(&new_basics, &s.worker.cookie).await.body);
    assert!(text.contains("A safe home"), "{text}");
    assert!(
        !s.app
            .get(&new_basics, &s.worker.cookie)
            .await
            .body
            .contains("name=\"status.basics.money\"")
    );
    let text = words(
        &s.app
            .get(&compartment(&new_basics, "core_self"), &s.worker.cookie)
            .await
            .body,
    );
    assert!(text.contains("Help them to know themselves"), "{text}");
    assert!(text.contains("Our allotment"), "{text}");

    // The old check keeps the words it was made with.
    let text = words(&s.app.get(&old_core, &s.worker.cookie).await.body);
    assert!(shows(&text, "Know themselves"), "{text}");
    assert!(!text.contains("Help them to know themselves"), "{text}");
}

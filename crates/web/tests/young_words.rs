//! A young person reads their own words (issue 15): no page they reach
//! carries the practitioners' terms. Every page of their circle, their
//! check, their progress, the framework and their account is read as they
//! see it, and its interface text (not what people wrote, which is marked
//! `data-content`) is searched for the words on the list. A parent or carer
//! reads the same plain words; staff keep the framework's own terms.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Person, Scene};
use scraper::{Html, Node};
use support::Reply;

/// Words a young person's page must not carry (issue 15, point 7).
const NOT_FOR_YOUNG_PEOPLE: [&str; 11] = [
    "practitioner",
    "safeguarding",
    "subject access",
    "noble truth",
    "compartment",
    "audience",
    "perspective",
    "restricted",
    "protected",
    "the child",
    "the child's",
];

/// The page's text as its reader sees it, without what people wrote (names,
/// notes, answers: marked `data-content`) and without scripts and styles.
fn interface_text(reply: &Reply) -> String {
    let html = Html::parse_document(&reply.body);
    let mut out = String::new();
    for node in html.tree.nodes() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value().as_element().is_some_and(|e| {
                e.attr("data-content").is_some() || matches!(e.name(), "script" | "style")
            })
        });
        if !hidden {
            out.push_str(text);
            out.push(' ');
        }
    }
    out.replace(['\u{2068}', '\u{2069}'], "").to_lowercase()
}

/// Every page the scene's young person reaches, with what each says.
async fn pages_of(s: &Scene, who: &Person, check: &str, view: &str) -> Vec<(String, Reply)> {
    let circle = format!("/circles/{}", s.circle);
    let view_root = view.split("/compartments/").next().unwrap().to_owned();
    let mut paths = vec![
        "/".to_owned(),
        "/circles".to_owned(),
        "/framework".to_owned(),
        "/framework/compartments/basics".to_owned(),
        "/framework/moves/basics.housing".to_owned(),
        "/framework/moves/core_self.know_self".to_owned(),
        "/account/password".to_owned(),
        "/account/language".to_owned(),
        "/privacy".to_owned(),
        check.to_owned(),
        format!("{check}/compare"),
        format!("{view_root}/share"),
        format!("{view_root}/choose"),
    ];
    for part in [
        "",
        "/members",
        "/people",
        "/notes",
        "/notes/new",
        "/sharing",
        "/decider",
        "/checks",
        "/plans",
        "/plans/new",
        "/progress",
    ] {
        paths.push(format!("{circle}{part}"));
    }
    for compartment in ["basics", "belonging", "learning", "coping", "core_self"] {
        paths.push(view.replace("/basics", &format!("/{compartment}")));
    }
    let mut pages = Vec::new();
    for path in paths {
        let reply = s.app.get(&path, &who.cookie).await;
        pages.push((path, reply));
    }
    pages
}

#[tokio::test]
async fn no_page_a_young_person_or_parent_reaches_carries_the_practitioners_words() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let view = s.start_view(&s.young, &check, None).await;
    s.answer(&s.young, &view, &[("basics.housing", "partly", "")])
        .await;
    for (who, name) in [(&s.young, "young person"), (&s.parent, "parent")] {
        let view = if name == "parent" {
            s.start_view(&s.parent, &check, None).await
        } else {
            view.clone()
        };
        let mut found = Vec::new();
        for (path, reply) in pages_of(&s, who, &check, &view).await {
            assert!(
                reply.status == StatusCode::OK,
                "{name}: {path} gave {}",
                reply.status
            );
            let text = interface_text(&reply);
            for word in NOT_FOR_YOUNG_PEOPLE {
                if let Some(at) = text.find(word) {
                    let from = text[..at]
                        .char_indices()
                        .rev()
                        .nth(60)
                        .map_or(0, |(i, _)| i);
                    let to = (at + word.len() + 40).min(text.len());
                    let to = (to..=text.len())
                        .find(|i| text.is_char_boundary(*i))
                        .unwrap_or(text.len());
                    found.push(format!("{path}: \"{word}\" in …{}…", &text[from..to]));
                }
            }
        }
        assert!(found.is_empty(), "{name} reads:\n{}", found.join("\n"));
    }
    // The privacy notice that comes with the program is shown as the
    // organisation's own text (`data-content`), so it is read whole here: a
    // parent reads the family's version of it, in the same plain words.
    for (who, name) in [(&s.young, "young person"), (&s.parent, "parent")] {
        let notice = s.app.get("/privacy", &who.cookie).await.body.to_lowercase();
        for word in NOT_FOR_YOUNG_PEOPLE {
            assert!(
                !notice.contains(word),
                "{name}'s privacy notice says {word:?}"
            );
        }
        assert!(notice.contains("worker"), "{name}: {notice}");
    }
    let staff_notice = s.app.get("/privacy", &s.worker.cookie).await.body;
    assert!(staff_notice.contains("Practitioners may keep a note for safeguarding"));
    // Staff keep the framework's own terms.
    let staff = interface_text(&s.app.get("/framework", &s.worker.cookie).await);
    assert!(staff.contains("noble truths"), "{staff}");
}

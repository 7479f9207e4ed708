//! The public framework pages (issue 4, part 5), in process: the real router,
//! middleware, templates and an SQLite store on a temporary folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::http::StatusCode;
use moves_core::framework::{Catalogue, OverlayStatus};
use moves_web::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use scraper::{ElementRef, Selector};
use std::collections::BTreeSet;

mod support;

use support::App;

async fn app() -> App {
    App::empty().await
}

fn shipped() -> &'static Catalogue {
    catalogue().expect("the shipped framework files load")
}

/// `None` (the standard wording) and every shipped overlay of the public framework.
fn wordings() -> Vec<Option<&'static str>> {
    let mut all = vec![None];
    all.extend(
        shipped()
            .overlays_for(PUBLIC_FRAMEWORK)
            .into_iter()
            .map(|o| Some(o.id.as_str())),
    );
    all
}

fn with_wording(path: &str, wording: Option<&str>) -> String {
    match wording {
        Some(w) => format!("{path}?wording={w}"),
        None => path.to_owned(),
    }
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// Every public framework page: the overview, the picture, each compartment and
/// each move.
fn public_paths() -> Vec<String> {
    let fw = shipped().framework(PUBLIC_FRAMEWORK).unwrap();
    let mut paths = vec!["/framework".to_owned(), "/framework/picture.svg".to_owned()];
    paths.extend(
        fw.compartments
            .iter()
            .map(|c| format!("/framework/compartments/{}", c.id)),
    );
    paths.extend(
        fw.moves
            .iter()
            .map(|m| format!("/framework/moves/{}", m.id)),
    );
    paths
}

#[tokio::test]
async fn every_public_page_answers_200_with_every_wording_and_with_none() {
    let app = app().await;
    let wordings = wordings();
    assert_eq!(wordings.len(), 5, "standard wording and 4 shipped overlays");
    let paths = public_paths();
    assert_eq!(paths.len(), 2 + 5 + 42);
    for wording in &wordings {
        for path in &paths {
            let uri = with_wording(path, *wording);
            let page = app.get(&uri, "").await;
            assert_eq!(page.status, StatusCode::OK, "{uri}");
            if !path.ends_with(".svg") {
                assert!(page.content_type.starts_with("text/html"), "{uri}");
                assert_eq!(
                    page.html().select(&sel("h1")).count(),
                    1,
                    "{uri} has one h1"
                );
            }
        }
    }
    // An empty choice from the form is the standard wording.
    assert_eq!(
        app.get("/framework?wording=", "").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn each_of_the_42_moves_has_a_page_with_its_label_and_compartment() {
    let app = app().await;
    let fw = shipped().framework(PUBLIC_FRAMEWORK).unwrap();
    assert_eq!(fw.moves.len(), 42);
    for m in &fw.moves {
        let page = app.get(&format!("/framework/moves/{}", m.id), "").await;
        assert_eq!(page.status, StatusCode::OK, "{}", m.id);
        let html = page.html();
        let h1 = html.select(&sel("h1")).next().unwrap();
        assert_eq!(text_of(h1).trim(), m.label, "{}", m.id);
        let compartment = fw.compartment_by_id(m.compartment.as_str()).unwrap();
        let breadcrumb = html.select(&sel("nav.fw-breadcrumb")).next().unwrap();
        assert!(text_of(breadcrumb).contains(&compartment.label), "{}", m.id);
        assert!(
            html.select(&sel(&format!(
                "a[href='/framework/compartments/{}']",
                compartment.id
            )))
            .next()
            .is_some()
        );
    }
}

#[tokio::test]
async fn the_public_pages_show_the_2012_edition_with_the_adults_verb() {
    let app = app().await;
    assert_eq!(
        shipped().framework(PUBLIC_FRAMEWORK).unwrap().edition,
        "2012"
    );
    let overview = app.get("/framework", "").await.html();
    let moves: Vec<(String, String)> = overview
        .select(&sel("li[data-move]"))
        .map(|li| {
            (
                li.value().attr("data-move").unwrap().to_owned(),
                text_of(li).trim().to_owned(),
            )
        })
        .collect();
    for (id, label) in [
        (
            "belonging.place_in_world",
            "Help them understand their place in the world",
        ),
        (
            "core_self.others_feelings",
            "Teach them to understand other people's feelings",
        ),
        ("core_self.know_self", "Help them to know themselves"),
        (
            "core_self.responsibility",
            "Help them take responsibility for themselves",
        ),
    ] {
        assert!(
            moves.contains(&(id.to_owned(), label.to_owned())),
            "{id}: {label} in {moves:?}"
        );
        let page = app.get(&format!("/framework/moves/{id}"), "").await.html();
        let h1 = page.select(&sel("h1")).next().unwrap();
        assert_eq!(text_of(h1).trim(), label);
    }
    let about = overview.select(&sel(".fw-about")).next().unwrap();
    assert!(text_of(about).contains("2012"), "{}", text_of(about));
}

/// Words that belong to the people who keep the framework files, not to the
/// public: notes on where a label came from, or how to edit the files.
const MAINTAINERS_WORDS: &[&str] = &[
    "not yet confirmed",
    "confirmed against",
    "commonly reproduced",
    "commonly-reproduced",
    "provenance",
    "maintainer",
    "docs/",
    ".toml",
    "replace it with",
    "todo",
];

#[tokio::test]
async fn no_public_page_carries_a_maintainers_note_in_any_wording() {
    let app = app().await;
    for wording in wordings() {
        for path in public_paths() {
            let uri = with_wording(&path, wording);
            let page = app.get(&uri, "").await;
            assert_eq!(page.status, StatusCode::OK, "{uri}");
            let text = page.body.to_lowercase();
            for words in MAINTAINERS_WORDS {
                assert!(!text.contains(words), "{uri} says {words:?}");
            }
        }
    }
}

#[tokio::test]
async fn unknown_compartment_move_or_wording_is_404_with_a_page() {
    let app = app().await;
    for uri in [
        "/framework/compartments/nope",
        "/framework/compartments/basics.housing",
        "/framework/moves/nope",
        "/framework/moves/basics.nope",
        "/framework/moves/basics",
        "/framework?wording=nope",
        "/framework/picture.svg?wording=nope",
        "/framework/compartments/basics?wording=nope",
        "/framework/moves/basics.housing?wording=nope",
        "/framework/moves/basics.housing?wording=resilience-framework-cyp",
    ] {
        let page = app.get(uri, "").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(page.content_type.starts_with("text/html"), "{uri}");
        assert!(page.body.contains("Page not found"), "{uri}");
    }
}

#[tokio::test]
async fn the_overview_lists_exactly_42_moves_in_5_compartments_and_4_noble_truths() {
    let app = app().await;
    for wording in wordings() {
        let uri = with_wording("/framework", wording);
        let html = app.get(&uri, "").await.html();
        let compartments: Vec<_> = html.select(&sel(".fw-compartment")).collect();
        assert_eq!(compartments.len(), 5, "{uri}");
        let moves: BTreeSet<String> = html
            .select(&sel(".fw-compartment li[data-move]"))
            .map(|li| li.value().attr("data-move").unwrap().to_owned())
            .collect();
        assert_eq!(moves.len(), 42, "{uri}");
        assert_eq!(
            html.select(&sel(".fw-compartment li[data-move]")).count(),
            42,
            "{uri}: each move listed once"
        );
        // A link per compartment and per move.
        let links: BTreeSet<String> = html
            .select(&sel(".fw-compartments a[href]"))
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .filter(|h| h.starts_with("/framework/moves/"))
            .collect();
        assert_eq!(links.len(), 42, "{uri}");
        for c in &shipped().framework(PUBLIC_FRAMEWORK).unwrap().compartments {
            let href = with_wording(&format!("/framework/compartments/{}", c.id), wording);
            assert!(
                html.select(&sel(&format!(".fw-compartment a[href='{href}']")))
                    .next()
                    .is_some(),
                "{uri}: link to {href}"
            );
        }
        let truths: Vec<_> = html.select(&sel(".fw-truth")).collect();
        assert_eq!(truths.len(), 4, "{uri}");
        for truth in truths {
            // Description, planning prompt and review prompt.
            assert_eq!(truth.select(&sel("[data-content]")).count(), 4, "{uri}");
        }
    }
}

#[tokio::test]
async fn headings_are_in_order_with_landmarks() {
    let app = app().await;
    for uri in [
        "/framework",
        "/framework/compartments/belonging",
        "/framework/moves/coping.brave",
    ] {
        let html = app.get(uri, "").await.html();
        let levels: Vec<u8> = html
            .select(&sel("h1, h2, h3, h4, h5, h6"))
            .map(|h| h.value().name()[1..].parse().unwrap())
            .collect();
        assert_eq!(levels.first(), Some(&1), "{uri}");
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{uri}: headings skip a level: {levels:?}"
            );
        }
        assert_eq!(html.select(&sel("main")).count(), 1, "{uri}");
        // Colours only by class, from /framework/colours.css: no inline styles.
        assert_eq!(html.select(&sel("[style]")).count(), 0, "{uri}");
        assert!(html.select(&sel("nav[aria-label]")).count() >= 1, "{uri}");
    }
}

#[tokio::test]
async fn swedish_labels_carry_lang_sv_and_the_interface_stays_english() {
    let app = app().await;
    let sv = shipped().overlay("cyp-2012-sv").unwrap();
    let html = app.get("/framework?wording=cyp-2012-sv", "").await.html();
    let root = html.select(&sel("html")).next().unwrap();
    assert_eq!(root.value().attr("lang"), Some("en-GB"));
    let h1 = html.select(&sel("h1 [data-content]")).next().unwrap();
    assert_eq!(h1.value().attr("lang"), Some("sv"));
    assert_eq!(text_of(h1), sv.title);

    let labels: Vec<_> = html
        .select(&sel(".fw-compartment li[data-move] [data-content]"))
        .collect();
    assert_eq!(labels.len(), 42);
    for label in &labels {
        assert_eq!(
            label.value().attr("lang"),
            Some("sv"),
            "{}",
            text_of(*label)
        );
    }
    let housing = html
        .select(&sel("li[data-move='basics.housing'] [data-content]"))
        .next()
        .unwrap();
    assert_eq!(text_of(housing), "Ett tillräckligt bra boende");
    for heading in html.select(&sel(".fw-compartment-heading [data-content]")) {
        assert_eq!(heading.value().attr("lang"), Some("sv"));
    }
    // Descriptions are translated too (issue 15), and marked as Swedish.
    let description = html
        .select(&sel(".fw-compartment-description"))
        .next()
        .unwrap();
    assert_eq!(description.value().attr("lang"), Some("sv"));
    // Interface text stays English.
    let h2: Vec<String> = html.select(&sel("h2")).map(text_of).collect();
    assert!(h2.contains(&"The four noble truths".to_owned()), "{h2:?}");

    // The same on a move page, and in the picture.
    let html = app
        .get("/framework/moves/basics.housing?wording=cyp-2012-sv", "")
        .await
        .html();
    let h1 = html.select(&sel("h1 [data-content]")).next().unwrap();
    assert_eq!(
        (h1.value().attr("lang"), text_of(h1).as_str()),
        (Some("sv"), "Ett tillräckligt bra boende")
    );
    let svg = app
        .get("/framework/picture.svg?wording=cyp-2012-sv", "")
        .await
        .body;
    assert!(svg.contains("lang=\"sv\""));
    assert!(svg.contains("Grunder"));
}

#[tokio::test]
async fn the_wording_switch_lists_every_overlay_and_works_without_javascript() {
    let app = app().await;
    let overlays = shipped().overlays_for(PUBLIC_FRAMEWORK);
    for wording in wordings() {
        let uri = with_wording("/framework/compartments/coping", wording);
        let html = app.get(&uri, "").await.html();
        let form = html.select(&sel("form.fw-wording-form")).next().unwrap();
        assert_eq!(form.value().attr("method"), Some("get"));
        assert_eq!(
            form.value().attr("action"),
            Some("/framework/compartments/coping")
        );
        let select = form.select(&sel("select[name='wording']")).next().unwrap();
        let id = select.value().attr("id").unwrap();
        assert!(
            form.select(&sel(&format!("label[for='{id}']")))
                .next()
                .is_some()
        );
        let options: Vec<_> = select.select(&sel("option")).collect();
        assert_eq!(options.len(), overlays.len() + 1);
        assert_eq!(options[0].value().attr("value"), Some(""));
        assert!(text_of(options[0]).contains("Standard wording"));
        for (option, overlay) in options[1..].iter().zip(&overlays) {
            assert_eq!(option.value().attr("value"), Some(overlay.id.as_str()));
            let text = text_of(*option);
            assert!(text.contains(&overlay.title), "{text}");
            if overlay.status == OverlayStatus::Draft {
                assert!(text.contains("draft"), "{text}");
            }
        }
        let selected: Vec<_> = options
            .iter()
            .filter(|o| o.value().attr("selected").is_some())
            .map(|o| o.value().attr("value").unwrap())
            .collect();
        assert_eq!(selected, [wording.unwrap_or("")], "{uri}");
        assert_eq!(form.select(&sel("button[type='submit']")).count(), 1);
    }
    let html = app.get("/framework?wording=cyp-2012-sv", "").await.html();
    let sv = html
        .select(&sel("option[value='cyp-2012-sv']"))
        .next()
        .map(text_of)
        .unwrap();
    assert!(sv.contains("Swedish"), "{sv}");
}

#[tokio::test]
async fn the_chosen_wording_is_carried_in_links_between_framework_pages() {
    let app = app().await;
    for uri in [
        "/framework?wording=cyp-2012-el",
        "/framework/compartments/learning?wording=cyp-2012-el",
        "/framework/moves/learning.mentors?wording=cyp-2012-el",
    ] {
        let html = app.get(uri, "").await.html();
        let links: Vec<String> = html
            .select(&sel("main a[href^='/framework']"))
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .collect();
        assert!(links.len() >= 3, "{uri}: {links:?}");
        for href in links {
            assert!(href.ends_with("?wording=cyp-2012-el"), "{uri}: {href}");
        }
        let img = html.select(&sel("img")).next();
        if let Some(img) = img {
            assert_eq!(
                img.value().attr("src"),
                Some("/framework/picture.svg?wording=cyp-2012-el")
            );
        }
    }
    // Without a wording, links carry none.
    let html = app.get("/framework", "").await.html();
    for a in html.select(&sel("main a[href^='/framework']")) {
        assert!(!a.value().attr("href").unwrap().contains('?'));
    }
}

#[tokio::test]
async fn a_draft_wording_is_clearly_marked_and_its_note_shown() {
    let app = app().await;
    let overlays = shipped().overlays_for(PUBLIC_FRAMEWORK);
    assert!(overlays.iter().all(|o| o.status == OverlayStatus::Draft));
    for overlay in &overlays {
        for path in [
            "/framework",
            "/framework/compartments/basics",
            "/framework/moves/core_self.hope",
        ] {
            let uri = with_wording(path, Some(overlay.id.as_str()));
            let page = app.get(&uri, "").await;
            let html = page.html();
            let notice = html.select(&sel(".fw-notice")).next().unwrap();
            let text = text_of(notice);
            assert!(text.contains("Draft: not yet reviewed"), "{uri}");
            assert!(text.contains(&overlay.co_produced_by), "{uri}");
            if let Some(note) = &overlay.note {
                assert!(text.contains(note.as_str()), "{uri}");
            }
        }
    }
    let example = app
        .get("/framework?wording=cyp-2012-young-people-example", "")
        .await
        .body;
    assert!(example.contains("Example, not co-produced."));
    // The standard wording has no notice.
    let page = app.get("/framework", "").await;
    assert!(!page.body.contains("Draft: not yet reviewed"));
    assert_eq!(page.html().select(&sel(".fw-notice")).count(), 0);
}

#[tokio::test]
async fn the_picture_is_an_svg_with_title_role_img_and_every_compartment_name() {
    let app = app().await;
    for wording in wordings() {
        let uri = with_wording("/framework/picture.svg", wording);
        let page = app.get(&uri, "").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.content_type.starts_with("image/svg+xml"), "{uri}");
        let svg = page.body;
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{uri}"
        );
        assert!(svg.contains("role=\"img\""), "{uri}");
        assert!(svg.contains("<title id=\"fw-picture-title\">The Resilience Framework</title>"));
        assert!(svg.contains("<desc id=\"fw-picture-desc\">"));
        assert!(!svg.contains("style="), "no inline styles under the CSP");
        let fw = shipped().resolve(PUBLIC_FRAMEWORK, wording).unwrap();
        for c in &fw.compartments {
            // Every name is written in its column (a short name on one line).
            assert!(
                svg.contains(&format!(">{}</tspan>", escape(&c.label.text))),
                "{uri}: {}",
                c.label.text
            );
        }
        assert!(svg.matches("<tspan").count() > 42 + 5 + 4);
        // Well-formed enough for an XML reader: one root, closed.
        assert!(svg.trim_end().ends_with("</svg>"));
    }
    let html = app.get("/framework", "").await.html();
    let img = html.select(&sel(".fw-picture img")).next().unwrap();
    assert_eq!(img.value().attr("src"), Some("/framework/picture.svg"));
    let alt = img.value().attr("alt").unwrap();
    assert!(alt.len() > 40, "{alt}");
    // A link to the text equivalent: the lists on the page.
    let link = html
        .select(&sel(".fw-picture a[href^='#']"))
        .next()
        .unwrap();
    let target = &link.value().attr("href").unwrap()[1..];
    assert!(
        html.select(&sel(&format!("[id='{target}']")))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn compartment_colours_come_from_a_stylesheet_and_every_label_is_written() {
    let app = app().await;
    let css = app.get("/framework/colours.css", "").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.content_type.starts_with("text/css"));
    let fw = shipped().framework(PUBLIC_FRAMEWORK).unwrap();
    for c in &fw.compartments {
        assert!(
            css.body
                .contains(&format!(".fw-c-{} {{ --fw-colour: {}; }}", c.id, c.colour))
        );
    }
    let page = app.get("/framework", "").await;
    let html = page.html();
    for c in &fw.compartments {
        let heading = html
            .select(&sel(&format!(".fw-c-{} .fw-compartment-heading", c.id)))
            .next()
            .unwrap();
        assert_eq!(text_of(heading).trim(), c.label);
    }
    let framework_css = app
        .get(
            html.select(&sel("link[href*='framework.css']"))
                .next()
                .unwrap()
                .value()
                .attr("href")
                .unwrap(),
            "",
        )
        .await;
    assert_eq!(framework_css.status, StatusCode::OK);
    assert!(framework_css.body.contains("@media print"));
}

#[tokio::test]
async fn framework_content_is_marked_as_data() {
    let app = app().await;
    let html = app.get("/framework", "").await.html();
    let fw = shipped().resolve(PUBLIC_FRAMEWORK, None).unwrap();
    let data: Vec<String> = html
        .select(&sel("[data-content]"))
        .map(|e| text_of(e).trim().to_owned())
        .collect();
    for text in [
        fw.title.text.clone(),
        fw.attribution.clone(),
        fw.compartments[0].description.text.clone(),
        fw.moves[0].label.text.clone(),
        fw.noble_truths[0].planning_prompt.text.clone(),
        fw.noble_truths[0].review_prompt.text.clone(),
    ] {
        assert!(
            data.contains(&text),
            "{text} is not inside a data-content element"
        );
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

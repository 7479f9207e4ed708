//! The pseudo-locale check, shared by the tests that read pages with
//! `Accept-Language: en-XA`: every text and attribute a reader gets must be
//! inside ⟦ ⟧, which only Fluent puts there. Framework content (`data-content`)
//! and text marked `translate="no"` (language names) are exempt, as is what a
//! `<textarea>` holds (the person's own words, or the words they are editing).

#![allow(dead_code)]

use moves_web::i18n::{PSEUDO_CLOSE, PSEUDO_OPEN};
use scraper::{ElementRef, Html, Node};

/// Characters allowed outside ⟦ ⟧: spacing, punctuation and the invisible
/// marks Fluent puts around arguments.
fn is_filler(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '–' | '—'
                | '·'
                | '•'
                | '›'
                | '‹'
                | '…'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '\u{2068}'
                | '\u{2069}'
        )
}

/// Whether `text` is only ⟦…⟧ segments (which may nest, when a translated
/// string is an argument of another) plus filler.
fn fully_wrapped(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        if c == PSEUDO_OPEN {
            depth += 1;
        } else if c == PSEUDO_CLOSE {
            if depth == 0 {
                return false;
            }
            depth -= 1;
        } else if depth == 0 && !is_filler(c) {
            return false;
        }
    }
    depth == 0
}

/// Skipped: framework data, and what is not shown as text.
fn is_exempt(element: ElementRef<'_>) -> bool {
    let e = element.value();
    e.attr("data-content").is_some()
        || e.attr("translate") == Some("no")
        || matches!(e.name(), "script" | "style" | "template" | "textarea")
}

fn exempt_by_ancestor(element: ElementRef<'_>) -> bool {
    is_exempt(element)
        || element
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(is_exempt)
}

/// What one page shows that did not come through Fluent, and how much was
/// checked (so the test cannot pass by checking nothing).
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    pub texts_checked: usize,
    pub attributes_checked: usize,
    pub data_elements: usize,
}

pub fn check(html: &str) -> Report {
    let doc = Html::parse_document(html);
    let mut report = Report::default();

    for node in doc.tree.nodes() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let text: &str = text;
        if text.trim().is_empty() {
            continue;
        }
        let parent = node.parent().and_then(ElementRef::wrap);
        // The title has its own rule, below.
        if parent.is_some_and(|p| exempt_by_ancestor(p) || p.value().name() == "title") {
            continue;
        }
        report.texts_checked += 1;
        if !fully_wrapped(text) {
            let within = parent
                .map(|p| p.value().name().to_owned())
                .unwrap_or_default();
            report
                .problems
                .push(format!("text in <{within}>: {:?}", text.trim()));
        }
    }

    for node in doc.tree.nodes() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        if is_exempt(element) {
            report.data_elements += 1;
        }
        if exempt_by_ancestor(element) {
            continue;
        }
        let e = element.value();
        let mut names = vec!["alt", "aria-label", "placeholder", "title"];
        let is_button = e.name() == "button"
            || (e.name() == "input"
                && matches!(e.attr("type"), Some("submit" | "button" | "reset")));
        if is_button {
            names.push("value");
        }
        for name in names {
            let Some(value) = e.attr(name) else { continue };
            report.attributes_checked += 1;
            if !fully_wrapped(value) || !value.contains(PSEUDO_OPEN) {
                report
                    .problems
                    .push(format!("{name}=\"{value}\" on <{}>", e.name()));
            }
        }
    }

    let title = doc
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|e| e.text().collect::<String>());
    // A title may start with the data the page is about (a circle's name, a
    // compartment's label), when the page shows that same text as data.
    let data: Vec<String> = doc
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().attr("data-content").is_some())
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect();
    let names_data = |t: &str| {
        t.rsplit_once(" – ").is_some_and(|(head, tail)| {
            fully_wrapped(tail)
                && tail.contains(PSEUDO_OPEN)
                && data.iter().any(|d| d == head.trim())
        })
    };
    match title {
        Some(t) if t.contains(PSEUDO_OPEN) && (fully_wrapped(&t) || names_data(&t)) => {}
        other => report.problems.push(format!("<title> {other:?}")),
    }
    report
}

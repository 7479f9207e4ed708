//! Every language has every message of the English (issue 15, point 13), and
//! is really translated: a language fails when more than 5% of the values that
//! could be translated are left identical to the English.
//!
//! What "could be translated" means: a value counts when, after its
//! placeables (`{ $name }`, `{ NUMBER(...) }`, references) are taken out and
//! the names that stay the same in every language are taken out (the product's
//! and the approach's names, file formats, the second factor's standard names;
//! see [`SAME_IN_EVERY_LANGUAGE`]), it still has a letter. So `{ $count }`,
//! `{ $a } – { $b }`, "Resilient Moves" or "JSON" may be identical to the
//! English without counting against a language, while "Save" may not.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use moves_core::language::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Names written the same in every language (brand and proper names, formats,
/// standards). Longest first, so a longer name is taken out before a part of it.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Resilient Therapy",
    "Resilient Moves",
    "Boingboing",
    "Angie Hart",
    "Derek Blincow",
    "Helen Thomas",
    "JSON",
    "CSV",
    "PDF",
    "TOTP",
    "UTC",
    "QR",
];

/// The largest share of translatable values that may be left as the English.
const MOST_LEFT_IN_ENGLISH: f64 = 0.05;

/// One message (or term) value or attribute: `key` or `key.attribute`.
type Values = BTreeMap<String, String>;

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

/// A pattern as comparable text: its words as written, each placeable as
/// `{…}` with what it names, select variants in order.
fn flatten(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Inline(inline) => inline_text(inline, out),
        Expression::Select { selector, variants } => {
            out.push_str("{select ");
            inline_text(selector, out);
            for v in variants {
                out.push_str(" [");
                flatten(&v.value, out);
                out.push(']');
            }
            out.push('}');
        }
    }
}

fn inline_text(inline: &InlineExpression<&str>, out: &mut String) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            // A literal is text the reader sees (`{ "{" }`).
            out.push_str(value);
        }
        InlineExpression::NumberLiteral { value } => {
            out.push_str(&format!("{{{value}}}"));
        }
        InlineExpression::FunctionReference { id, .. } => {
            out.push_str(&format!("{{{}()}}", id.name));
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.push_str(&format!(
                "{{{}{}}}",
                id.name,
                attribute
                    .as_ref()
                    .map_or(String::new(), |a| format!(".{}", a.name))
            ));
        }
        InlineExpression::TermReference { id, .. } => {
            out.push_str(&format!("{{-{}}}", id.name));
        }
        InlineExpression::VariableReference { id } => {
            out.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::Placeable { expression } => expression_text(expression, out),
    }
}

/// Every value of every `.ftl` file in `dir`; a file that does not parse
/// fails the test (Fluent would drop what it cannot read).
fn values(dir: &Path) -> (Values, BTreeSet<String>) {
    let mut values = Values::new();
    let mut files = BTreeSet::new();
    let mut problems = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    for path in paths {
        files.insert(path.file_name().unwrap().to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.push(format!("{}: {errors:?}", path.display()));
                r
            }
        };
        for entry in resource.body {
            let (key, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            if let Some(value) = value {
                let mut s = String::new();
                flatten(&value, &mut s);
                if values.insert(key.clone(), s).is_some() {
                    problems.push(format!("{}: {key} is given twice", path.display()));
                }
            }
            for a in attributes {
                let mut s = String::new();
                flatten(&a.value, &mut s);
                values.insert(format!("{key}.{}", a.id.name), s);
            }
        }
    }
    assert!(
        problems.is_empty(),
        "translation files that do not parse:\n{}",
        problems.join("\n")
    );
    (values, files)
}

/// Whether a value has something to translate: a letter left once the
/// placeables and the names that stay the same are taken out.
fn translatable(value: &str) -> bool {
    let mut rest = value_words(value);
    for name in SAME_IN_EVERY_LANGUAGE {
        rest = rest.replace(name, " ");
    }
    rest.chars().any(char::is_alphabetic)
}

/// The words of a flattened value, without its placeables but with the text
/// of its select variants.
fn value_words(value: &str) -> String {
    let mut out = String::new();
    // Placeables are `{…}`; a select's variants are `[…]` inside `{select …}`:
    // the text directly inside a variant is kept, placeables inside it are not.
    let mut open: Vec<char> = Vec::new();
    for c in value.chars() {
        match (c, open.last()) {
            ('{', _) => open.push('{'),
            ('}', Some('{')) | (']', Some('[')) => {
                open.pop();
            }
            ('[', Some('{')) => open.push('['),
            (_, None | Some('[')) => out.push(c),
            _ => {}
        }
    }
    out
}

struct Coverage {
    missing: Vec<String>,
    extra: Vec<String>,
    missing_files: Vec<String>,
    identical: Vec<String>,
    translatable: usize,
}

fn coverage(language: Language) -> Coverage {
    let (english, english_files) = values(&i18n_dir().join(Language::EnglishUk.tag()));
    let dir = i18n_dir().join(language.tag());
    assert!(
        dir.is_dir(),
        "there is no folder of {} translations: {} is missing, so all {} English messages are too",
        language.endonym(),
        dir.display(),
        english.len()
    );
    let (theirs, their_files) = values(&dir);
    let missing = english
        .keys()
        .filter(|k| !theirs.contains_key(*k))
        .cloned()
        .collect();
    let extra = theirs
        .keys()
        .filter(|k| !english.contains_key(*k))
        .cloned()
        .collect();
    let missing_files = english_files.difference(&their_files).cloned().collect();
    let mut identical = Vec::new();
    let mut count = 0;
    for (key, en) in &english {
        if !translatable(en) {
            continue;
        }
        count += 1;
        if theirs.get(key) == Some(en) {
            identical.push(format!("{key} = {en}"));
        }
    }
    Coverage {
        missing,
        extra,
        missing_files,
        identical,
        translatable: count,
    }
}

fn assert_complete(language: Language) {
    let c = coverage(language);
    let mut failures = Vec::new();
    if !c.missing_files.is_empty() {
        failures.push(format!("files missing: {}", c.missing_files.join(", ")));
    }
    if !c.missing.is_empty() {
        failures.push(format!(
            "{} messages or attributes missing:\n  {}",
            c.missing.len(),
            c.missing.join("\n  ")
        ));
    }
    if !c.extra.is_empty() {
        failures.push(format!(
            "{} messages the English no longer has (remove or rename them):\n  {}",
            c.extra.len(),
            c.extra.join("\n  ")
        ));
    }
    #[allow(clippy::cast_precision_loss)]
    let share = c.identical.len() as f64 / c.translatable.max(1) as f64;
    if share > MOST_LEFT_IN_ENGLISH {
        failures.push(format!(
            "{} of {} translatable values ({:.1}%, over {:.0}%) are the same as the English:\n  {}",
            c.identical.len(),
            c.translatable,
            share * 100.0,
            MOST_LEFT_IN_ENGLISH * 100.0,
            c.identical.join("\n  ")
        ));
    }
    assert!(
        failures.is_empty(),
        "{} ({}) is not complete:\n{}",
        language.endonym(),
        language.tag(),
        failures.join("\n")
    );
}

#[test]
fn welsh_has_every_message_translated() {
    assert_complete(Language::Welsh);
}

#[test]
fn swedish_has_every_message_translated() {
    assert_complete(Language::Swedish);
}

#[test]
fn greek_has_every_message_translated() {
    assert_complete(Language::Greek);
}

#[test]
fn english_is_read_whole() {
    // Guard against a reading that finds nothing (attributes: see below).
    let (english, files) = values(&i18n_dir().join("en-GB"));
    assert!(english.len() > 1000, "{}", english.len());
    assert!(files.contains("main.ftl"));
    assert!(english.contains_key("site-name"));
}

#[test]
fn what_counts_as_translatable() {
    for same in [
        "{$count}",
        "{$a} – {$b}",
        "{NUMBER()}",
        "Resilient Moves",
        "{$name} (JSON)",
        "",
        "…",
    ] {
        assert!(!translatable(same), "{same:?}");
    }
    for words in [
        "Save",
        "Set up Resilient Moves",
        "{$count} moves",
        "{select {$count} [one move] [{$count} moves]}",
        "Ελληνικά",
    ] {
        assert!(translatable(words), "{words:?}");
    }
}

#[test]
fn a_value_left_in_english_or_missing_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.ftl"),
        "hello = Hello\nsave = Save\n    .title = Save it\ncount = { $count }\n",
    )
    .unwrap();
    let (v, _) = values(dir.path());
    assert_eq!(v["save.title"], "Save it");
    assert_eq!(v["count"], "{$count}");
    assert!(!translatable(&v["count"]));
    assert!(translatable(&v["hello"]));
    assert_eq!(
        value_words("{select {$n} [one day] [{$n} days]}").trim(),
        "one day days"
    );
}

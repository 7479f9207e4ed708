//! `moves framework check` and `moves framework show` (issue 4, part 6), run as
//! the built binary: every problem as `FILE:LINE: message`, exit 1 on any
//! error, and never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The framework files in the source tree.
fn frameworks() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks")
}

fn base_file() -> PathBuf {
    frameworks().join("resilience-framework-cyp.toml")
}

fn overlay_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(frameworks().join("overlays"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn moves(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_moves"))
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap()
}

fn moves_check(args: &[&Path], strict: bool) -> Output {
    let mut all = vec!["framework", "check"];
    if strict {
        all.push("--strict");
    }
    let paths: Vec<&str> = args.iter().map(|p| p.to_str().unwrap()).collect();
    all.extend(paths);
    moves(&all)
}

/// Standard output and standard error together.
fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn assert_no_panic(out: &Output) {
    let all = text(out);
    assert!(
        !all.contains("panicked") && !all.contains("RUST_BACKTRACE"),
        "{all}"
    );
}

/// A copy of `text` with `from` (which must occur) replaced once.
fn edited(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is in the file");
    text.replacen(from, to, 1)
}

/// The 1-based line on which `needle` first occurs.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).unwrap();
    text[..at].matches('\n').count() + 1
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn shipped_base() -> String {
    std::fs::read_to_string(base_file()).unwrap()
}

#[test]
fn the_shipped_files_are_valid_even_under_strict() {
    // Both editions: the 2012 one, and the one it replaces (kept for old records).
    let mut files = vec![
        base_file(),
        frameworks().join("resilience-framework-cyp-2012.toml"),
    ];
    files.extend(overlay_files());
    assert_eq!(files.len(), 10);
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    for strict in [false, true] {
        let out = moves_check(&paths, strict);
        let all = text(&out);
        assert!(out.status.success(), "{all}");
        assert_no_panic(&out);
        for file in &files {
            assert!(all.contains(&format!("ok {}", file.display())), "{all}");
        }
        assert_eq!(
            all.matches("5 compartments, 42 moves, 4 noble truths")
                .count(),
            2,
            "{all}"
        );
        assert!(!all.contains("warning"), "{all}");
    }
    // And each on its own, as a deployer would check one file.
    for file in &files {
        let out = moves_check(&[file.as_path()], true);
        let all = text(&out);
        assert!(out.status.success(), "{all}");
        assert!(!all.contains("warning"), "{all}");
    }
}

/// Checks one broken file: exit 1, the message at `FILE:LINE:`, no panic.
fn assert_broken(name: &str, contents: &str, line_text: &str, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, contents);
    let out = moves_check(&[&path], false);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    let expected = format!("{}:{}: ", path.display(), line_of(contents, line_text));
    let line = all
        .lines()
        .find(|l| l.starts_with(&expected))
        .unwrap_or_else(|| panic!("no line starting {expected:?} in:\n{all}"));
    assert!(line.contains(message), "{message:?} in {line:?}");
    assert!(!all.contains(&format!("ok {}", path.display())), "{all}");
}

#[test]
fn a_syntax_error_is_reported_with_its_line() {
    let base = shipped_base();
    let broken = edited(&base, "edition = \"2007\"", "edition = \"2007");
    assert_broken("syntax.toml", &broken, "edition = \"2007", "not valid TOML");
}

#[test]
fn a_duplicate_id_is_reported_with_its_line() {
    let base = shipped_base();
    let broken = edited(&base, "id = \"basics.money\"", "id = \"basics.housing\"");
    // The second "basics.housing" is the one reported.
    let second = broken
        .match_indices("id = \"basics.housing\"")
        .nth(1)
        .unwrap()
        .0;
    let line = broken[..second].matches('\n').count() + 1;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "duplicate.toml", &broken);
    let out = moves_check(&[&path], false);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    assert!(
        all.contains(&format!(
            "{}:{line}: move \"basics.housing\" is already defined",
            path.display()
        )),
        "{all}"
    );
}

#[test]
fn a_move_in_an_unknown_compartment_is_reported() {
    let base = shipped_base();
    let broken = edited(
        &base,
        "compartment = \"coping\"\norder = 2",
        "compartment = \"copin\"\norder = 2",
    );
    assert_broken(
        "compartment.toml",
        &broken,
        "compartment = \"copin\"",
        "which this file does not define",
    );
}

#[test]
fn an_unknown_category_is_reported() {
    let base = shipped_base();
    let broken = edited(&base, "category = \"money\"", "category = \"cash\"");
    assert_broken(
        "category.toml",
        &broken,
        "category = \"cash\"",
        "category \"cash\" is not one of the fixed categories",
    );
}

#[test]
fn a_missing_label_in_a_base_edition_is_an_error() {
    let base = shipped_base();
    let broken = edited(&base, "label = \"Being safe\"\n", "");
    // Reported at the start of the move that lacks it.
    assert_broken(
        "label.toml",
        &broken,
        "[[moves]]\nid = \"basics.safe\"",
        "move \"basics.safe\": label is missing",
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let base = shipped_base();
    let broken = edited(
        &edited(&base, "category = \"money\"", "category = \"cash\""),
        "category = \"housing\"",
        "category = \"homes\"",
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.toml", &broken);
    let good = base_file();
    let missing = dir.path().join("missing.toml");
    let out = moves_check(&[&bad, &good, &missing], false);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    assert!(all.contains("\"cash\""), "{all}");
    assert!(all.contains("\"homes\""), "{all}");
    assert!(all.contains(&format!("ok {}", good.display())), "{all}");
    assert!(
        all.contains(&format!(
            "{}: cannot be read: there is no such file",
            missing.display()
        )),
        "{all}"
    );
    assert!(all.contains("2 of 3 files had errors"), "{all}");
}

#[test]
fn a_file_that_cannot_be_read_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let not_utf8 = dir.path().join("latin1.toml");
    std::fs::write(&not_utf8, b"id = \"caf\xe9\"\n").unwrap();
    for (path, message) in [
        (not_utf8.clone(), "is not UTF-8 text"),
        (dir.path().to_owned(), "is a folder, not a file"),
        (dir.path().join("nope.toml"), "there is no such file"),
    ] {
        let out = moves_check(&[&path], false);
        let all = text(&out);
        assert_eq!(out.status.code(), Some(1), "{all}");
        assert_no_panic(&out);
        let first = all.lines().next().unwrap();
        let prefix = format!("{}: cannot be read: ", path.display());
        assert!(first.starts_with(&prefix), "{all}");
        assert!(first.contains(message), "{all}");
    }
    // An empty file is a base edition with everything missing, not a crash.
    let empty = write(dir.path(), "empty.toml", "");
    let out = moves_check(&[&empty], false);
    assert_eq!(out.status.code(), Some(1));
    assert_no_panic(&out);
    assert!(text(&out).contains(&empty.display().to_string()));
}

#[test]
fn an_overlay_label_missing_is_a_warning_and_an_error_when_strict() {
    let sv = std::fs::read_to_string(frameworks().join("overlays/cyp-sv.toml")).unwrap();
    let partial = edited(&sv, "label = \"Grunder\"\n", "");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "partial.toml", &partial);
    let line = line_of(&partial, "[compartments.basics]");

    let out = moves_check(&[&path], false);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert_no_panic(&out);
    assert!(
        all.contains(&format!(
            "{}:{line}: warning: compartment \"basics\" has no label in this overlay",
            path.display()
        )),
        "{all}"
    );
    assert!(all.contains(&format!("ok {}", path.display())), "{all}");

    let out = moves_check(&[&path], true);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    assert!(
        all.contains(&format!(
            "{}:{line}: compartment \"basics\" has no label in this overlay",
            path.display()
        )),
        "{all}"
    );
}

#[test]
fn an_overlay_is_checked_against_a_base_given_in_the_same_call() {
    let base = edited(
        &shipped_base(),
        "id = \"resilience-framework-cyp\"",
        "id = \"my-edition\"",
    );
    let overlay = edited(
        &std::fs::read_to_string(frameworks().join("overlays/cyp-sv.toml")).unwrap(),
        "base = \"resilience-framework-cyp\"",
        "base = \"my-edition\"",
    );
    let dir = tempfile::tempdir().unwrap();
    let base_path = write(dir.path(), "my-edition.toml", &base);
    let overlay_path = write(dir.path(), "my-overlay.toml", &overlay);

    // Overlay first on the command line: bases are still read first.
    let out = moves_check(&[&overlay_path, &base_path], false);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert!(
        all.contains(&format!(
            "ok {} (overlay \"cyp-sv\" for \"my-edition\")",
            overlay_path.display()
        )),
        "{all}"
    );

    // Alone, its base is unknown.
    let out = moves_check(&[&overlay_path], false);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    assert!(
        all.contains(&format!(
            "{}:{}: overlay \"cyp-sv\" is for base edition \"my-edition\", which is not loaded",
            overlay_path.display(),
            line_of(&overlay, "base = ")
        )),
        "{all}"
    );

    // A base given in the call replaces the built-in one of the same id: an
    // overlay naming a move that edition lacks is an error.
    let smaller = edited(
        &shipped_base(),
        "[[moves]]\nid = \"coping.laugh\"",
        "[[moves]]\nid = \"coping.giggle\"",
    );
    let smaller_path = write(dir.path(), "smaller.toml", &smaller);
    let sv = frameworks().join("overlays/cyp-sv.toml");
    let out = moves_check(&[&smaller_path, &sv], false);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(
        all.contains("move \"coping.laugh\" is not in the base edition"),
        "{all}"
    );
}

#[test]
fn check_needs_at_least_one_file_and_explains_itself() {
    let out = moves(&["framework", "check"]);
    assert!(!out.status.success());
    assert_no_panic(&out);
    let help = text(&moves(&["framework", "check", "--help"]));
    for word in ["FILE", "--strict", "FILE:LINE: message", "overlay"] {
        assert!(help.contains(word), "{word} in: {help}");
    }
    let help = text(&moves(&["framework", "--help"]));
    assert!(help.contains("check") && help.contains("show"), "{help}");
    assert!(text(&moves(&["--help"])).contains("framework"));
}

#[test]
fn show_prints_the_base_edition_readably() {
    let out = moves(&["framework", "show", "resilience-framework-cyp"]);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert_no_panic(&out);
    for expected in [
        "The Resilience Framework for children and young people",
        "attribution: Hart, Blincow & Thomas (2007)",
        "5 compartments, 42 moves, 4 noble truths",
        "1. Basics  [basics, colour #1d5e8c]",
        "1. Good enough housing  [basics.housing; category: housing]",
        "5. Core Self  [core_self",
        "Noble truths",
        "1. Accepting  [accepting]",
        "When planning:",
        "At a review:",
        "cyp-sv (translation, sv, draft)",
    ] {
        assert!(all.contains(expected), "{expected:?} in:\n{all}");
    }
    // Every move id, once.
    let base = shipped_base();
    let ids: Vec<&str> = base
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .filter(|id| id.contains('.'))
        .collect();
    assert_eq!(ids.len(), 42);
    for id in ids {
        assert_eq!(all.matches(&format!("[{id}")).count(), 1, "{id}");
    }
}

#[test]
fn show_prints_an_overlay_with_its_status_and_labels() {
    let out = moves(&["framework", "show", "cyp-sv"]);
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    for expected in [
        "Resiliensramverket för barn och unga",
        "cyp-sv (overlay of resilience-framework-cyp)",
        "kind:",
        "translation",
        "status:",
        "draft",
        "co-produced by: Draft machine-assisted translation",
        "licence:",
        "note:",
        "1. Grunder  [basics]",
        "1. Ett tillräckligt bra boende  [basics.housing]",
    ] {
        assert!(all.contains(expected), "{expected:?} in:\n{all}");
    }
    let example = text(&moves(&["framework", "show", "cyp-young-people-example"]));
    assert!(example.contains("audience:"), "{example}");
    assert!(example.contains("young-people"), "{example}");
    assert!(example.contains("Example, not co-produced."), "{example}");
}

#[test]
fn show_with_an_unknown_id_lists_the_known_ones() {
    let out = moves(&["framework", "show", "nope"]);
    let all = text(&out);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert_no_panic(&out);
    assert!(all.starts_with("error: "), "{all}");
    assert!(all.contains("\"nope\""), "{all}");
    assert!(all.contains("resilience-framework-cyp"), "{all}");
    assert!(all.contains("resilience-framework-cyp-2012"), "{all}");
    assert!(all.contains("cyp-2012-sv"), "{all}");
    assert_eq!(all.lines().count(), 1, "{all}");
}

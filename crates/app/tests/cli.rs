//! The command line as a newcomer meets it: help, version, configuration, and the
//! mistakes people make, each ending in one clear sentence and a non-zero exit.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{Server, moves, text};

fn assert_clear_failure(out: &std::process::Output, expected: &str) {
    let all = text(out);
    assert!(!out.status.success(), "should fail: {all}");
    assert!(all.contains(expected), "expected {expected:?} in: {all}");
    assert!(
        !all.contains("panicked") && !all.contains("RUST_BACKTRACE"),
        "no panic: {all}"
    );
    let error_lines: Vec<&str> = all.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(error_lines.len(), 1, "one error line: {all}");
}

#[test]
fn help_and_version_speak_plainly() {
    let out = moves(&["--help"]);
    assert!(out.status.success());
    let help = text(&out);
    for word in [
        "serve",
        "migrate",
        "backup",
        "config",
        "Resilience Framework",
    ] {
        assert!(help.contains(word), "{word} in help: {help}");
    }
    let serve_help = text(&moves(&["serve", "--help"]));
    for flag in [
        "--addr",
        "--data-dir",
        "--database-url",
        "--config",
        "--public-url",
        "--trusted-proxies",
        "--tls-cert",
        "--metrics-token",
        "MOVES_DATA_DIR",
    ] {
        assert!(serve_help.contains(flag), "{flag} in serve help");
    }
    let version = text(&moves(&["--version"]));
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
}

#[test]
fn config_shows_the_effective_settings_with_secrets_masked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("moves.toml");
    std::fs::write(
        &file,
        "addr = \"127.0.0.1:9999\"\npublic_url = \"https://moves.example.org/\"\nmetrics_token = \"a-very-secret-token\"\ntrusted_proxies = [\"10.0.0.0/8\"]\n",
    )
    .unwrap();
    let out = moves(&[
        "config",
        "--config",
        file.to_str().unwrap(),
        "--database-url",
        "postgres://moves:hunter2@db.example.org/moves",
        "--addr",
        "127.0.0.1:7000",
    ]);
    let shown = text(&out);
    assert!(out.status.success(), "{shown}");
    assert!(
        shown.contains("addr = \"127.0.0.1:7000\""),
        "a flag beats the file: {shown}"
    );
    assert!(
        shown.contains("public_url = \"https://moves.example.org\""),
        "{shown}"
    );
    assert!(shown.contains("10.0.0.0/8"), "{shown}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("a-very-secret-token"),
        "secrets masked: {shown}"
    );
    assert!(shown.contains("moves:********@db.example.org"), "{shown}");
}

#[test]
fn an_unknown_config_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("moves.toml");
    std::fs::write(
        &file,
        "addr = \"127.0.0.1:9999\"\ndatabase_ulr = \"postgres://x/y\"\n",
    )
    .unwrap();
    let out = moves(&["serve", "--config", file.to_str().unwrap()]);
    assert_clear_failure(&out, "database_ulr");
    assert!(text(&out).contains("moves.toml:2"), "{}", text(&out));
}

#[test]
fn a_wrong_database_url_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    assert_clear_failure(
        &moves(&[
            "migrate",
            "--data-dir",
            d,
            "--database-url",
            "mysql://localhost/moves",
        ]),
        "postgres://",
    );
    // Nothing listens on port 1: a refused connection, said plainly.
    let out = moves(&[
        "migrate",
        "--database-url",
        "postgres://moves@127.0.0.1:1/moves",
    ]);
    assert_clear_failure(&out, "could not connect to PostgreSQL at 127.0.0.1:1/moves");
}

#[test]
fn a_corrupt_database_file_is_refused_without_harm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("moves.db");
    let garbage = b"this is not a database, it is a shopping list: eggs, milk, bread. ".repeat(100);
    std::fs::write(&db, &garbage).unwrap();
    let out = moves(&[
        "serve",
        "--data-dir",
        dir.path().to_str().unwrap(),
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_clear_failure(&out, "is not a Resilient Moves database, or it is damaged");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        garbage,
        "the file is left as it was"
    );
}

#[test]
fn an_unusable_data_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    assert_clear_failure(
        &moves(&["migrate", "--data-dir", file.to_str().unwrap()]),
        "exists but is a file",
    );
    // A directory that cannot be created (even by root): /proc refuses new folders.
    assert_clear_failure(
        &moves(&["migrate", "--data-dir", "/proc/moves-data"]),
        "could not create the data directory /proc/moves-data",
    );
}

#[test]
fn a_port_in_use_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let first = Server::start(
        dir.path(),
        &["--data-dir", dir.path().join("a").to_str().unwrap()],
        &[],
    );
    let addr = format!("127.0.0.1:{}", first.port);
    let out = moves(&[
        "serve",
        "--addr",
        &addr,
        "--data-dir",
        dir.path().join("b").to_str().unwrap(),
    ]);
    assert_clear_failure(&out, "is already in use");
    assert!(
        !dir.path().join("b").exists(),
        "a failed start touches no data"
    );
}

#[test]
fn migrate_applies_once_and_check_reports_pending() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let check = moves(&["migrate", "--check", "--data-dir", d]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(text(&check).contains("foundation"), "{}", text(&check));
    let apply = moves(&["migrate", "--data-dir", d]);
    assert!(apply.status.success(), "{}", text(&apply));
    assert!(text(&apply).contains("applied"), "{}", text(&apply));
    let again = moves(&["migrate", "--check", "--data-dir", d]);
    assert!(again.status.success(), "{}", text(&again));
    assert!(text(&again).contains("up to date"));
}

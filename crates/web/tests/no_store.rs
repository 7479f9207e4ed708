//! The web layer cannot reach a store or make an audit entry: every access
//! decision and every write goes through a use case in `moves-core`. This is
//! held by the crates' dependencies, not by a text search: `moves-web` (the
//! library, not its tests) depends on no store crate, so it cannot name a
//! store trait or `AuditEntry`; and `moves-core` hands neither out (its
//! `Ctx` keeps the store crate-private, and its audit-entry builders are
//! `pub(crate)`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

#[test]
fn the_web_library_depends_on_no_store_crate() {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            // The workspace's own manifests only: nothing to resolve or fetch.
            "--no-deps",
            "--offline",
            "--manifest-path",
        ])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let web = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "moves-web")
        .expect("moves-web is in the workspace");
    let normal: Vec<&str> = web["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        // `kind` is null for a normal dependency, "dev" or "build" otherwise.
        .filter(|d| d["kind"].is_null() || d["kind"] == "build")
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert!(normal.contains(&"moves-core"), "{normal:?}");
    for store in normal.iter().filter(|n| n.starts_with("moves-")) {
        assert!(
            !store.starts_with("moves-store"),
            "moves-web depends on {store}: handlers must call use cases in moves-core"
        );
    }
}

//! `moves serve` as an operator meets it: start, restart, stop, back up, restore.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_core::clock::Timestamp;
use moves_core::organisation::Organisation;
use moves_store::{OrganisationStore, StoreHealth};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use support::{Server, moves, text};

async fn get(url: &str) -> reqwest::Response {
    reqwest::get(url).await.unwrap()
}

#[tokio::test]
async fn serve_survives_a_restart_on_the_same_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let args = ["--data-dir", data.to_str().unwrap()];
    let server = Server::start(dir.path(), &args, &[]);
    assert_eq!(get(&server.url("/healthz")).await.status(), 200);
    assert_eq!(get(&server.url("/readyz")).await.status(), 200);
    let log = server.log_text();
    assert!(log.contains("listening on http://127.0.0.1:"), "{log}");
    assert!(
        log.contains(&format!(
            "SQLite database {}",
            data.join("moves.db").display()
        )),
        "{log}"
    );
    let status = server.stop();
    assert!(status.success(), "a clean stop exits 0");

    let again = Server::start(dir.path(), &args, &[]);
    assert_eq!(get(&again.url("/healthz")).await.status(), 200);
    assert_eq!(get(&again.url("/readyz")).await.status(), 200);
    let log = again.log_text();
    assert!(!log.contains("ERROR"), "{log}");
    let status = again.stop();
    assert!(status.success());
}

#[tokio::test]
async fn environment_variables_configure_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("from-env");
    let server = Server::start(
        dir.path(),
        &[],
        &[("MOVES_DATA_DIR", data.to_str().unwrap())],
    );
    assert_eq!(get(&server.url("/healthz")).await.status(), 200);
    assert!(data.join("moves.db").exists());
}

#[tokio::test]
async fn one_server_per_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let _first = Server::start(dir.path(), &["--data-dir", data.to_str().unwrap()], &[]);
    let out = moves(&[
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("is using the data directory"),
        "{}",
        text(&out)
    );
    let restore = moves(&[
        "restore",
        "--from",
        "/nonexistent",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(
        text(&restore).contains("stop it first"),
        "restore refuses while serving: {}",
        text(&restore)
    );
}

#[tokio::test]
async fn every_response_has_its_own_request_id_and_security_headers() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        dir.path(),
        &["--data-dir", dir.path().join("d").to_str().unwrap()],
        &[],
    );
    let client = reqwest::Client::new();
    let mut seen = std::collections::HashSet::new();
    for path in ["/", "/healthz", "/no-such-page", "/static/site.css"] {
        let res = client
            .get(server.url(path))
            .header("x-request-id", "forged")
            .send()
            .await
            .unwrap();
        let id = res.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert_ne!(id, "forged", "a client cannot choose the id");
        assert!(seen.insert(id), "ids are unique");
        assert!(
            res.headers().contains_key("content-security-policy"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn metrics_are_for_this_machine_or_a_token_holder() {
    let dir = tempfile::tempdir().unwrap();
    let token = "a-long-scrape-token-0123";
    let server = Server::start(
        dir.path(),
        &[
            "--data-dir",
            dir.path().join("d").to_str().unwrap(),
            "--metrics-token",
            token,
        ],
        &[],
    );
    get(&server.url("/healthz")).await;
    let body = get(&server.url("/metrics")).await.text().await.unwrap();
    assert!(
        body.contains(
            "moves_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"
        ),
        "{body}"
    );
    assert!(
        body.contains("moves_http_request_duration_seconds_bucket"),
        "{body}"
    );
    assert!(body.contains("moves_db_pool_max"), "{body}");

    let client = reqwest::Client::new();
    let proxied = client
        .get(server.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        proxied.status(),
        404,
        "a request forwarded by a local proxy is not local"
    );
    let with_token = client
        .get(server.url("/metrics"))
        .header("x-forwarded-for", "203.0.113.1")
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(with_token.status(), 200);
}

async fn open(path: &std::path::Path) -> SqliteStore {
    SqliteStore::open(path, &SqliteSettings::default())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let server = Server::start(dir.path(), &["--data-dir", d], &[]);

    // Write through a second connection while the server runs, as any writer would.
    let db = data.join("moves.db");
    let store = open(&db).await;
    let kept = Organisation::new("Before the backup", false, Timestamp::from_millis(1)).unwrap();
    store.create_organisation(&kept).await.unwrap();

    let backup = dir.path().join("backup.db");
    let out = moves(&["backup", "--data-dir", d, "--to", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let refused = moves(&["backup", "--data-dir", d, "--to", backup.to_str().unwrap()]);
    assert!(
        !refused.status.success() && text(&refused).contains("already exists"),
        "never overwrites"
    );

    let lost = Organisation::new("After the backup", false, Timestamp::from_millis(2)).unwrap();
    store.create_organisation(&lost).await.unwrap();
    store.close().await;
    assert!(server.stop().success());

    let out = moves(&[
        "restore",
        "--data-dir",
        d,
        "--from",
        backup.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("before-restore"),
        "the old database is kept: {}",
        text(&out)
    );

    let restored = open(&db).await;
    let names: Vec<String> = restored
        .list_organisations()
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, vec!["Before the backup".to_owned()]);
    restored.close().await;

    let server = Server::start(dir.path(), &["--data-dir", d], &[]);
    assert_eq!(get(&server.url("/readyz")).await.status(), 200);

    let not_a_backup = dir.path().join("notes.txt");
    std::fs::write(&not_a_backup, "hello").unwrap();
    drop(server);
    let out = moves(&[
        "restore",
        "--data-dir",
        d,
        "--from",
        not_a_backup.to_str().unwrap(),
    ]);
    assert!(
        !out.status.success() && text(&out).contains("not"),
        "{}",
        text(&out)
    );
}

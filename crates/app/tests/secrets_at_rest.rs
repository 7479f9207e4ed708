//! Hole 6, as an operator meets it: the data directory and everything in it
//! are the owner's alone; the installation's keys live outside the database
//! (made at the first start, refused when they are not the database's);
//! second-factor secrets are sealed with them; and a backup, encrypted to an
//! age recipient, restores on another machine with its keys.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use age::secrecy::ExposeSecret as _;
use moves_core::auth::mfa::TotpFactor;
use moves_core::clock::Timestamp;
use moves_core::keys::Keyring;
use moves_store::{MfaStore, StoreHealth, UserStore};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::sync::Arc;
use support::{Server, moves, text};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

async fn open_with_keys(db: &Path, keys: &Path) -> SqliteStore {
    let ring = Keyring::parse(&std::fs::read_to_string(keys).unwrap()).unwrap();
    SqliteStore::open(
        db,
        &SqliteSettings {
            keys: Some(Arc::new(ring)),
            ..SqliteSettings::default()
        },
    )
    .await
    .unwrap()
}

const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

#[tokio::test]
async fn the_data_directory_is_private_and_its_keys_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let server = Server::start(dir.path(), &["--data-dir", d], &[]);
    // A write, so the journal files exist.
    assert_eq!(
        reqwest::get(server.url("/readyz")).await.unwrap().status(),
        200
    );
    assert_eq!(mode(&data), 0o700, "the data directory");
    for file in ["moves.db", "moves.db-wal", "moves.db-shm", "keys.toml"] {
        let path = data.join(file);
        assert!(path.exists(), "{file}");
        assert_eq!(mode(&path), 0o600, "{file}");
    }
    assert!(server.stop().success());

    // Other keys than the database's: refused, nothing written.
    let keys = data.join("keys.toml");
    let own = std::fs::read_to_string(&keys).unwrap();
    std::fs::write(&keys, Keyring::generate().unwrap().to_file()).unwrap();
    let refused = moves(&["migrate", "--data-dir", d]);
    assert!(refused.status.success(), "migrating needs no keys");
    let out = moves(&["seed-demo", "--data-dir", d]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("which these keys do not hold"),
        "{}",
        text(&out)
    );
    // No keys file at all: refused, and none is made.
    std::fs::remove_file(&keys).unwrap();
    let out = moves(&["seed-demo", "--data-dir", d]);
    assert!(text(&out).contains("keys file"), "{}", text(&out));
    assert!(text(&out).contains("is missing"), "{}", text(&out));
    assert!(!keys.exists());
    // The right keys again: it starts.
    std::fs::write(&keys, own).unwrap();
    let server = Server::start(dir.path(), &["--data-dir", d], &[]);
    assert!(server.stop().success());
}

#[tokio::test]
async fn an_encrypted_backup_restores_on_another_machine_with_its_keys() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let server = Server::start(dir.path(), &["--data-dir", d], &[]);
    // Someone's second factor, sealed with this installation's keys.
    let store = open_with_keys(&data.join("moves.db"), &data.join("keys.toml")).await;
    let sam = moves_core::user::User::new("Sam", None, Timestamp::from_millis(1)).unwrap();
    store.create_user(&sam).await.unwrap();
    store
        .begin_totp_enrolment(&TotpFactor::begin(
            sam.id,
            SECRET.to_owned(),
            Timestamp::from_millis(1),
        ))
        .await
        .unwrap();
    store.close().await;

    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let identity_file = dir.path().join("backup-key.txt");
    std::fs::write(&identity_file, identity.to_string().expose_secret()).unwrap();
    let backup = dir.path().join("backup.age");
    let out = moves(&[
        "backup",
        "--data-dir",
        d,
        "--to",
        backup.to_str().unwrap(),
        "--backup-recipient",
        &recipient,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("NOT encrypted"), "{}", text(&out));
    assert_eq!(mode(&backup), 0o600);
    let bytes = std::fs::read(&backup).unwrap();
    assert!(
        bytes.starts_with(b"age-encryption.org/v1"),
        "the age format"
    );
    let keys_text = std::fs::read_to_string(data.join("keys.toml")).unwrap();
    let key_line = keys_text.lines().find(|l| l.starts_with("secret")).unwrap();
    assert!(
        !String::from_utf8_lossy(&bytes).contains(key_line),
        "the keys are inside, encrypted"
    );
    assert!(server.stop().success());

    // Another machine: an empty data directory.
    let other = dir.path().join("other-machine");
    let o = other.to_str().unwrap();
    let no_identity = moves(&[
        "restore",
        "--data-dir",
        o,
        "--from",
        backup.to_str().unwrap(),
    ]);
    assert!(!no_identity.status.success());
    assert!(
        text(&no_identity).contains("--identity"),
        "{}",
        text(&no_identity)
    );
    let wrong = dir.path().join("wrong-key.txt");
    std::fs::write(
        &wrong,
        age::x25519::Identity::generate()
            .to_string()
            .expose_secret(),
    )
    .unwrap();
    let refused = moves(&[
        "restore",
        "--data-dir",
        o,
        "--from",
        backup.to_str().unwrap(),
        "--identity",
        wrong.to_str().unwrap(),
    ]);
    assert!(!refused.status.success(), "{}", text(&refused));
    let out = moves(&[
        "restore",
        "--data-dir",
        o,
        "--from",
        backup.to_str().unwrap(),
        "--identity",
        identity_file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_to_string(other.join("keys.toml")).unwrap(),
        keys_text
    );
    assert_eq!(mode(&other.join("keys.toml")), 0o600);
    // Private from the moment it is back, not only after the next start.
    assert_eq!(
        mode(&other.join("moves.db")),
        0o600,
        "the restored database"
    );
    let server = Server::start(dir.path(), &["--data-dir", o], &[]);
    assert_eq!(
        reqwest::get(server.url("/readyz")).await.unwrap().status(),
        200
    );
    assert!(server.stop().success());
    let restored = open_with_keys(&other.join("moves.db"), &other.join("keys.toml")).await;
    assert_eq!(
        restored.totp_factor(sam.id).await.unwrap().unwrap().secret,
        SECRET,
        "the second factor still opens"
    );
    restored.close().await;
}

#[tokio::test]
async fn an_unencrypted_backup_says_so_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let migrate = moves(&["seed-demo", "--data-dir", d]);
    assert!(migrate.status.success(), "{}", text(&migrate));
    let backup = dir.path().join("plain.tar");
    let out = moves(&["backup", "--data-dir", d, "--to", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("WARNING: this backup is NOT encrypted"),
        "{}",
        text(&out)
    );
    assert_eq!(mode(&backup), 0o600);
    let bad = moves(&[
        "backup",
        "--data-dir",
        d,
        "--to",
        dir.path().join("x").to_str().unwrap(),
        "--backup-recipient",
        "not-a-key",
    ]);
    assert!(!bad.status.success());
    assert!(
        text(&bad).contains("not an age public key"),
        "{}",
        text(&bad)
    );
}

#[tokio::test]
async fn keys_rotate_in_two_steps_and_old_seals_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    let seeded = moves(&["seed-demo", "--data-dir", d]);
    assert!(seeded.status.success(), "{}", text(&seeded));
    let keys = data.join("keys.toml");
    let store = open_with_keys(&data.join("moves.db"), &keys).await;
    let sam = moves_core::user::User::new("Sam", None, Timestamp::from_millis(1)).unwrap();
    store.create_user(&sam).await.unwrap();
    store
        .begin_totp_enrolment(&TotpFactor::begin(
            sam.id,
            SECRET.to_owned(),
            Timestamp::from_millis(1),
        ))
        .await
        .unwrap();
    store.close().await;

    let listed = text(&moves(&["keys", "list", "--data-dir", d]));
    let first: String = listed
        .lines()
        .next()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    assert!(listed.contains("(active)"), "{listed}");
    assert!(!listed.contains("secret"), "ids only: {listed}");
    let added = moves(&["keys", "add", "--data-dir", d]);
    assert!(added.status.success(), "{}", text(&added));
    let listed = text(&moves(&["keys", "list", "--data-dir", d]));
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.contains(&format!("{first} (active)")),
        "not active yet: {listed}"
    );
    let second = listed
        .lines()
        .find(|l| !l.contains("(active)"))
        .unwrap()
        .trim()
        .to_owned();
    let activated = moves(&["keys", "activate", "--data-dir", d, &second]);
    assert!(activated.status.success(), "{}", text(&activated));
    assert_eq!(mode(&keys), 0o600);
    let unknown = moves(&["keys", "activate", "--data-dir", d, "k-nope"]);
    assert!(!unknown.status.success());

    // The server accepts the rotated keys; old seals open, new ones use the new key.
    let server = Server::start(dir.path(), &["--data-dir", d], &[]);
    assert!(server.stop().success());
    let store = open_with_keys(&data.join("moves.db"), &keys).await;
    assert_eq!(
        store.totp_factor(sam.id).await.unwrap().unwrap().secret,
        SECRET
    );
    let jo = moves_core::user::User::new("Jo", None, Timestamp::from_millis(1)).unwrap();
    store.create_user(&jo).await.unwrap();
    store
        .begin_totp_enrolment(&TotpFactor::begin(
            jo.id,
            SECRET.to_owned(),
            Timestamp::from_millis(1),
        ))
        .await
        .unwrap();
    store.close().await;
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!(
        "sqlite://{}",
        data.join("moves.db").display()
    ))
    .await
    .unwrap();
    let sealed: String = sqlx::query_scalar("SELECT secret FROM mfa_totp WHERE user_id = $1")
        .bind(jo.id.as_uuid())
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(sealed.starts_with(&format!("{second}:")), "{sealed}");
}

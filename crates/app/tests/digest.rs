//! `moves digest` with the real binary, demo data and a fake SMTP server: an
//! opted-in person with something new gets exactly one email that says only
//! that (no circle, person, organisation or note in it); running again sends
//! nothing; something newer sends one more; a failed send is not recorded and
//! is tried again; someone not opted in gets nothing; without SMTP it refuses
//! plainly and sends nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

#[path = "../../web/tests/support/smtp.rs"]
mod smtp;

use moves_core::Clock;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Audience, Byline, CircleRole, JournalDate, Note};
use moves_core::clock::SystemClock;
use moves_core::ids::{CircleId, NoteId, OrgId};
use moves_store::{AuditEntry, AuditQuery, AuditStore};
use moves_store::{CircleStore, DigestStore, NoteStore, OrganisationStore, StoreHealth, UserStore};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use smtp::{SmtpSink, plain};
use std::path::{Path, PathBuf};
use support::{moves, text};

const PUBLIC_URL: &str = "https://moves.example.org";

async fn open(data: &Path) -> SqliteStore {
    SqliteStore::open(&data.join("moves.db"), &SqliteSettings::default())
        .await
        .unwrap()
}

/// Runs `moves digest` on `data` through the mail server at `smtp` (none: no
/// SMTP settings at all).
async fn digest(data: &Path, smtp: Option<&str>) -> std::process::Output {
    let data = data.to_str().unwrap().to_owned();
    let smtp = smtp.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        let mut args = vec!["digest", "--data-dir", &data];
        if let Some(url) = &smtp {
            args.extend([
                "--smtp-url",
                url,
                "--mail-from",
                "Resilient Moves <moves@example.org>",
                "--public-url",
                PUBLIC_URL,
            ]);
        }
        moves(&args)
    })
    .await
    .unwrap()
}

/// The practitioner shares a note with the whole of `circle`.
async fn share_note(data: &Path, org: OrgId, circle: CircleId, body: &str) {
    let store = open(data).await;
    let worker = store
        .circle_members(org, circle)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.role == CircleRole::Practitioner)
        .unwrap();
    let now = SystemClock.now();
    let note = Note {
        id: NoteId::new(),
        org_id: org,
        circle_id: circle,
        byline: Byline::own(worker.id),
        audience: Audience::WholeCircle,
        body: body.to_owned(),
        about: JournalDate::today(now),
        written_at: now,
        changed_at: now,
        shared_at: Some(now),
        version: 1,
    };
    let audit = AuditEntry::new(
        AuditScope::Organisation(org),
        now,
        worker.user_id,
        AuditAction::NoteWritten,
    )
    .subject(circle.to_string())
    .detail(format!("written:{}:whole_circle", note.id));
    assert!(store.create_note(&note, &audit).await.unwrap());
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn digests_say_only_that_something_is_waiting_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = seeded(dir.path());

    // The parent asks for digests; the young person does not.
    let store = open(&data).await;
    let parent = store
        .user_by_login("parent@demo.example")
        .await
        .unwrap()
        .unwrap();
    let demo = store
        .list_organisations()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Demo Borough")
        .unwrap();
    store
        .choose_digests(parent.id, true, SystemClock.now())
        .await
        .unwrap();
    // Everything the email must not give away.
    let circles = store.circles_of_user(demo.id, parent.id).await.unwrap();
    assert!(!circles.is_empty(), "the demo parent is in a circle");
    let mut secrets = vec![demo.name.clone(), "Other Trust".to_owned()];
    for c in &circles {
        secrets.push(c.circle.focus_name.clone());
        for m in store.circle_members(demo.id, c.circle.id).await.unwrap() {
            secrets.push(m.display_name.clone());
        }
        for n in store.notes_of_circle(demo.id, c.circle.id).await.unwrap() {
            secrets.push(n.body.chars().take(24).collect());
        }
    }
    store.close().await;

    // Nothing waiting yet: the demo parent's circle holds only what they and
    // the young person wrote, and the plan's review is weeks away.
    let sink = SmtpSink::start(false).await;
    let out = digest(&data, Some(&sink.url)).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Sent 0 digest email(s)."),
        "{}",
        text(&out)
    );
    assert!(sink.messages().is_empty());

    let circle_id = circles[0].circle.id;
    let secret_note = "A brand new private note";
    share_note(&data, demo.id, circle_id, secret_note).await;
    secrets.push(secret_note.to_owned());
    let out = digest(&data, Some(&sink.url)).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Sent 1 digest email(s)."),
        "{}",
        text(&out)
    );
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].to, ["<parent@demo.example>"]);
    let mail = plain(&messages[0].data);
    assert!(
        mail.contains("Subject: Something new is waiting for you in Resilient Moves"),
        "{mail}"
    );
    assert!(mail.contains(&format!("\n{PUBLIC_URL}\n")), "{mail}");
    for secret in &secrets {
        assert!(!mail.contains(secret.as_str()), "{secret:?} in {mail}");
    }
    // Counts only in what the command says.
    assert!(!text(&out).contains("parent@"), "{}", text(&out));
    // What it was made from is audited as read, for whom it went to: the
    // circle by its id (hole 9).
    let store = open(&data).await;
    let mut q = AuditQuery::new(AuditScope::Organisation(demo.id));
    q.action = Some(AuditAction::RecordRead);
    let reads: Vec<AuditEntry> = store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.detail.as_deref() == Some("digest"))
        .collect();
    store.close().await;
    assert!(
        reads
            .iter()
            .any(|e| e.subject == Some(circle_id.to_string())),
        "{reads:?}"
    );
    assert!(
        reads.iter().all(|e| e.actor == Some(parent.id)),
        "{reads:?}"
    );

    // Again: nothing newer, nothing sent.
    let out = digest(&data, Some(&sink.url)).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Sent 0 digest email(s)."),
        "{}",
        text(&out)
    );
    assert_eq!(sink.messages().len(), 1);

    // The practitioner shares another note: something newer.
    share_note(&data, demo.id, circle_id, "Another private note").await;

    // A mail server that refuses: exit 1, and the send is not recorded...
    let refusing = SmtpSink::start(true).await;
    let out = digest(&data, Some(&refusing.url)).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("1 digest email(s) could not be sent"),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains("parent@"), "{}", text(&out));
    // ...so the next run sends it: one more, and only one.
    let out = digest(&data, Some(&sink.url)).await;
    assert!(out.status.success(), "{}", text(&out));
    let messages = sink.messages();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1].to, ["<parent@demo.example>"]);
    assert!(!plain(&messages[1].data).contains("Another private"));
    let out = digest(&data, Some(&sink.url)).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(sink.messages().len(), 2);

    // Without SMTP: refused plainly, nothing sent.
    let out = digest(&data, None).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("moves digest sends email, so it needs an SMTP server"),
        "{}",
        text(&out)
    );
    assert_eq!(sink.messages().len(), 2);
}

/// Runs `sql` on the database in `data`, as no version of the program would.
/// The demo organisations seeded into a data folder under `dir`.
fn seeded(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let seeded = moves(&[
        "seed-demo",
        "--password",
        "a demo passphrase",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(seeded.status.success(), "{}", text(&seeded));
    data
}

async fn tamper(data: &Path, sql: &str) {
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(data.join("moves.db"));
    let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
    sqlx::query(sql).execute(&pool).await.unwrap();
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_persons_trouble_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let data = seeded(dir.path());

    // The parents and young people of both demo organisations ask for
    // digests, and their practitioners share a note with each circle of them.
    let store = open(&data).await;
    let mut names = Vec::new();
    for domain in ["demo.example", "other.example"] {
        for who in ["parent", "young"] {
            let user = store
                .user_by_login(&format!("{who}@{domain}"))
                .await
                .unwrap()
                .unwrap();
            names.push(user.display_name.clone());
            store
                .choose_digests(user.id, true, SystemClock.now())
                .await
                .unwrap();
        }
    }
    let mut circles = Vec::new();
    for org in store.list_organisations().await.unwrap() {
        let young = store
            .user_by_login(if org.name == "Demo Borough" {
                "young@demo.example"
            } else {
                "young@other.example"
            })
            .await
            .unwrap()
            .unwrap();
        for c in store.circles_of_user(org.id, young.id).await.unwrap() {
            circles.push((org.id, c.circle.id));
        }
    }
    store.close().await;
    assert_eq!(circles.len(), 2, "one circle of each young person");
    for (org, circle) in circles {
        share_note(&data, org, circle, "For everyone").await;
    }

    // Three people, each with one kind of trouble, come before the one
    // without: an address no email can go to, one the mail server cannot
    // take, and a send that cannot be recorded.
    tamper(
        &data,
        "UPDATE users SET email = 'not an address' WHERE email = 'parent@demo.example'",
    )
    .await;
    tamper(
        &data,
        "UPDATE users SET email = 'young<@demo.example' WHERE email = 'young@demo.example'",
    )
    .await;
    tamper(
        &data,
        "CREATE TRIGGER refuse_a_send BEFORE INSERT ON digest_sends
         WHEN NEW.user_id = (SELECT id FROM users WHERE email = 'parent@other.example')
         BEGIN SELECT RAISE(ABORT, 'refused'); END",
    )
    .await;

    let sink = SmtpSink::start(false).await;
    let out = digest(&data, Some(&sink.url)).await;
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let mut to: Vec<String> = sink.messages().into_iter().flat_map(|m| m.to).collect();
    to.sort();
    assert_eq!(to, ["<parent@other.example>", "<young@other.example>"]);
    assert!(said.contains("Sent 2 digest email(s)."), "{said}");
    assert!(
        said.contains("1 digest email(s) were sent but could not be recorded"),
        "{said}"
    );
    assert!(
        said.contains("2 person(s) skipped: their stored email address cannot be written to"),
        "{said}"
    );
    // Counts only: no address or name.
    for secret in names.iter().map(String::as_str).chain([
        "@demo.example",
        "@other.example",
        "not an address",
    ]) {
        assert!(!said.contains(secret), "{secret:?} in {said}");
    }

    // Again: the recorded one is not sent again; the unrecorded one is.
    let out = digest(&data, Some(&sink.url)).await;
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let messages = sink.messages();
    assert_eq!(messages.len(), 3, "{said}");
    assert_eq!(messages[2].to, ["<parent@other.example>"]);
    assert!(said.contains("Sent 1 digest email(s)."), "{said}");
}

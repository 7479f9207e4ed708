//! Changing and sharing one's own note: a draft shared later, a shared note
//! shared with fewer people (and the writer told it may already have been
//! read), a stale change refused with both versions shown, the same change
//! sent twice saved once, and bad input. Reads and exports are audited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::NoteId;
use moves_store::AuditQuery;
use notes_support::{Person, World, text, world, write};
use support::{Reply, form};

async fn only_note(w: &World) -> moves_core::circle::Note {
    let notes = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(notes.len(), 1);
    notes[0].clone()
}

async fn change(
    w: &World,
    who: &Person,
    note: NoteId,
    version: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("version", version)];
    pairs.extend_from_slice(fields);
    w.app
        .post(
            &format!("/circles/{}/notes/{note}", w.circle),
            &who.cookie,
            form(&pairs),
        )
        .await
}

async fn journal_of(w: &World, who: &Person) -> String {
    let reply = w
        .app
        .get(&format!("/circles/{}/notes", w.circle), &who.cookie)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    text(&reply)
}

#[tokio::test]
async fn a_draft_is_shared_later_and_narrowing_is_named() {
    let w = world().await;
    write(&w.app, &w.young, w.circle, "My draft", "only_me", None).await;
    let note = only_note(&w).await;
    assert!(!journal_of(&w, &w.parent).await.contains("My draft"));

    let page = w
        .app
        .get(
            &format!("/circles/{}/notes/{}", w.circle, note.id),
            &w.young.cookie,
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(text(&page).contains("My draft"));
    assert!(
        !page.body.contains("id=\"shared-warning\""),
        "a draft is not shared yet"
    );
    let shared = change(
        &w,
        &w.young,
        note.id,
        "1",
        &[
            ("body", "My draft, now shared"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER, "{}", shared.body);
    assert_eq!(
        shared.location,
        format!("/circles/{}/notes?done=shared", w.circle)
    );
    assert!(
        journal_of(&w, &w.parent)
            .await
            .contains("My draft, now shared")
    );

    let page = w
        .app
        .get(
            &format!("/circles/{}/notes/{}", w.circle, note.id),
            &w.young.cookie,
        )
        .await;
    assert!(text(&page).contains("If you now share it with fewer people"));
    let narrowed = change(
        &w,
        &w.young,
        note.id,
        "2",
        &[
            ("body", "My draft, now shared"),
            ("audience", "practitioners"),
        ],
    )
    .await;
    assert_eq!(
        narrowed.location,
        format!("/circles/{}/notes?done=narrowed", w.circle)
    );
    let after = w.app.get(&narrowed.location, &w.young.cookie).await;
    assert!(text(&after).contains("may already have read it"));
    assert!(!journal_of(&w, &w.parent).await.contains("My draft"));
    assert!(
        journal_of(&w, &w.practitioner)
            .await
            .contains("My draft, now shared")
    );

    let saved = only_note(&w).await;
    assert_eq!(saved.version, 3);
    assert_eq!(saved.byline, note.byline, "the byline never changes");
    assert_eq!(saved.written_at, note.written_at);
    let log = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::NoteWritten),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap();
    let details: Vec<String> = log.iter().filter_map(|e| e.detail.clone()).collect();
    assert_eq!(
        details,
        [
            format!("changed:{}:practitioners", note.id),
            format!("changed:{}:whole_circle", note.id),
            format!("written:{}:only_me", note.id),
        ]
    );
}

#[tokio::test]
async fn a_stale_change_is_refused_with_both_versions_shown() {
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "First words",
        "practitioners",
        None,
    )
    .await;
    let note = only_note(&w).await;
    // Two tabs open at version 1; the first saves.
    let first = change(
        &w,
        &w.practitioner,
        note.id,
        "1",
        &[("body", "Tab one"), ("audience", "practitioners")],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = change(
        &w,
        &w.practitioner,
        note.id,
        "1",
        &[("body", "Tab two"), ("audience", "whole_circle")],
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    let shown = text(&second);
    assert!(shown.contains("Someone changed this note after you opened this page"));
    assert!(shown.contains("The note as it is now"));
    assert!(shown.contains("Tab one"), "the current version");
    assert!(shown.contains("Tab two"), "their own text, kept");
    assert!(
        second.body.contains("name=\"version\" value=\"2\""),
        "ready to send again"
    );
    let saved = only_note(&w).await;
    assert_eq!((saved.body.as_str(), saved.version), ("Tab one", 2));
    // An unreadable version counts as stale too.
    let garbled = change(
        &w,
        &w.practitioner,
        note.id,
        "two",
        &[("body", "x"), ("audience", "practitioners")],
    )
    .await;
    assert_eq!(garbled.status, StatusCode::CONFLICT);
    // The same change sent twice saves once and is not called a conflict.
    let once = change(
        &w,
        &w.practitioner,
        note.id,
        "2",
        &[("body", "Twice"), ("audience", "practitioners")],
    )
    .await;
    let twice = change(
        &w,
        &w.practitioner,
        note.id,
        "2",
        &[("body", "Twice"), ("audience", "practitioners")],
    )
    .await;
    assert_eq!(once.status, StatusCode::SEE_OTHER);
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    assert_eq!(
        twice.location,
        format!("/circles/{}/notes?done=changed", w.circle)
    );
    let saved = only_note(&w).await;
    assert_eq!((saved.body.as_str(), saved.version), ("Twice", 3));
    // Sent again from the refreshed form, it saves.
    let again = change(
        &w,
        &w.practitioner,
        note.id,
        "3",
        &[("body", "Tab two"), ("audience", "whole_circle")],
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(only_note(&w).await.body, "Tab two");
}

#[tokio::test]
async fn bad_changes_are_refused_with_the_text_kept() {
    let w = world().await;
    write(
        &w.app,
        &w.parent,
        w.circle,
        "Parent's note",
        "whole_circle",
        None,
    )
    .await;
    let note = only_note(&w).await;
    let huge = "b".repeat(10_001);
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("body", ""), ("audience", "whole_circle")],
            "Write something in the note.",
        ),
        (
            &[("body", &huge), ("audience", "whole_circle")],
            "at most 10000 characters",
        ),
        (
            &[("body", "bell\u{7}"), ("audience", "whole_circle")],
            "hidden character",
        ),
        (
            &[("body", "Kept A"), ("audience", "restricted")],
            "Choose who will see this note.",
        ),
        (
            &[("body", "Kept B"), ("audience", "nobody")],
            "Choose who will see this note.",
        ),
        (
            &[
                ("body", "Kept C"),
                ("audience", "whole_circle"),
                ("about", "2099-12-31"),
            ],
            "cannot be in the future",
        ),
    ];
    for (fields, message) in cases {
        let reply = change(&w, &w.parent, note.id, "1", fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        let shown = text(&reply);
        assert!(shown.contains(message), "{message}: {shown}");
        if let Some((_, body)) = fields.iter().find(|(k, _)| *k == "body") {
            assert!(
                reply
                    .body
                    .contains(&body[..body.len().min(20)].replace('\u{7}', ""))
            );
        }
    }
    assert_eq!(only_note(&w).await, note, "nothing changed");
    // Nobody else changes it, though they read it.
    let by_other = change(
        &w,
        &w.practitioner,
        note.id,
        "1",
        &[("body", "Not mine"), ("audience", "whole_circle")],
    )
    .await;
    assert_eq!(by_other.status, StatusCode::FORBIDDEN);
    assert_eq!(only_note(&w).await, note);
}

#[tokio::test]
async fn reads_and_exports_are_audited() {
    let w = world().await;
    let c = w.circle;
    let p = &w.parent;
    for path in ["notes", "export", "export.json"] {
        assert_eq!(
            w.app
                .get(&format!("/circles/{c}/{path}"), &p.cookie)
                .await
                .status,
            StatusCode::OK
        );
    }
    let log = |action| {
        let q = AuditQuery {
            action: Some(action),
            actor: Some(p.user),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        };
        let store = w.app.store.clone();
        async move { store.list_audit(&q).await.unwrap() }
    };
    let mut reads: Vec<String> = log(AuditAction::RecordRead)
        .await
        .iter()
        .filter_map(|e| e.detail.clone())
        .collect();
    reads.sort();
    assert_eq!(reads, ["export", "export", "journal"]);
    let exports = log(AuditAction::CircleExported).await;
    let mut kinds: Vec<&str> = exports.iter().filter_map(|e| e.detail.as_deref()).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["json", "page"]);
    assert!(
        exports
            .iter()
            .all(|e| e.subject.as_deref() == Some(c.to_string().as_str()))
    );
    let file = w
        .app
        .get(&format!("/circles/{c}/export.json"), &p.cookie)
        .await;
    assert!(file.content_type.starts_with("application/json"));
    let overview = w.app.get(&format!("/circles/{c}"), &p.cookie).await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"/circles/{c}/export\""))
    );
    assert!(
        overview
            .body
            .contains(&format!("href=\"/circles/{c}/notes\"")),
        "the Journal link"
    );
}

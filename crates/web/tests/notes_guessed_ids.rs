//! Guessed ids find nothing: a note of another circle under this circle's
//! path, another organisation's circle and notes, a made-up or malformed id,
//! and someone else's draft all answer 404, to reads and to changes alike.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, NoteId};
use notes_support::{text, world, write};
use support::form;

#[tokio::test]
async fn guessed_ids_find_nothing() {
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "In the first circle",
        "whole_circle",
        None,
    )
    .await;
    let here = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap()[0]
        .clone();
    // A note of the second circle, by the same practitioner.
    write(
        &w.app,
        &w.practitioner,
        w.second,
        "In the second circle",
        "whole_circle",
        None,
    )
    .await;
    let there = w
        .app
        .store
        .notes_of_circle(w.org.id, w.second)
        .await
        .unwrap()[0]
        .clone();
    // A circle of the other organisation, with a note.
    let b_circle = Circle::new(
        CircleId::new(),
        w.other_org.id,
        &NewCircle {
            focus_name: "Bo",
            ..NewCircle::default()
        },
        w.stranger.user,
        support::T0,
    )
    .unwrap();
    let b_member = CircleMember::new(
        w.other_org.id,
        b_circle.id,
        Some(w.stranger.user),
        "Xan",
        "",
        CircleRole::Practitioner,
        support::T0,
    )
    .unwrap();
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(w.other_org.id),
        support::T0,
        Some(w.stranger.user),
        AuditAction::CircleChanged,
    );
    w.app
        .store
        .create_circle(&b_circle, &[b_member], &audit)
        .await
        .unwrap();
    write(
        &w.app,
        &w.stranger,
        b_circle.id,
        "In the other organisation",
        "whole_circle",
        None,
    )
    .await;
    let b_note = w
        .app
        .store
        .notes_of_circle(w.other_org.id, b_circle.id)
        .await
        .unwrap()[0]
        .clone();

    let c = w.circle;
    let sam = &w.practitioner;
    let paths = [
        format!("/circles/{c}/notes/{}", there.id),
        format!("/circles/{c}/notes/{}", b_note.id),
        format!("/circles/{c}/notes/{}", NoteId::new()),
        format!("/circles/{c}/notes/not-a-note"),
        format!("/circles/{}/notes", b_circle.id),
        format!("/circles/{}/notes/{}", b_circle.id, b_note.id),
        format!("/circles/{}/export.json", b_circle.id),
        format!("/circles/{}/export", b_circle.id),
        format!("/circles/{}/notes/{}", b_circle.id, here.id),
        "/circles/not-a-circle/notes".to_owned(),
    ];
    for path in &paths {
        let got = w.app.get(path, &sam.cookie).await;
        assert_eq!(got.status, StatusCode::NOT_FOUND, "GET {path}");
        assert!(
            !got.body.contains("In the second circle") && !got.body.contains("other organisation")
        );
        if !path.contains("/notes/") {
            continue;
        }
        let sent = w
            .app
            .post(
                path,
                &sam.cookie,
                form(&[
                    ("_csrf", &sam.csrf),
                    ("version", "1"),
                    ("body", "Overwrite"),
                    ("audience", "whole_circle"),
                ]),
            )
            .await;
        assert_eq!(sent.status, StatusCode::NOT_FOUND, "POST {path}");
    }
    assert_eq!(
        w.app
            .store
            .notes_of_circle(w.org.id, w.second)
            .await
            .unwrap()[0],
        there
    );
    assert_eq!(
        w.app
            .store
            .notes_of_circle(w.other_org.id, b_circle.id)
            .await
            .unwrap()[0],
        b_note
    );
    // A draft someone else wrote is as unknown as a made-up id.
    write(&w.app, &w.parent, c, "Parent's draft", "only_me", None).await;
    let draft = w
        .app
        .store
        .notes_of_circle(w.org.id, c)
        .await
        .unwrap()
        .into_iter()
        .find(|n| n.body == "Parent's draft")
        .unwrap();
    let got = w
        .app
        .get(&format!("/circles/{c}/notes/{}", draft.id), &sam.cookie)
        .await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
    assert!(!text(&got).contains("Parent's draft"));
}

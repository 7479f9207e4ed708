//! Hole 7: a safeguarding (restricted) note that a practitioner typed with a
//! family member stays with the practitioners: the family member, who reads
//! it, may not widen it, nor change the record of what was passed on. Only
//! practitioners may.

use crate::notes_support::{World, text, world, write};
use crate::support::form;
use axum::http::StatusCode;
use moves_core::circle::Audience;

const WORDS: &str = "[Zoë told us about the flat; passed to the duty team]";

async fn the_note(w: &World) -> moves_core::circle::Note {
    let notes = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(notes.len(), 1);
    notes[0].clone()
}

#[tokio::test]
async fn the_family_member_it_was_typed_with_cannot_widen_it() {
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        WORDS,
        "restricted",
        w.young.member,
    )
    .await;
    let note = the_note(&w).await;
    assert_eq!(note.audience, Audience::Restricted);
    for (wider, words) in [
        ("whole_circle", WORDS),
        ("practitioners", WORDS),
        ("only_me", WORDS),
        ("restricted", "[nothing happened]"),
    ] {
        let reply = w
            .app
            .post(
                &format!("/circles/{}/notes/{}", w.circle, note.id),
                &w.young.cookie,
                form(&[
                    ("_csrf", &w.young.csrf),
                    ("version", &note.version.to_string()),
                    ("body", words),
                    ("about", &note.about.as_iso()),
                    ("audience", wider),
                ]),
            )
            .await;
        assert_ne!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{wider}: {}",
            reply.body
        );
        let kept = the_note(&w).await;
        assert_eq!(
            (kept.audience, kept.body.as_str()),
            (Audience::Restricted, WORDS),
            "{wider}"
        );
    }
    // The parent and the supporter still only see that a note is kept.
    for who in [&w.parent, &w.supporter] {
        let journal = w
            .app
            .get(&format!("/circles/{}/notes", w.circle), &who.cookie)
            .await;
        assert!(!text(&journal).contains(WORDS), "{}", who.name);
    }
    // The practitioner who typed it may widen it.
    let reply = w
        .app
        .post(
            &format!("/circles/{}/notes/{}", w.circle, note.id),
            &w.practitioner.cookie,
            form(&[
                ("_csrf", &w.practitioner.csrf),
                ("version", &note.version.to_string()),
                ("body", WORDS),
                ("about", &note.about.as_iso()),
                ("audience", "whole_circle"),
            ]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(the_note(&w).await.audience, Audience::WholeCircle);
}

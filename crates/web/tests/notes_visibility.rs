//! Who reads which note, through every way out of the circle: the journal
//! page, the JSON export and the printable export. Every member writes one
//! note with each audience they may choose (and the practitioner one typed
//! with the young person); then every person reads all three. The expected
//! readers are written out by hand below, not computed with the rule under
//! test, so a change to who sees what fails here.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use notes_support::{Person, World, text, world, write};
use std::collections::BTreeSet;

// Readers, by the short names used in the table.
const P: &str = "practitioner";
const Y: &str = "young person";
const M: &str = "parent";
const S: &str = "supporter";
const TM: &str = "team manager";

/// Each note's body, and exactly who reads it. Team managers read what is
/// shared beyond its author (restricted notes too), never drafts; the young
/// person reads the draft the practitioner typed with them.
const EXPECTED: &[(&str, &[&str])] = &[
    ("[P/only_me]", &[P]),
    ("[P/practitioners]", &[P, TM]),
    ("[P/whole_circle]", &[P, Y, M, S, TM]),
    ("[P/restricted]", &[P, TM]),
    ("[P+Y/only_me]", &[P, Y]),
    ("[Y/only_me]", &[Y]),
    ("[Y/practitioners]", &[Y, P, TM]),
    ("[Y/whole_circle]", &[P, Y, M, S, TM]),
    ("[M/only_me]", &[M]),
    ("[M/practitioners]", &[M, P, TM]),
    ("[M/whole_circle]", &[P, Y, M, S, TM]),
    ("[S/only_me]", &[S]),
    ("[S/practitioners]", &[S, P, TM]),
    ("[S/whole_circle]", &[P, Y, M, S, TM]),
];

/// How many "a note is kept by practitioners" lines each reader is shown:
/// one for the restricted note, to everyone in the circle who may not read it.
const KEPT: &[(&str, usize)] = &[(P, 0), (Y, 1), (M, 1), (S, 1), (TM, 0)];

const KEPT_TEXT: &str = "Workers keep a private note here.";

async fn everyone_writes(w: &World) {
    let c = w.circle;
    for audience in ["only_me", "practitioners", "whole_circle", "restricted"] {
        write(
            &w.app,
            &w.practitioner,
            c,
            &format!("[P/{audience}]"),
            audience,
            None,
        )
        .await;
    }
    write(
        &w.app,
        &w.practitioner,
        c,
        "[P+Y/only_me]",
        "only_me",
        w.young.member,
    )
    .await;
    for (who, tag) in [(&w.young, "Y"), (&w.parent, "M"), (&w.supporter, "S")] {
        for audience in ["only_me", "practitioners", "whole_circle"] {
            write(
                &w.app,
                who,
                c,
                &format!("[{tag}/{audience}]"),
                audience,
                None,
            )
            .await;
        }
    }
}

fn expected_for(reader: &str) -> BTreeSet<&'static str> {
    EXPECTED
        .iter()
        .filter(|(_, readers)| readers.contains(&reader))
        .map(|(body, _)| *body)
        .collect()
}

fn kept_for(reader: &str) -> usize {
    KEPT.iter().find(|(r, _)| *r == reader).unwrap().1
}

/// The note bodies of the table that appear in `shown`.
fn bodies_in(shown: &str) -> BTreeSet<&'static str> {
    EXPECTED
        .iter()
        .map(|(body, _)| *body)
        .filter(|body| shown.contains(body))
        .collect()
}

async fn reads(w: &World, who: &Person, reader: &str) {
    let c = w.circle;
    let expected = expected_for(reader);

    let journal = w.app.get(&format!("/circles/{c}/notes"), &who.cookie).await;
    assert_eq!(journal.status, StatusCode::OK, "{reader}: {}", journal.body);
    let shown = text(&journal);
    assert_eq!(bodies_in(&shown), expected, "journal of the {reader}");
    assert_eq!(
        shown.matches(KEPT_TEXT).count(),
        kept_for(reader),
        "journal of the {reader}"
    );

    let file = w
        .app
        .get(&format!("/circles/{c}/export.json"), &who.cookie)
        .await;
    assert_eq!(file.status, StatusCode::OK, "{reader}: {}", file.body);
    assert!(
        file.content_type.starts_with("application/json"),
        "{}",
        file.content_type
    );
    let json: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    let notes = json["notes"].as_array().unwrap();
    let bodies: BTreeSet<&str> = notes
        .iter()
        .filter(|n| n["kind"] == "note")
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    let expected_bodies: BTreeSet<&str> = expected.iter().copied().collect();
    assert_eq!(bodies, expected_bodies, "JSON export of the {reader}");
    let kept: Vec<&serde_json::Value> = notes
        .iter()
        .filter(|n| n["kind"] == "kept_by_practitioners")
        .collect();
    assert_eq!(kept.len(), kept_for(reader), "JSON export of the {reader}");
    for k in kept {
        let mut keys: Vec<&String> = k.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["about", "kind"], "only its date");
    }
    assert_eq!(notes.len(), expected.len() + kept_for(reader));
    assert_eq!(
        bodies_in(&file.body),
        expected,
        "nowhere else in the file either"
    );

    let page = w
        .app
        .get(&format!("/circles/{c}/export"), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{reader}: {}", page.body);
    let shown = text(&page);
    assert_eq!(
        bodies_in(&shown),
        expected,
        "printable export of the {reader}"
    );
    assert_eq!(
        shown.matches(KEPT_TEXT).count(),
        kept_for(reader),
        "printable export of the {reader}"
    );
}

#[tokio::test]
async fn every_person_reads_exactly_the_notes_meant_for_them() {
    let w = world().await;
    everyone_writes(&w).await;
    reads(&w, &w.practitioner, P).await;
    reads(&w, &w.young, Y).await;
    reads(&w, &w.parent, M).await;
    reads(&w, &w.supporter, S).await;
    reads(&w, &w.manager, TM).await;

    // Nobody outside the circle and its team, in this organisation or another,
    // finds the circle at all.
    for who in [&w.outsider, &w.stranger] {
        for path in ["notes", "notes/new", "export", "export.json"] {
            let reply = w
                .app
                .get(&format!("/circles/{}/{path}", w.circle), &who.cookie)
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{} {path}", who.name);
            assert!(bodies_in(&reply.body).is_empty());
        }
    }
}

#[tokio::test]
async fn a_note_typed_with_someone_says_so_to_both() {
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "[P+Y/whole_circle]",
        "whole_circle",
        w.young.member,
    )
    .await;
    for who in [&w.practitioner, &w.young, &w.parent] {
        let journal = w
            .app
            .get(&format!("/circles/{}/notes", w.circle), &who.cookie)
            .await;
        assert!(
            text(&journal).contains("Entered by Sam Worker with Zoë"),
            "{}: {}",
            who.name,
            text(&journal)
        );
    }
    let file = w
        .app
        .get(
            &format!("/circles/{}/export.json", w.circle),
            &w.parent.cookie,
        )
        .await;
    let json: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    assert_eq!(json["notes"][0]["by"], "Zoë");
    assert_eq!(json["notes"][0]["entered_by"], "Sam Worker");
    assert_eq!(json["notes"][0]["audience"], "whole_circle");
    assert_eq!(json["requested_by"], "Pat Parent");
    // Only the two of them may change it; the parent reads it but may not.
    let id = json["notes"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/circles/{}/notes/{id}", w.circle);
    assert_eq!(
        w.app.get(&path, &w.practitioner.cookie).await.status,
        StatusCode::OK
    );
    assert_eq!(
        w.app.get(&path, &w.young.cookie).await.status,
        StatusCode::OK
    );
    assert_eq!(
        w.app.get(&path, &w.parent.cookie).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        w.app.get(&path, &w.manager.cookie).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn team_managers_and_the_guest_without_an_account_write_nothing() {
    let w = world().await;
    let new = format!("/circles/{}/notes/new", w.circle);
    assert_eq!(
        w.app.get(&new, &w.manager.cookie).await.status,
        StatusCode::FORBIDDEN
    );
    let reply = w
        .app
        .post(
            &new,
            &w.manager.cookie,
            support::form(&[
                ("_csrf", &w.manager.csrf),
                ("note", &moves_core::ids::NoteId::new().to_string()),
                ("body", "from a manager"),
                ("audience", "whole_circle"),
            ]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(
        w.app
            .store
            .notes_of_circle(w.org.id, w.circle)
            .await
            .unwrap()
            .is_empty()
    );
    // A practitioner may type the words of the guest, who has no account.
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "[P+G]",
        "practitioners",
        Some(w.guest),
    )
    .await;
    let journal = w
        .app
        .get(&format!("/circles/{}/notes", w.circle), &w.manager.cookie)
        .await;
    assert!(text(&journal).contains("Entered by Sam Worker with Dr Okafor"));
    assert!(!journal.body.contains("Write a note"));
}

#[tokio::test]
async fn the_young_person_reads_but_does_not_rewrite_a_safeguarding_note_typed_with_them() {
    // A restricted note is the practitioners' record of a concern passed on:
    // the young person whose words it holds reads it, and may write a note of
    // their own to add to it or disagree, but only practitioners change it.
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "[P+Y/restricted]",
        "restricted",
        w.young.member,
    )
    .await;
    let note = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap()[0]
        .clone();
    let own_journal = text(
        &w.app
            .get(&format!("/circles/{}/notes", w.circle), &w.young.cookie)
            .await,
    );
    assert!(own_journal.contains("[P+Y/restricted]"), "{own_journal}");
    let path = format!("/circles/{}/notes/{}", w.circle, note.id);
    let page = w.app.get(&path, &w.young.cookie).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let kept = w
        .app
        .post(
            &path,
            &w.young.cookie,
            support::form(&[
                ("_csrf", &w.young.csrf),
                ("version", "1"),
                ("body", "[P+Y/restricted] in my words"),
                ("audience", "restricted"),
            ]),
        )
        .await;
    assert_eq!(kept.status, StatusCode::FORBIDDEN, "{}", kept.body);
    let stored = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap()[0]
        .clone();
    assert_eq!(stored.body, "[P+Y/restricted]");
    // The parent is still only told that a note is kept.
    let journal = text(
        &w.app
            .get(&format!("/circles/{}/notes", w.circle), &w.parent.cookie)
            .await,
    );
    assert!(!journal.contains("[P+Y/restricted]"));
    assert_eq!(journal.matches(KEPT_TEXT).count(), 1);
}

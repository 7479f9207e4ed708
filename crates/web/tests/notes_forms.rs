//! Writing a note through its form: bad input of every kind is refused with a
//! clear message and the person's text kept; odd Unicode is kept intact; the
//! same form sent twice saves once; a closed circle's journal is read-only;
//! and the author is told, before sharing, who each choice reaches.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Audience, Closing};
use moves_store::AuditQuery;
use moves_store::VersionedWrite;
use notes_support::{new_note_key, send_note, text, world};

async fn notes_saved(w: &notes_support::World) -> usize {
    w.app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap()
        .len()
}

async fn written_log(w: &notes_support::World) -> Vec<moves_store::AuditEntry> {
    w.app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::NoteWritten),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap()
}

/// Fields sent, the message expected, and text that must be kept.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

#[tokio::test]
async fn bad_notes_are_refused_with_the_text_kept() {
    let w = world().await;
    let (app, c, sam) = (&w.app, w.circle, &w.practitioner);
    let id = new_note_key(app, sam, c).await;
    let huge = "a".repeat(10_001);
    let elsewhere = {
        // A member of the second circle: not someone to type with here.
        let m = app.store.circle_members(w.org.id, w.second).await.unwrap();
        m[0].id.to_string()
    };
    let cases: &[Case<'_>] = &[
        (
            &[("body", "  \n\t "), ("audience", "only_me")],
            "Write something in the note.",
            "",
        ),
        (
            &[("body", &huge), ("audience", "only_me")],
            "at most 10000 characters",
            &huge,
        ),
        (
            &[("body", "ring the bell\u{7}"), ("audience", "only_me")],
            "hidden character",
            "ring the bell",
        ),
        (
            &[("body", "evil\u{202E}txt"), ("audience", "whole_circle")],
            "hidden character",
            "evil",
        ),
        (
            &[("body", "Kept text 1"), ("audience", "everyone")],
            "Choose who will see this note.",
            "Kept text 1",
        ),
        (
            &[("body", "Kept text 2"), ("audience", "")],
            "Choose who will see this note.",
            "Kept text 2",
        ),
        (
            &[
                ("body", "Kept text 3"),
                ("audience", "only_me"),
                ("with", &elsewhere),
            ],
            "Choose someone who is in this circle",
            "Kept text 3",
        ),
        (
            &[
                ("body", "Kept text 4"),
                ("audience", "only_me"),
                ("with", "not-an-id"),
            ],
            "Choose someone who is in this circle",
            "Kept text 4",
        ),
        (
            &[
                ("body", "Kept text 5"),
                ("audience", "only_me"),
                ("about", "2099-01-01"),
            ],
            "cannot be in the future",
            "Kept text 5",
        ),
        (
            &[
                ("body", "Kept text 6"),
                ("audience", "only_me"),
                ("about", "31/12/2024"),
            ],
            "Enter a real date",
            "Kept text 6",
        ),
    ];
    for (fields, message, kept) in cases {
        let reply = send_note(app, sam, c, &id, fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        let shown = text(&reply);
        assert!(shown.contains(message), "{message} in {shown}");
        assert!(reply.body.contains("class=\"error-summary\""));
        assert!(shown.contains(kept), "the text is kept: {kept}");
        // The same key is offered again, so the corrected form still saves once.
        assert!(reply.body.contains(&format!("name=\"key\" value=\"{id}\"")));
    }
    // Several faults at once are all named.
    let reply = send_note(
        app,
        sam,
        c,
        &id,
        &[("body", ""), ("audience", "x"), ("about", "x")],
    )
    .await;
    let shown = text(&reply);
    for m in [
        "Write something",
        "Enter a real date",
        "Choose who will see",
    ] {
        assert!(shown.contains(m), "{m}");
    }
    // A parent may not keep a safeguarding note, nor type someone else's words.
    let pat = &w.parent;
    let pid = new_note_key(app, pat, c).await;
    let page = app
        .get(&format!("/circles/{c}/notes/new"), &pat.cookie)
        .await;
    assert!(!page.body.contains("value=\"restricted\""), "not offered");
    assert!(
        !page.body.contains("name=\"with\""),
        "no choice of whose words"
    );
    let reply = send_note(
        app,
        pat,
        c,
        &pid,
        &[("body", "mine"), ("audience", "restricted")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&reply).contains("Choose who will see this note."));
    let young = w.young.member.unwrap().to_string();
    let reply = send_note(
        app,
        pat,
        c,
        &pid,
        &[
            ("body", "theirs"),
            ("audience", "only_me"),
            ("with", &young),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&reply).contains("Only workers in this circle can type a note"));
    // No id at all: refused, text kept, a fresh id offered.
    let reply = send_note(
        app,
        sam,
        c,
        "",
        &[("body", "no id"), ("audience", "only_me")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&reply).contains("no id"));
    assert_eq!(notes_saved(&w).await, 0, "nothing was saved");
    assert!(written_log(&w).await.is_empty());
}

#[tokio::test]
async fn odd_unicode_is_kept_intact() {
    let w = world().await;
    let (app, c, sam) = (&w.app, w.circle, &w.practitioner);
    // Right-to-left scripts, emoji (with a joiner and a skin tone), combining
    // marks without a precomposed form, tabs and several lines.
    let body = "Zoë 🌱 said: مرحبا and שלום\n\tn\u{308} x\u{316}\u{301} 👩🏽\u{200d}🦱\n\nThe end.";
    let id = new_note_key(app, sam, c).await;
    let reply = send_note(
        app,
        sam,
        c,
        &id,
        &[
            ("body", &format!("  {body}  \n")),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let saved = app.store.notes_of_circle(w.org.id, c).await.unwrap();
    assert_eq!(saved[0].body, body);
    let journal = app
        .get(&format!("/circles/{c}/notes"), &w.parent.cookie)
        .await;
    assert!(text(&journal).contains(body));
    let file = app
        .get(&format!("/circles/{c}/export.json"), &w.parent.cookie)
        .await;
    let json: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    assert_eq!(json["notes"][0]["body"], body);
    // The longest note there may be is saved whole.
    let longest = "é".repeat(10_000);
    let id = new_note_key(app, sam, c).await;
    let reply = send_note(
        app,
        sam,
        c,
        &id,
        &[("body", &longest), ("audience", "only_me")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.status);
}

#[tokio::test]
async fn the_same_form_sent_twice_saves_once() {
    let w = world().await;
    let (app, c, sam) = (&w.app, w.circle, &w.practitioner);
    let id = new_note_key(app, sam, c).await;
    let fields = [
        ("body", "Once only"),
        ("audience", "whole_circle"),
        ("about", "2025-11-20"),
    ];
    let first = send_note(app, sam, c, &id, &fields).await;
    assert_eq!(first.location, format!("/circles/{c}/notes?done=written"));
    let second = send_note(app, sam, c, &id, &fields).await;
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    assert_eq!(second.location, format!("/circles/{c}/notes?done=already"));
    let page = app.get(&second.location, &sam.cookie).await;
    assert!(text(&page).contains("This note was already saved. It was not saved twice."));
    assert_eq!(text(&page).matches("Once only").count(), 1);
    assert_eq!(notes_saved(&w).await, 1);
    let saved = app.store.notes_of_circle(w.org.id, c).await.unwrap();
    assert_eq!(saved[0].body, "Once only");
    assert_eq!(saved[0].about.as_iso(), "2025-11-20");
    // The server made the note's id: the form's key is not it.
    assert_ne!(saved[0].id.to_string(), id);
    let log = written_log(&w).await;
    assert_eq!(log.len(), 1, "one audit entry");
    assert_eq!(log[0].subject.as_deref(), Some(c.to_string().as_str()));
    assert_eq!(
        log[0].detail.as_deref(),
        Some(format!("written:{}:whole_circle", saved[0].id).as_str())
    );
    assert_eq!(log[0].actor, Some(sam.user));
    // Someone else sending a copy of that form writes a note of their own:
    // keys are each person's, so theirs names no note of Sam's.
    let copied = send_note(
        app,
        &w.parent,
        c,
        &id,
        &[("body", "Copied form"), ("audience", "only_me")],
    )
    .await;
    assert_eq!(copied.location, format!("/circles/{c}/notes?done=written"));
    assert_eq!(notes_saved(&w).await, 2);
    let theirs = app
        .store
        .notes_of_circle(w.org.id, c)
        .await
        .unwrap()
        .into_iter()
        .find(|n| n.body == "Copied form")
        .unwrap();
    assert_ne!(theirs.id, saved[0].id);
}

#[tokio::test]
async fn the_author_is_told_who_each_choice_reaches() {
    let w = world().await;
    let page = w
        .app
        .get(
            &format!("/circles/{}/notes/new", w.circle),
            &w.practitioner.cookie,
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let who = |value: &str| {
        let sel = scraper::Selector::parse(&format!("#audience-{value}-who")).unwrap();
        html.select(&sel)
            .next()
            .unwrap()
            .text()
            .collect::<String>()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    // The author is "you"; someone without an account (Dr Okafor) sees
    // nothing here, so is not named.
    assert_eq!(who("only_me"), "Seen by you.");
    assert!(who("practitioners").starts_with("Seen by you."));
    assert!(who("practitioners").contains("managers of this circle's team"));
    assert!(who("whole_circle").starts_with("Seen by you, "));
    for name in ["Zoë", "Pat Parent", "Nan Supporter"] {
        assert!(who("whole_circle").contains(name), "{name}");
    }
    for not_named in ["Sam Worker", "Dr Okafor"] {
        assert!(!who("whole_circle").contains(not_named), "{not_named}");
    }
    assert!(!who("practitioners").contains("Pat Parent"));
    assert!(who("restricted").contains("Everyone else in the circle is told that a note is kept"));
    // Today is offered as the day, and the choice of whose words.
    assert!(
        page.body.contains("value=\"2025-11-24\""),
        "today by the test clock"
    );
    assert!(page.body.contains("My own words"));
    assert!(text(&page).contains("Zoë (The person the circle is about)"));
}

#[tokio::test]
async fn a_closed_circle_keeps_its_journal_read_only() {
    let w = world().await;
    let (app, c, sam) = (&w.app, w.circle, &w.practitioner);
    notes_support::write(app, sam, c, "Before closing", "whole_circle", None).await;
    let id = new_note_key(app, sam, c).await;
    let note = app.store.notes_of_circle(w.org.id, c).await.unwrap()[0].clone();
    let circle = app.store.circle(w.org.id, c).await.unwrap().unwrap();
    let closing = Closing {
        by: sam.user,
        at: support::T0,
        reflection: "We are done.".into(),
    };
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        support::T0,
        Some(sam.user),
        AuditAction::CircleChanged,
    );
    assert_eq!(
        app.store
            .close_circle(w.org.id, c, circle.version, &closing, &audit)
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let journal = app.get(&format!("/circles/{c}/notes"), &sam.cookie).await;
    assert!(text(&journal).contains("Before closing"));
    assert!(text(&journal).contains("This circle is closed."));
    assert!(!journal.body.contains("/notes/new"), "no link to write");
    assert!(
        !journal.body.contains(&format!("/notes/{}", note.id)),
        "no link to change"
    );
    let reply = send_note(
        app,
        sam,
        c,
        &id,
        &[("body", "After closing"), ("audience", "only_me")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert!(text(&reply).contains("This circle is closed, so nothing was saved."));
    assert!(text(&reply).contains("After closing"), "text kept");
    let change = app
        .post(
            &format!("/circles/{c}/notes/{}", note.id),
            &sam.cookie,
            support::form(&[
                ("_csrf", &sam.csrf),
                ("version", "1"),
                ("body", "Changed after closing"),
                ("audience", Audience::WholeCircle.as_str()),
            ]),
        )
        .await;
    assert_eq!(change.status, StatusCode::CONFLICT);
    assert!(text(&change).contains("Changed after closing"));
    let saved = app.store.notes_of_circle(w.org.id, c).await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].body, "Before closing");
}

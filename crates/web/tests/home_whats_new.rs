//! The home page's "What needs you" / "New for you": every person of the
//! journal's circle is told exactly which people shared notes with them since
//! they last looked (again on each look within the same sitting, not after a
//! break), with no note's words and nothing of a note they may not read. The
//! expected lines are written out by hand.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::home::SITTING_SECONDS;
use notes_support::{Person, World, text, world, write};

/// Every member writes one note of each audience they may choose, and the
/// practitioner one typed with the young person.
async fn everyone_writes(w: &World) {
    let c = w.circle;
    for audience in ["only_me", "practitioners", "whole_circle", "restricted"] {
        let body = format!("[P/{audience}]");
        write(&w.app, &w.practitioner, c, &body, audience, None).await;
    }
    let young = w.young.member;
    write(
        &w.app,
        &w.practitioner,
        c,
        "[P+Y/only_me]",
        "only_me",
        young,
    )
    .await;
    for (who, tag) in [(&w.young, "Y"), (&w.parent, "M"), (&w.supporter, "S")] {
        for audience in ["only_me", "practitioners", "whole_circle"] {
            let body = format!("[{tag}/{audience}]");
            write(&w.app, who, c, &body, audience, None).await;
        }
    }
}

/// The lines of the section, sorted, and its heading.
async fn home(w: &World, who: &Person) -> (String, Vec<String>, String) {
    let page = w.app.get("/", &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = page.html();
    let heading = scraper::Selector::parse(".whats-new h2").unwrap();
    let line = scraper::Selector::parse(".whats-new li").unwrap();
    let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let heading = html
        .select(&heading)
        .next()
        .map(|h| clean(h.text().collect()))
        .unwrap_or_default();
    let mut lines: Vec<String> = html
        .select(&line)
        .map(|l| clean(l.text().collect()))
        .collect();
    lines.sort();
    // Every line links to the circle's journal.
    for a in html.select(&scraper::Selector::parse(".whats-new li a").unwrap()) {
        assert_eq!(
            a.value().attr("href"),
            Some(format!("/circles/{}/notes", w.circle).as_str())
        );
    }
    (heading, lines, text(&page))
}

const NEEDS_YOU: &str = "What needs you";
const NEW_FOR_YOU: &str = "New for you";
const NOTHING_FOR_WORKER: &str = "Nothing needs you now: no reviews or actions are due, and nothing new has been shared with you since you last looked.";
const NOTHING_FOR_FAMILY: &str =
    "Nothing new from your workers since you last looked, and nothing is due.";
const FROM_SAM: &str = "Sam Worker shared a note with you in Zoë's circle";

#[tokio::test]
async fn each_person_is_told_what_was_shared_with_them_once_a_sitting() {
    let w = world().await;
    // Everyone looked at the home page when they signed in; what is written a
    // minute later is new.
    w.app.clock.advance_seconds(60);
    everyone_writes(&w).await;
    w.app.clock.advance_seconds(60);

    let expected: [(&Person, &str, &[&str]); 7] = [
        (
            &w.practitioner,
            NEEDS_YOU,
            &[
                "Nan Supporter shared 2 notes with you in Zoë's circle",
                "Pat Parent shared 2 notes with you in Zoë's circle",
                "Zoë shared 2 notes with you in Zoë's circle",
            ],
        ),
        // Not the restricted note, nor the draft typed with her (hers), nor
        // anything but what her worker shared.
        (&w.young, NEW_FOR_YOU, &[FROM_SAM]),
        (&w.parent, NEW_FOR_YOU, &[FROM_SAM]),
        (&w.supporter, NEW_FOR_YOU, &[FROM_SAM]),
        // In no circle themselves: nothing, though they manage its team.
        (&w.manager, NEEDS_YOU, &[]),
        (&w.outsider, NEEDS_YOU, &[]),
        (&w.stranger, NEEDS_YOU, &[]),
    ];
    for (who, heading, lines) in expected {
        let (h, got, page) = home(&w, who).await;
        assert_eq!(got, lines, "{}", who.name);
        assert_eq!(h, heading, "{}", who.name);
        assert!(
            !page.contains('['),
            "no note's words on {}'s home page: {page}",
            who.name
        );
        if lines.is_empty() {
            assert!(page.contains(NOTHING_FOR_WORKER), "{}: {page}", who.name);
        }
    }
    // Looked at again in the same sitting (a reload, back from a circle):
    // still there.
    let (_, again, _) = home(&w, &w.practitioner).await;
    assert_eq!(again, expected[0].2, "the same sitting keeps what was new");
    // Back after a break (busy elsewhere in the app meanwhile, so still
    // signed in): what was told before is not new any more.
    let people = [&w.practitioner, &w.young, &w.parent, &w.supporter];
    for _ in 0..2 {
        w.app.clock.advance_seconds(SITTING_SECONDS * 2 / 3);
        for who in people {
            let page = w.app.get("/circles", &who.cookie).await;
            assert_eq!(page.status, StatusCode::OK, "{}", who.name);
        }
    }
    for who in [&w.practitioner, &w.young, &w.parent, &w.supporter] {
        let (_, got, page) = home(&w, who).await;
        assert!(got.is_empty(), "{}: {got:?}", who.name);
        let nothing = if who.name == "Sam Worker" {
            NOTHING_FOR_WORKER
        } else {
            NOTHING_FOR_FAMILY
        };
        assert!(page.contains(nothing), "{}: {page}", who.name);
    }
    // Something new later is told then.
    w.app.clock.advance_seconds(60);
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "later",
        "whole_circle",
        None,
    )
    .await;
    w.app.clock.advance_seconds(60);
    assert_eq!(home(&w, &w.parent).await.1, [FROM_SAM]);
    assert_eq!(
        home(&w, &w.practitioner).await.1,
        Vec::<String>::new(),
        "their own note is not news to them"
    );
}

#[tokio::test]
async fn a_draft_shared_later_is_new_when_it_is_shared() {
    let w = world().await;
    w.app.clock.advance_seconds(60);
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "a draft",
        "only_me",
        None,
    )
    .await;
    w.app.clock.advance_seconds(60);
    assert!(
        home(&w, &w.parent).await.1.is_empty(),
        "a draft is nobody's news"
    );
    // Shared with the whole circle from the journal's change form.
    let journal = w
        .app
        .get(
            &format!("/circles/{}/notes", w.circle),
            &w.practitioner.cookie,
        )
        .await;
    let edit = journal
        .body
        .split(&format!("/circles/{}/notes/", w.circle))
        .filter_map(|s| s.split('"').next())
        .find(|id| id.len() == 36)
        .expect("a link to change the draft")
        .to_owned();
    let form_page = w
        .app
        .get(
            &format!("/circles/{}/notes/{edit}", w.circle),
            &w.practitioner.cookie,
        )
        .await;
    let version = notes_support::hidden(&form_page, "version");
    w.app.clock.advance_seconds(60);
    let reply = w
        .app
        .post(
            &format!("/circles/{}/notes/{edit}", w.circle),
            &w.practitioner.cookie,
            support::form(&[
                ("_csrf", &w.practitioner.csrf),
                ("version", &version),
                ("body", "a draft"),
                ("about", ""),
                ("audience", "whole_circle"),
            ]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(home(&w, &w.parent).await.1, [FROM_SAM]);
}

#[tokio::test]
async fn a_busy_circle_lists_a_few_lines_and_counts_the_rest() {
    use moves_core::audit::{AuditAction, AuditScope};
    use moves_core::circle::{Audience, Byline, JournalDate, Note};
    use moves_core::home::SHARED_LINES_PER_CIRCLE;
    use moves_core::ids::NoteId;
    use moves_store::AuditEntry;
    let w = world().await;
    // The practitioner from another service (no account) shared two notes
    // first; then Zoë, her parent and Nan one each, a minute apart.
    for _ in 0..2 {
        let now = moves_core::Clock::now(w.app.clock.as_ref());
        let note = Note {
            id: NoteId::new(),
            org_id: w.org.id,
            circle_id: w.circle,
            byline: Byline::own(w.guest),
            audience: Audience::WholeCircle,
            body: "[G/whole_circle]".into(),
            about: JournalDate::today(now),
            written_at: now,
            changed_at: now,
            shared_at: Some(now),
            version: 1,
        };
        let audit = AuditEntry::new(
            AuditScope::Organisation(w.org.id),
            now,
            Some(w.practitioner.user),
            AuditAction::NoteWritten,
        )
        .subject(w.circle.to_string())
        .detail(format!("written:{}:whole_circle", note.id));
        assert!(w.app.store.create_note(&note, &audit).await.unwrap());
        w.app.clock.advance_seconds(60);
    }
    for who in [&w.young, &w.parent, &w.supporter] {
        write(&w.app, who, w.circle, "[news]", "whole_circle", None).await;
        w.app.clock.advance_seconds(60);
    }

    let page = w.app.get("/", &w.practitioner.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = page.html();
    let link = scraper::Selector::parse(".whats-new li a").unwrap();
    let lines: Vec<(String, String)> = html
        .select(&link)
        .map(|a| {
            let text: String = a.text().collect();
            (
                text.replace(['\u{2068}', '\u{2069}'], ""),
                a.value().attr("href").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let notes = format!("/circles/{}/notes", w.circle);
    let line = |text: &str, href: &str| (text.to_owned(), href.to_owned());
    assert_eq!(SHARED_LINES_PER_CIRCLE, 3);
    // The newest three, then the rest counted, leading to the circle.
    assert_eq!(
        lines,
        [
            line(
                "Nan Supporter shared a note with you in Zoë's circle",
                &notes
            ),
            line("Pat Parent shared a note with you in Zoë's circle", &notes),
            line("Zoë shared a note with you in Zoë's circle", &notes),
            line(
                "and 2 more in Zoë's circle",
                &format!("/circles/{}", w.circle)
            ),
        ]
    );
}

//! Sharing agreements in a circle (`/circles/{id}/sharing`): everyone in the
//! circle reads them; only the person who decides (here the young person) or
//! a practitioner in the circle with them records and ends them; ended ones
//! stay as history. Bad input, a stale form (who decides changed), double
//! submission (the form carries a one-use key; the server makes the id),
//! closed circles and guessed ids of another circle or organisation (answered
//! alike, and recorded as refused reads).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::Closing;
use moves_core::ids::{AgreementId, CircleId};
use moves_store::AuditQuery;
use moves_store::VersionedWrite;
use notes_support::{Person, World, hidden, text, world};
use support::{Reply, form};

fn sharing(c: CircleId) -> String {
    format!("/circles/{c}/sharing")
}

/// The record form as `who` gets it: (its key, decider seen).
async fn record_form(w: &World, who: &Person) -> (String, String) {
    let page = w.app.get(&sharing(w.circle), &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    (hidden(&page, "key"), hidden(&page, "decider"))
}

async fn send(
    w: &World,
    who: &Person,
    (key, decider): &(String, String),
    with_whom: &str,
    what: &str,
) -> Reply {
    w.app
        .post(
            &sharing(w.circle),
            &who.cookie,
            form(&[
                ("_csrf", &who.csrf),
                ("key", key),
                ("decider", decider),
                ("with_whom", with_whom),
                ("what", what),
            ]),
        )
        .await
}

/// Records an agreement through the form; its id, as the server made it.
async fn record(w: &World, who: &Person, with_whom: &str, what: &str) -> String {
    let f = record_form(w, who).await;
    let reply = send(w, who, &f, with_whom, what).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(
        reply.location,
        format!("{}?done=recorded", sharing(w.circle))
    );
    let made = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.with_whom == with_whom && a.what == what)
        .unwrap();
    assert_ne!(made.id.to_string(), f.0, "the server made the id");
    made.id.to_string()
}

async fn end(w: &World, who: &Person, circle: CircleId, agreement: &str) -> Reply {
    w.app
        .post(
            &format!("{}/{agreement}/end", sharing(circle)),
            &who.cookie,
            form(&[("_csrf", &who.csrf)]),
        )
        .await
}

async fn shown(w: &World, who: &Person) -> String {
    let page = w.app.get(&sharing(w.circle), &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}: {}", who.name, page.body);
    text(&page)
}

async fn sharing_log(w: &World) -> Vec<String> {
    w.app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::SharingChanged),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.detail.unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn the_decider_or_a_practitioner_records_and_everyone_in_the_circle_reads() {
    let w = world().await;
    let mine = record(&w, &w.young, "My school", "My plan 🌱").await;
    let theirs = record(&w, &w.practitioner, "Dr Shah at the GP", "How I sleep").await;

    for who in [
        &w.practitioner,
        &w.young,
        &w.parent,
        &w.supporter,
        &w.manager,
    ] {
        let page = shown(&w, who).await;
        assert!(
            page.contains("Zoë agreed that My school can be told about:"),
            "{}: {page}",
            who.name
        );
        assert!(page.contains("My plan 🌱"), "{}", who.name);
        assert!(page.contains("Recorded by Zoë on"), "{}", who.name);
        assert!(
            page.contains("Recorded by Sam Worker with Zoë on"),
            "{}: entered by a practitioner with the decider",
            who.name
        );
    }
    // Only the decider and the practitioner are offered the forms.
    for (who, offered) in [
        (&w.young, true),
        (&w.practitioner, true),
        (&w.parent, false),
        (&w.supporter, false),
        (&w.manager, false),
    ] {
        let page = w.app.get(&sharing(w.circle), &who.cookie).await;
        assert_eq!(
            page.body.contains("name=\"with_whom\""),
            offered,
            "{}",
            who.name
        );
        assert_eq!(page.body.contains("/end\""), offered, "{}", who.name);
    }
    // Others who read are refused (403), and nothing is written.
    for who in [&w.parent, &w.supporter, &w.manager] {
        let f = (AgreementId::new().to_string(), String::new());
        let reply = send(&w, who, &f, "Anyone", "Everything").await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", who.name);
        assert_eq!(
            end(&w, who, w.circle, &mine).await.status,
            StatusCode::FORBIDDEN
        );
    }
    // People outside the circle, or of another organisation: 404.
    for who in [&w.outsider, &w.stranger] {
        let page = w.app.get(&sharing(w.circle), &who.cookie).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{}", who.name);
        let f = (AgreementId::new().to_string(), String::new());
        let reply = send(&w, who, &f, "Anyone", "Everything").await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", who.name);
        assert_eq!(
            end(&w, who, w.circle, &theirs).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        sharing_log(&w).await,
        [format!("agreed:{theirs}"), format!("agreed:{mine}")]
    );
    let all = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
}

#[tokio::test]
async fn bad_input_is_refused_with_what_was_typed_kept() {
    let w = world().await;
    let who = &w.practitioner;
    let f = record_form(&w, who).await;

    let empty = send(&w, who, &f, "  ", "\n").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(&empty);
    assert!(page.contains("Write who can be told."), "{page}");
    assert!(page.contains("Write what they can be told."), "{page}");

    let huge = "ä".repeat(2_001);
    let long = send(&w, who, &f, "School", &huge).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&long).contains("2000"), "{}", text(&long));
    assert!(
        long.body.contains("value=\"School\""),
        "what was typed is kept"
    );

    let hidden_char = send(&w, who, &f, "Sch\u{202E}ool", "Plan").await;
    assert_eq!(hidden_char.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(hidden_char.body.contains("aria-invalid"));

    let no_id = send(&w, who, &(String::new(), f.1.clone()), "School", "Plan").await;
    assert_eq!(no_id.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&no_id).contains("This form had expired."));

    // Odd but fine Unicode is kept as typed.
    let odd = send(&w, who, &f, "Σχολείο", "Мой план\n日本語 🙂").await;
    assert_eq!(odd.status, StatusCode::SEE_OTHER, "{}", odd.body);
    // The same form again: recorded once.
    let again = send(&w, who, &f, "Σχολείο", "Мой план\n日本語 🙂").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        again.location,
        format!("{}?done=already", sharing(w.circle))
    );
    let all = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(all.len(), 1, "nothing refused was recorded, the rest once");
    assert_eq!(all[0].what, "Мой план\n日本語 🙂");
    assert!(shown(&w, &w.parent).await.contains("Σχολείο"));
}

#[tokio::test]
async fn a_form_shown_before_the_decider_changed_records_nothing() {
    let w = world().await;
    let f = record_form(&w, &w.practitioner).await;
    // Meanwhile the parent is named to decide.
    let circle = w
        .app
        .store
        .circle(w.org.id, w.circle)
        .await
        .unwrap()
        .unwrap();
    let parent = w.parent.member.unwrap();
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        support::T0,
        None,
        AuditAction::SharingChanged,
    );
    let changed = w
        .app
        .store
        .set_decider(
            w.org.id,
            w.circle,
            circle.version,
            moves_core::circle::SharingDecider::Member(parent),
            &audit,
        )
        .await
        .unwrap();
    assert_eq!(changed, VersionedWrite::Done);

    let stale = send(&w, &w.practitioner, &f, "Her school", "Her plan").await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let page = text(&stale);
    assert!(page.contains("now Pat Parent decides"), "{page}");
    assert!(stale.body.contains("value=\"Her school\""), "kept");
    assert!(stale.body.contains("Her plan</textarea>"), "kept");
    assert_eq!(hidden(&stale, "decider"), parent.to_string());
    assert!(
        w.app
            .store
            .agreements_of_circle(w.org.id, w.circle)
            .await
            .unwrap()
            .is_empty()
    );
    // Sent again, knowing: it is Pat's decision now, and the young person
    // may no longer record.
    let again = (hidden(&stale, "key"), hidden(&stale, "decider"));
    let sent = send(&w, &w.practitioner, &again, "Her school", "Her plan").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let saved = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(saved[0].decided_by, parent);
    let young = send(
        &w,
        &w.young,
        &(AgreementId::new().to_string(), parent.to_string()),
        "x",
        "y",
    )
    .await;
    assert_eq!(young.status, StatusCode::FORBIDDEN);
    assert!(
        shown(&w, &w.parent)
            .await
            .contains("Pat Parent agreed that Her school")
    );
}

#[tokio::test]
async fn agreements_are_ended_once_and_kept_as_history() {
    let w = world().await;
    let first = record(&w, &w.young, "My school", "My plan").await;
    let second = record(&w, &w.young, "My coach", "My checks").await;

    let ended = end(&w, &w.practitioner, w.circle, &first).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(ended.location, format!("{}?done=ended", sharing(w.circle)));
    // Sent twice by the same person: ended once.
    let twice = end(&w, &w.practitioner, w.circle, &first).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    // Someone else ending it too is told who ended it, and when.
    let late = end(&w, &w.young, w.circle, &first).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let told = text(&late);
    assert!(
        told.contains("Sam Worker already ended this agreement on"),
        "{told}"
    );

    let page = shown(&w, &w.parent).await;
    assert!(page.contains("Ended agreements"), "{page}");
    assert!(page.contains("Ended by Sam Worker on"), "{page}");
    assert!(page.contains("My plan"), "the ended words are kept");
    let log = sharing_log(&w).await;
    assert_eq!(log.iter().filter(|d| d.starts_with("ended:")).count(), 1);

    // Guessed ids: unknown, malformed, another circle's path, another
    // organisation's. None end anything.
    for id in [AgreementId::new().to_string(), "not-an-id".to_owned()] {
        assert_eq!(
            end(&w, &w.practitioner, w.circle, &id).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        end(&w, &w.practitioner, w.second, &second).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        end(&w, &w.stranger, w.circle, &second).await.status,
        StatusCode::NOT_FOUND
    );
    let all = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert!(
        all.iter()
            .any(|a| a.id.to_string() == second && a.ended.is_none())
    );
}

#[tokio::test]
async fn a_closed_circles_agreements_are_read_only() {
    let w = world().await;
    let kept = record(&w, &w.young, "My school", "My plan").await;
    let f = record_form(&w, &w.practitioner).await;
    let circle = w
        .app
        .store
        .circle(w.org.id, w.circle)
        .await
        .unwrap()
        .unwrap();
    let closing = Closing {
        by: w.practitioner.user,
        at: support::T0,
        reflection: "Done".to_owned(),
    };
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        support::T0,
        None,
        AuditAction::CircleChanged,
    );
    w.app
        .store
        .close_circle(w.org.id, w.circle, circle.version, &closing, &audit)
        .await
        .unwrap();

    let page = w.app.get(&sharing(w.circle), &w.practitioner.cookie).await;
    assert!(!page.body.contains("name=\"with_whom\""));
    assert!(text(&page).contains("This circle is closed."));
    assert!(text(&page).contains("My plan"));
    let refused = send(&w, &w.practitioner, &f, "School", "Plan").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(
        end(&w, &w.young, w.circle, &kept).await.status,
        StatusCode::CONFLICT
    );
    let all = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert_eq!(all.len(), 1);
    assert!(all[0].ended.is_none());
}

/// The refused reads of `who` in the organisation's log: (subject, what).
async fn refused_reads(w: &World, who: &Person) -> Vec<(String, String)> {
    w.app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::ReadRefused),
            actor: Some(who.user),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.subject.unwrap_or_default(), e.detail.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn another_circles_agreement_is_answered_as_an_unknown_one_and_recorded() {
    let w = world().await;
    let here = record(&w, &w.young, "My school", "My plan").await;
    let made_up = AgreementId::new().to_string();
    // This circle's agreement named under the second circle's path, and an
    // id of no agreement: the same answer, and both recorded.
    let elsewhere = end(&w, &w.practitioner, w.second, &here).await;
    let unknown = end(&w, &w.practitioner, w.second, &made_up).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let malformed = end(&w, &w.practitioner, w.second, "not-an-id").await;
    assert_eq!(malformed.status, StatusCode::NOT_FOUND);
    let mut recorded = refused_reads(&w, &w.practitioner).await;
    recorded.sort();
    let mut expected = vec![
        (here.clone(), "agreement".to_owned()),
        (made_up, "agreement".to_owned()),
    ];
    expected.sort();
    assert_eq!(recorded, expected, "the parsed ids only, never the text");
    let all = w
        .app
        .store
        .agreements_of_circle(w.org.id, w.circle)
        .await
        .unwrap();
    assert!(all.iter().all(|a| a.ended.is_none()), "nothing ended");
}

#[tokio::test]
async fn a_form_cannot_choose_an_agreements_id() {
    let w = world().await;
    let here = record(&w, &w.young, "My school", "My plan").await;
    let decider = record_form(&w, &w.practitioner).await.1;
    // An agreement's id sent as the key is a form we did not make, like
    // nonsense: nothing is recorded, and a fresh key is offered.
    for sent in [here.clone(), "nonsense".to_owned()] {
        let reply = send(
            &w,
            &w.practitioner,
            &(sent.clone(), decider.clone()),
            "Coach",
            "Plan",
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{sent}");
        assert!(text(&reply).contains("This form had expired."));
        let fresh = hidden(&reply, "key");
        assert_eq!(fresh.len(), 43);
        assert_ne!(fresh, sent);
    }
    assert_eq!(
        w.app
            .store
            .agreements_of_circle(w.org.id, w.circle)
            .await
            .unwrap()
            .len(),
        1
    );
    // A refused form keeps its key: corrected and sent twice, recorded once.
    let f = record_form(&w, &w.practitioner).await;
    let refused = send(&w, &w.practitioner, &f, "", "Plan").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(hidden(&refused, "key"), f.0);
    let first = send(&w, &w.practitioner, &f, "Coach", "Plan").await;
    let second = send(&w, &w.practitioner, &f, "Coach", "Plan").await;
    assert_eq!(
        first.location,
        format!("{}?done=recorded", sharing(w.circle))
    );
    assert_eq!(
        second.location,
        format!("{}?done=already", sharing(w.circle))
    );
    assert_eq!(
        w.app
            .store
            .agreements_of_circle(w.org.id, w.circle)
            .await
            .unwrap()
            .len(),
        2
    );
}

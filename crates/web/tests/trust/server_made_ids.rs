//! Hole 10: the server makes the ids of new notes (checks, plans, the
//! entries added to a plan and circles likewise), and a form carries only a
//! one-use key, so nobody can choose an id or learn from the answer whether
//! one exists: another circle's note id, or another plan's action id, sent as
//! a form's key is answered exactly as nonsense is. And hole 9's
//! refused reads: asking for a circle one may not open leaves a trace, by the
//! parsed id only.

use crate::notes_support::{new_note_key, send_note, world, write};
use crate::support::Reply;
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_store::AuditQuery;

fn shown_without_keys(reply: &Reply) -> String {
    // The page offers a fresh key each time; everything else must match.
    const FIELD: &str = "name=\"key\" value=\"";
    let mut shown = String::new();
    let mut rest = reply.body.as_str();
    while let Some(at) = rest.find(FIELD) {
        let start = at + FIELD.len();
        shown.push_str(&rest[..start]);
        rest = rest[start..].split_once('"').map_or("", |(_, after)| after);
        shown.push('"');
    }
    shown.push_str(rest);
    shown
}

#[tokio::test]
async fn a_form_cannot_choose_an_id_nor_tell_one_that_exists() {
    let w = world().await;
    write(
        &w.app,
        &w.practitioner,
        w.second,
        "Elsewhere",
        "whole_circle",
        None,
    )
    .await;
    let elsewhere = w
        .app
        .store
        .notes_of_circle(w.org.id, w.second)
        .await
        .unwrap()[0]
        .id;
    let fields = [("body", "Hello"), ("audience", "only_me")];
    let with_their_id = send_note(
        &w.app,
        &w.practitioner,
        w.circle,
        &elsewhere.to_string(),
        &fields,
    )
    .await;
    let with_nonsense = send_note(
        &w.app,
        &w.practitioner,
        w.circle,
        "00000000-0000-7000-8000-000000000000",
        &fields,
    )
    .await;
    assert_eq!(with_their_id.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(with_their_id.status, with_nonsense.status);
    assert_eq!(
        shown_without_keys(&with_their_id),
        shown_without_keys(&with_nonsense)
    );
    assert!(
        w.app
            .store
            .notes_of_circle(w.org.id, w.circle)
            .await
            .unwrap()
            .is_empty()
    );
    // With a key of ours, the note gets an id the server made.
    let key = new_note_key(&w.app, &w.practitioner, w.circle).await;
    let saved = send_note(&w.app, &w.practitioner, w.circle, &key, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let note = w
        .app
        .store
        .notes_of_circle(w.org.id, w.circle)
        .await
        .unwrap()[0]
        .clone();
    assert_ne!(note.id, elsewhere);
    assert_ne!(note.id.to_string(), key);
}

#[tokio::test]
async fn a_plan_entry_form_cannot_choose_an_id_nor_tell_one_that_exists() {
    use crate::plans_common::{first_plan, key_of_form, make_plan, send, setting};
    let app = crate::support::App::empty().await;
    let a = setting(&app, "A").await;
    let b = setting(&app, "B").await;
    let fields = |key: &str| {
        [
            ("key", key.to_owned()),
            ("move", "coping.brave".to_owned()),
            ("what", "Ring the school".to_owned()),
            ("who", "other".to_owned()),
            ("other", "Gran".to_owned()),
            ("by_when", "2025-12-01".to_owned()),
            ("category", "none".to_owned()),
        ]
    };
    let add = async |who: &crate::plans_common::Person, path: &str, key: &str| {
        let sent = fields(key);
        let sent: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (*k, v.as_str())).collect();
        send(&app, who, &format!("{path}/actions"), &sent).await
    };
    // Elsewhere, an action with an id the server made.
    let theirs = make_plan(&app, &b.worker, &b.circle, "whole_circle").await;
    let page = app.get(&theirs, &b.worker.cookie).await;
    let key = key_of_form(&page, &format!("{theirs}/actions"));
    assert_eq!(
        add(&b.worker, &theirs, &key).await.status,
        StatusCode::SEE_OTHER
    );
    let elsewhere = first_plan(&app, &b).await.body.actions[0].id;

    let mine = make_plan(&app, &a.worker, &a.circle, "whole_circle").await;
    let with_their_id = add(&a.worker, &mine, &elsewhere.to_string()).await;
    let with_nonsense = add(&a.worker, &mine, "00000000-0000-7000-8000-000000000000").await;
    assert_eq!(with_their_id.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(with_their_id.status, with_nonsense.status);
    assert_eq!(
        shown_without_keys(&with_their_id),
        shown_without_keys(&with_nonsense)
    );
    assert!(first_plan(&app, &a).await.body.actions.is_empty());
    // With a key of ours, the action gets an id the server made.
    let key = key_of_form(&with_their_id, &format!("{mine}/actions"));
    let saved = add(&a.worker, &mine, &key).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let made = first_plan(&app, &a).await.body.actions[0].id;
    assert_ne!(made, elsewhere);
    assert_ne!(made.to_string(), key);
}

#[tokio::test]
async fn a_refused_read_is_recorded_by_the_id_asked_for() {
    let w = world().await;
    let theirs = w.circle;
    let probe = w
        .app
        .get(&format!("/circles/{theirs}"), &w.stranger.cookie)
        .await;
    assert_eq!(probe.status, StatusCode::NOT_FOUND);
    let malformed = w.app.get("/circles/%3Cscript%3E", &w.stranger.cookie).await;
    assert_eq!(malformed.status, StatusCode::NOT_FOUND);
    let log = w
        .app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(w.other_org.id)))
        .await
        .unwrap();
    let refused: Vec<_> = log
        .iter()
        .filter(|e| e.action == AuditAction::ReadRefused)
        .collect();
    assert_eq!(refused.len(), 1, "the parsed id only: {refused:?}");
    assert_eq!(refused[0].actor, Some(w.stranger.user));
    assert_eq!(refused[0].subject, Some(theirs.to_string()));
    assert!(
        !log.iter().any(|e| format!("{e:?}").contains("script")),
        "never the text sent"
    );
    // Nothing of it reaches the circle's own organisation's log as a read.
    let theirs_log = w
        .app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(w.org.id)))
        .await
        .unwrap();
    assert!(!theirs_log.iter().any(|e| e.actor == Some(w.stranger.user)));
}

//! Hole 12: no one account writes without limit. Each person's changes are
//! counted per hour (300 by default, configurable); past that, nothing more
//! is saved, they are told plainly when to try again, and what they sent is
//! not lost silently: it is refused whole.

use crate::support::{App, T0, form};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::CircleId;
use moves_core::membership::Role;
use moves_core::write_budget::WriteBudget;
use moves_store::AuditEntry;

async fn write_note(
    app: &App,
    cookie: &str,
    csrf: &str,
    circle: CircleId,
    body: &str,
) -> crate::support::Reply {
    let page = app
        .get(&format!("/circles/{circle}/notes/new"), cookie)
        .await;
    let key = crate::support::hidden(&page, "key");
    app.post(
        &format!("/circles/{circle}/notes/new"),
        cookie,
        form(&[
            ("_csrf", csrf),
            ("key", &key),
            ("body", body),
            ("audience", "only_me"),
        ]),
    )
    .await
}

#[tokio::test]
async fn past_the_hourly_budget_nothing_more_is_saved_until_the_next_hour() {
    let app = App::empty_with(|c| c.write_budget = WriteBudget { per_hour: 3 }).await;
    let org = app.organisation("Demo Borough").await;
    let sam = app
        .person("Sam", "sam@a.example", &org, Role::Practitioner)
        .await;
    let circle = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            ..NewCircle::default()
        },
        sam.id,
        T0,
    )
    .unwrap();
    let member = CircleMember::new(
        org.id,
        circle.id,
        Some(sam.id),
        "Sam",
        "",
        CircleRole::Practitioner,
        T0,
    )
    .unwrap();
    let audit = AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(sam.id),
        AuditAction::CircleChanged,
    );
    app.store
        .create_circle(&circle, &[member], &audit)
        .await
        .unwrap();
    let cookie = app.session_cookie("sam@a.example").await;
    let csrf = app.get("/", &cookie).await.csrf();
    for n in 1..=3 {
        let sent = write_note(&app, &cookie, &csrf, circle.id, &format!("note {n}")).await;
        assert_eq!(
            sent.status,
            StatusCode::SEE_OTHER,
            "note {n}: {}",
            sent.body
        );
    }
    let refused = write_note(&app, &cookie, &csrf, circle.id, "one too many").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        refused.body.contains("nothing more can be saved for now"),
        "{}",
        refused.body
    );
    let saved = app.store.notes_of_circle(org.id, circle.id).await.unwrap();
    assert_eq!(saved.len(), 3);
    assert!(!saved.iter().any(|n| n.body == "one too many"));
    // Reading still works, and signing out is not a write.
    assert_eq!(
        app.get(&format!("/circles/{}/notes", circle.id), &cookie)
            .await
            .status,
        StatusCode::OK
    );
    // The next hour, writing works again.
    app.clock.advance_seconds(3600);
    let cookie = app.session_cookie("sam@a.example").await;
    let csrf = app.get("/", &cookie).await.csrf();
    let again = write_note(&app, &cookie, &csrf, circle.id, "the next hour").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
}

//! Hole 9 for the home page: every circle whose people the home page names
//! (a focus person's name, who shared) is audited as read by its id when the
//! page is looked at, and nothing for a page that names no circle.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::{OrgId, UserId};
use moves_store::{AuditEntry, AuditQuery};
use notes_support::{World, text, world, write};

/// The home page's reads in `org`'s log, by `who`.
async fn home_reads(w: &World, org: OrgId, who: UserId) -> Vec<AuditEntry> {
    let mut reads = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::RecordRead),
            limit: 10_000,
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap();
    reads.retain(|e| e.detail.as_deref() == Some("home") && e.actor == Some(who));
    reads
}

#[tokio::test]
async fn the_circles_the_home_page_names_are_audited_as_read() {
    let w = world().await;
    w.app.clock.advance_seconds(60);
    write(
        &w.app,
        &w.practitioner,
        w.circle,
        "Shared with everyone",
        "whole_circle",
        None,
    )
    .await;
    w.app.clock.advance_seconds(60);
    let before = home_reads(&w, w.org.id, w.parent.user).await.len();

    let page = w.app.get("/", &w.parent.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        text(&page).contains("Sam Worker shared a note with you"),
        "{}",
        text(&page)
    );
    let reads = home_reads(&w, w.org.id, w.parent.user).await;
    assert_eq!(reads.len(), before + 1, "one read for the one circle named");
    let read = &reads[0];
    assert_eq!(read.subject, Some(w.circle.to_string()));
    assert!(
        !format!("{read:?}").contains("Zoë"),
        "ids only, never names"
    );

    // The manager's page names no circle: nothing read.
    let page = w.app.get("/", &w.manager.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(home_reads(&w, w.org.id, w.manager.user).await.is_empty());
}

//! Every page of a circle that is read leaves an audit entry.

use super::{log, signed_in, started};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn every_page_of_a_circle_that_is_read_is_audited() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let outsider = signed_in(&app, "Jo", "jo@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let sam_user = app
        .store
        .user_by_login("sam@a.example")
        .await
        .unwrap()
        .unwrap();
    assert!(log(&app, a.id, AuditAction::RecordRead).await.is_empty());
    let pages = [
        ("", "overview"),
        ("/members", "members"),
        ("/people", "people"),
        ("/close", "close"),
    ];
    for (n, (page, detail)) in pages.iter().enumerate() {
        let reply = app.get(&format!("/circles/{id}{page}"), &sam.cookie).await;
        assert_eq!(reply.status, StatusCode::OK);
        let reads = log(&app, a.id, AuditAction::RecordRead).await;
        assert_eq!(reads.len(), n + 1, "{page}");
        assert_eq!(reads[0].actor, Some(sam_user.id));
        assert_eq!(reads[0].subject.as_deref(), Some(id.to_string().as_str()));
        assert_eq!(reads[0].detail.as_deref(), Some(*detail));
    }
    // Refused reads show nothing, so record no read.
    assert_eq!(
        app.get(&format!("/circles/{id}"), &outsider.cookie)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        log(&app, a.id, AuditAction::RecordRead).await.len(),
        pages.len()
    );
}

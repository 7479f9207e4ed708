//! A circle's export for a subject access request is whole by design, so it
//! reads every row of the circle: each one counts as a change of the
//! person's hourly budget, so it cannot be asked for in a loop (hole 12).

use super::{log, signed_in, started};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;
use moves_core::write_budget::WriteBudget;

#[tokio::test]
async fn exports_are_counted_against_the_hourly_budget() {
    let app = App::empty_with(|c| c.write_budget = WriteBudget { per_hour: 3 }).await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    // Starting the circle is one change; two exports make three.
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    for path in [
        format!("/circles/{id}/export.json"),
        format!("/circles/{id}/export"),
    ] {
        assert_eq!(
            app.get(&path, &sam.cookie).await.status,
            StatusCode::OK,
            "{path}"
        );
    }
    let refused = app
        .get(&format!("/circles/{id}/export.json"), &sam.cookie)
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(!refused.body.contains("Zoë"));
    assert_eq!(log(&app, a.id, AuditAction::CircleExported).await.len(), 2);
    // Reading the circle's pages is no change, and goes on working.
    assert_eq!(
        app.get(&format!("/circles/{id}"), &sam.cookie).await.status,
        StatusCode::OK
    );
    // The next hour, exporting works again.
    app.clock.advance_seconds(3600);
    let cookie = app.session_cookie("sam@a.example").await;
    assert_eq!(
        app.get(&format!("/circles/{id}/export.json"), &cookie)
            .await
            .status,
        StatusCode::OK
    );
}

//! A session still waiting for its code reaches no signed-in route.

use super::text;
use crate::support::App;
use axum::http::{Method, StatusCode};
use moves_core::membership::Role;
use moves_core::permission::Rule;
use moves_core::session::{SessionStage, hash_token};

/// A concrete path for a route pattern (ids that match nothing).
fn concrete(path: &str) -> String {
    path.replace("{*path}", "site.css")
        .replace("{key}", "x")
        .replace("{token}", "x")
        .replace("{id}", "basics")
}

#[tokio::test]
async fn a_pending_session_reaches_no_signed_in_route() {
    let app = App::empty().await;
    let org = app.organisation_requiring_mfa("Northside Hub").await;
    let ada = app
        .person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    app.enrol(&ada).await;
    let pending = app.pending("ada@example.org").await;
    let csrf = app.get("/sign-in/code", &pending).await.csrf();

    let routes = moves_web::router::routes();
    let mut checked = 0;
    for entry in routes.entries() {
        let path = concrete(entry.path);
        let reply = if entry.method == Method::GET {
            app.get(&path, &pending).await
        } else {
            app.post(&path, &pending, format!("_csrf={csrf}")).await
        };
        let what = format!(
            "{} {path}: {} {}",
            entry.method, reply.status, reply.location
        );
        match entry.rule {
            Rule::SignedIn | Rule::May(_) | Rule::InCircle => {
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "{what}");
                assert_eq!(reply.location, "/sign-in/code", "{what}");
                checked += 1;
            }
            Rule::SecondFactorStep | Rule::Public => {
                assert_ne!(reply.status, StatusCode::FORBIDDEN, "{what}");
                assert!(!reply.status.is_server_error(), "{what}");
                assert!(!text(&reply).contains("Signed in as"), "{what}");
            }
        }
    }
    assert!(checked >= 5, "the signed-in routes were tried ({checked})");
    // Still pending after all that, and still only that.
    let session = app
        .store
        .session(&hash_token(pending.trim_start_matches("moves-session=")))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.stage, SessionStage::SecondFactorPending);
    let sign_in = app.get("/sign-in", &pending).await;
    assert_eq!(
        sign_in.status,
        StatusCode::OK,
        "the sign-in page: not signed in"
    );
    // And it does not wait for ever.
    app.clock.advance_seconds(15 * 60);
    let late = app.get("/sign-in/code", &pending).await;
    assert!(
        late.location.starts_with("/sign-in?next="),
        "{}",
        late.location
    );
}

//! A form sent after someone else changed the circle is refused, and the
//! person is told.

use super::{add_member, hidden, signed_in, started, text, version_of};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::membership::Role;

#[tokio::test]
async fn a_stale_form_is_refused_and_the_person_told() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let jo = signed_in(&app, "Jo", "jo@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let v = version_of(&app, &sam, id).await;
    let reply = add_member(
        &app,
        &sam,
        id,
        &v,
        &[
            ("account", "yes"),
            ("email", "jo@a.example"),
            ("role", "practitioner"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    // Both practitioners open the form at the same version.
    let sams = version_of(&app, &sam, id).await;
    let jos = version_of(&app, &jo, id).await;
    assert_eq!(sams, jos);
    let first = add_member(
        &app,
        &jo,
        id,
        &jos,
        &[("account", "no"), ("name", "Nan"), ("role", "supporter")],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = add_member(
        &app,
        &sam,
        id,
        &sams,
        &[
            ("account", "no"),
            ("name", "Grandad"),
            ("relationship", "grandfather"),
            ("role", "supporter"),
        ],
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(text(&second).contains("Someone changed this circle"));
    assert!(text(&second).contains("Nan"), "the circle as it is now");
    assert!(
        second.body.contains("value=\"Grandad\"") && second.body.contains("value=\"grandfather\"")
    );
    assert_ne!(
        hidden(&second, "version"),
        sams,
        "sending again is a choice made knowing"
    );
    let names: Vec<String> = app
        .store
        .circle_members(a.id, id)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.display_name)
        .collect();
    assert!(!names.contains(&"Grandad".to_owned()));
    // A version that is not a number is stale too.
    let odd = add_member(
        &app,
        &sam,
        id,
        "seven",
        &[("account", "no"), ("name", "X"), ("role", "supporter")],
    )
    .await;
    assert_eq!(odd.status, StatusCode::CONFLICT);
}

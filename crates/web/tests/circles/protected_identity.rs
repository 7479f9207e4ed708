//! A protected identity shows its details to the circle's practitioners and
//! to the young person whose details they are, told in their own words.

use super::{add_member, signed_in, started, text, version_of};
use crate::support::{App, form};
use axum::http::StatusCode;
use moves_core::membership::Role;

#[tokio::test]
async fn protected_identity_shows_details_to_practitioners_and_the_young_person_only() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let pat = signed_in(&app, "Pat", "pat@a.example", &a, Role::ParentCarer).await;
    let id = started(
        &app,
        &sam,
        &[
            ("focus_name", "Zoë"),
            ("birth_date", "2012-03-27"),
            ("languages", "Tigrinya"),
            ("protected_identity", "yes"),
        ],
    )
    .await;
    let v = version_of(&app, &sam, id).await;
    let reply = add_member(
        &app,
        &sam,
        id,
        &v,
        &[
            ("account", "yes"),
            ("email", "pat@a.example"),
            ("role", "parent_carer"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let by_sam = text(&app.get(&format!("/circles/{id}"), &sam.cookie).await);
    assert!(by_sam.contains("Born 2012-03-27") && by_sam.contains("Tigrinya"));
    let page = app.get(&format!("/circles/{id}"), &pat.cookie).await;
    // The page's own content: the footer credits the framework's 2012 edition,
    // which is not the birth year.
    let by_pat = page
        .html()
        .select(&scraper::Selector::parse("main").unwrap())
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(by_pat.contains("Zoë"));
    assert!(
        !by_pat.contains("2012") && !by_pat.contains("Tigrinya"),
        "{by_pat}"
    );
    assert!(
        by_pat.contains("only the workers in this circle see them"),
        "{by_pat}"
    );
    // The young person, once their account is linked, sees their own
    // details as theirs, without the practitioners' words.
    let zoe = signed_in(&app, "Zoë", "zoe@a.example", &a, Role::YoungPerson).await;
    let v = version_of(&app, &sam, id).await;
    let linked = app
        .post(
            &format!("/circles/{id}/members/focus-account"),
            &sam.cookie,
            form(&[
                ("_csrf", &sam.csrf),
                ("version", &v),
                ("email", "zoe@a.example"),
            ]),
        )
        .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER, "{}", linked.body);
    let by_zoe = text(&app.get(&format!("/circles/{id}"), &zoe.cookie).await);
    assert!(
        by_zoe.contains("2012-03-27") && by_zoe.contains("Tigrinya"),
        "{by_zoe}"
    );
    assert!(
        by_zoe.contains("Your age and languages are private"),
        "{by_zoe}"
    );
    assert!(
        !by_zoe.contains("practitioner") && !by_zoe.contains("protected"),
        "{by_zoe}"
    );
}

//! A reset link must not outlive the rule that allowed it (found by review).
//! Organisation A's administrator may reset Pat's password while Pat belongs
//! to A only, and (without SMTP) is shown the link. The link works for a day.
//! When Pat then joins B, the rule of hole 2 says A's administrator may no
//! longer act on Pat's account, but the link made before still sets Pat's
//! password, signing Pat out everywhere and handing over Pat's access to B.

use crate::support::{App, PASSWORD, T0, form};
use axum::http::StatusCode;
use moves_core::membership::{Membership, Role};

#[tokio::test]
async fn a_reset_link_made_before_the_person_joined_another_organisation_no_longer_works() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    app.person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    let pat = app
        .person("Pat", "pat@example.org", &a, Role::Practitioner)
        .await;
    let admin = app.session_cookie("ada@a.example").await;
    let csrf = app.get("/admin/members", &admin).await.csrf();
    let membership = app
        .store
        .memberships_of_user(pat.id)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.org_id == a.id)
        .unwrap();
    let made = app
        .post(
            &format!("/admin/members/{}/reset-password", membership.id),
            &admin,
            form(&[("_csrf", &csrf)]),
        )
        .await;
    let at = made.body.find("/set-password/").expect("the link is shown");
    let link = made.body[at..].split(['"', '<']).next().unwrap().to_owned();

    // Pat joins B as its administrator (an accepted invitation).
    app.store
        .add_membership(&Membership::new(b.id, pat.id, Role::OrgAdmin, T0))
        .await
        .unwrap();

    // A's administrator now uses the link kept from before: it is gone.
    let page = app.get(&link, "").await;
    assert!(
        page.body
            .contains("This link has expired or has already been used"),
        "{}",
        page.body
    );
    let (cookie, csrf) = app.visitor().await;
    let sent = app
        .post(
            &link,
            &cookie,
            form(&[
                ("_csrf", &csrf),
                ("password", "ada now holds pat's account"),
            ]),
        )
        .await;
    let taken = app
        .sign_in("pat@example.org", "ada now holds pat's account")
        .await;
    assert!(
        taken.status != StatusCode::SEE_OTHER,
        "A's administrator set the password of B's administrator \
         (set-password answered {} {})",
        sent.status,
        sent.location,
    );
    // Pat's own password still works: nothing was changed.
    assert_eq!(
        app.sign_in("pat@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

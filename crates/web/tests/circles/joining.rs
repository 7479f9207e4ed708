//! People join a circle with an account or without one.

use super::{add_member, askama_escape, log, signed_in, started, text, version_of};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::circle::{CircleRole, SharingDecider};
use moves_core::membership::Role;

#[tokio::test]
async fn people_join_with_or_without_accounts() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let pat = signed_in(&app, "Pat Parent", "pat@a.example", &a, Role::ParentCarer).await;
    app.person("Vic Viewer", "vic@a.example", &a, Role::Viewer)
        .await;
    app.person("Bea Elsewhere", "bea@b.example", &b, Role::ParentCarer)
        .await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    assert_eq!(
        app.get(&format!("/circles/{id}"), &pat.cookie).await.status,
        StatusCode::NOT_FOUND,
        "not in it yet"
    );

    // A grandparent without an account.
    let v = version_of(&app, &sam, id).await;
    let reply = add_member(
        &app,
        &sam,
        id,
        &v,
        &[
            ("account", "no"),
            ("name", "Nan"),
            ("relationship", "grandparent"),
            ("role", "supporter"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location, format!("/circles/{id}/members?done=added"));

    // Refusals, each with its message, the typed values kept, nothing written.
    let v = version_of(&app, &sam, id).await;
    let refusals: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("account", "no"), ("name", " "), ("role", "supporter")],
            "Enter their name.",
        ),
        (
            vec![
                ("account", "no"),
                ("name", "Nan\u{202E}"),
                ("role", "supporter"),
            ],
            "hidden character",
        ),
        (
            vec![("account", "no"), ("name", "Bob"), ("role", "boss")],
            "Choose their part",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "bea@b.example"),
                ("role", "parent_carer"),
            ],
            "Nobody in your organisation",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "vic@a.example"),
                ("role", "supporter"),
            ],
            "Nobody in your organisation",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "nobody@a.example"),
                ("role", "parent_carer"),
            ],
            "Nobody in your organisation",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "not an address"),
                ("role", "parent_carer"),
            ],
            "Enter their email address",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "pat@a.example"),
                ("role", "practitioner"),
            ],
            "Nobody in your organisation",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "sam@a.example"),
                ("role", "guest_practitioner"),
            ],
            "another service joins this circle only",
        ),
        (
            vec![
                ("account", "no"),
                ("name", "Nan 2"),
                ("role", "supporter"),
                ("decides", "yes"),
            ],
            "Only a parent or carer",
        ),
        (
            vec![
                ("account", "yes"),
                ("email", "sam@a.example"),
                ("role", "practitioner"),
            ],
            "in this circle already",
        ),
    ];
    for (fields, message) in refusals {
        let reply = add_member(&app, &sam, id, &v, &fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(
            text(&reply).contains(message),
            "{fields:?}: {}",
            text(&reply)
        );
        for (k, value) in &fields {
            if ["name", "email"].contains(k) && !value.trim().is_empty() {
                assert!(reply.body.contains(&askama_escape(value)), "{value:?} kept");
            }
        }
    }
    assert_eq!(app.store.circle_members(a.id, id).await.unwrap().len(), 3);

    // A parent with an account, named as the one who decides about sharing.
    let reply = add_member(
        &app,
        &sam,
        id,
        &v,
        &[
            ("account", "yes"),
            ("email", "PAT@a.example"),
            ("relationship", "mum"),
            ("role", "parent_carer"),
            ("decides", "yes"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    // A practitioner from another service, for this circle only.
    let v = version_of(&app, &sam, id).await;
    let reply = add_member(
        &app,
        &sam,
        id,
        &v,
        &[
            ("account", "no"),
            ("name", "Dr Okafor"),
            ("relationship", "school nurse"),
            ("role", "guest_practitioner"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    let members = app.store.circle_members(a.id, id).await.unwrap();
    let parent = members
        .iter()
        .find(|m| m.role == CircleRole::ParentCarer)
        .unwrap();
    assert_eq!(
        parent.display_name, "Pat Parent",
        "named as on their account"
    );
    assert!(parent.user_id.is_some());
    let circle = app.store.circle(a.id, id).await.unwrap().unwrap();
    assert_eq!(circle.decider, SharingDecider::Member(parent.id));
    assert_eq!(log(&app, a.id, AuditAction::CircleChanged).await.len(), 4);

    // The parent now opens it, but cannot add people.
    let overview = app.get(&format!("/circles/{id}"), &pat.cookie).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(
        text(&overview).contains("You decide what is shared"),
        "the decider reads it about themselves"
    );
    let v = version_of(&app, &sam, id).await;
    let reply = add_member(
        &app,
        &pat,
        id,
        &v,
        &[("account", "no"), ("name", "Uncle"), ("role", "supporter")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(
        !app.get(&format!("/circles/{id}/members"), &pat.cookie)
            .await
            .body
            .contains("name=\"version\"")
    );

    // Who can see this circle: everyone, their part, and what they see.
    let people = app.get(&format!("/circles/{id}/people"), &pat.cookie).await;
    assert_eq!(people.status, StatusCode::OK);
    let shown = text(&people);
    for expected in [
        "Nan",
        "grandparent",
        "Dr Okafor",
        "Worker from another service",
        "Pat Parent (you)",
        "Sees what is shared with the workers in this circle.",
        "Has no account",
        "Nobody else in your organisation",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }
}

/// Someone without an email address is added by their username (in any
/// case); another organisation's username gets the answer one nobody has gets.
#[tokio::test]
async fn people_with_a_username_join_by_it() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let ria = app
        .person_with_username("Ria", "ria.gran", &a, Role::ParentCarer)
        .await;
    app.person_with_username("Bo", "bo.b", &b, Role::ParentCarer)
        .await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let v = version_of(&app, &sam, id).await;
    let try_add = |login: &'static str| {
        let (app, sam, id, v) = (&app, &sam, id, v.clone());
        async move {
            add_member(
                app,
                sam,
                id,
                &v,
                &[
                    ("account", "yes"),
                    ("email", login),
                    ("role", "parent_carer"),
                ],
            )
            .await
        }
    };
    let elsewhere = try_add("bo.b").await;
    let nobody = try_add("no.body").await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(nobody.status, elsewhere.status);
    assert_eq!(
        text(&elsewhere).replace("bo.b", "LOGIN"),
        text(&nobody).replace("no.body", "LOGIN")
    );
    assert!(text(&nobody).contains("Nobody in your organisation who can take this part"));
    let bad = try_add("x y").await;
    assert!(text(&bad).contains("or their username"), "{}", text(&bad));
    let done = try_add("RIA.GRAN").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let members = app.store.circle_members(a.id, id).await.unwrap();
    assert!(
        members
            .iter()
            .any(|m| m.user_id == Some(ria.id) && m.role == CircleRole::ParentCarer)
    );
}

#[tokio::test]
async fn a_circle_holds_a_bounded_number_of_people() {
    use moves_core::audit::AuditScope;
    use moves_core::circle::{CircleMember, MEMBERS_MAX};
    use moves_store::{AuditEntry, VersionedWrite};
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    // Filled to the brim (the practitioner and Zoë are in it already).
    for n in 2..MEMBERS_MAX {
        let audit = AuditEntry::new(
            AuditScope::Organisation(a.id),
            crate::support::T0,
            None,
            AuditAction::CircleChanged,
        );
        let version = app.store.circle(a.id, id).await.unwrap().unwrap().version;
        let helper = CircleMember::new(
            a.id,
            id,
            None,
            &format!("Helper {n}"),
            "",
            CircleRole::Supporter,
            crate::support::T0,
        )
        .unwrap();
        assert_eq!(
            app.store
                .add_circle_member(&helper, version, false, &audit)
                .await
                .unwrap(),
            VersionedWrite::Done
        );
    }
    let v = version_of(&app, &sam, id).await;
    let fields = [
        ("account", "no"),
        ("name", "One more"),
        ("role", "supporter"),
    ];
    let refused = add_member(&app, &sam, id, &v, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&refused).contains("as many as a circle can hold"),
        "{}",
        text(&refused)
    );
    assert_eq!(
        app.store.circle_members(a.id, id).await.unwrap().len(),
        MEMBERS_MAX
    );
}

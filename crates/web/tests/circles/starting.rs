//! Starting a circle: the practitioner who starts it is its first member, the
//! server makes its id (the form carries a one-use key), the same form sent
//! twice makes one circle, and bad input is refused with what was typed kept.

use super::{
    askama_escape, form, hidden, log, new_form, signed_in, start, started, started_id, text,
};
use crate::support::{self, App};
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::circle::CircleRole;
use moves_core::membership::Role;
use moves_core::team::Team;

#[tokio::test]
async fn a_practitioner_starts_a_circle_and_is_its_first_member() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam Worker", "sam@a.example", &a, Role::Practitioner).await;
    let list = app.get("/circles", &sam.cookie).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("href=\"/circles/new\""), "a start link");
    let home = app.get("/", &sam.cookie).await;
    assert!(home.body.contains("href=\"/circles\""));

    let id = started(
        &app,
        &sam,
        &[
            ("focus_name", "  Zoë 🌱 "),
            ("pronouns", "she/her"),
            ("age_band", "11-15"),
            ("languages", "English, Polish"),
        ],
    )
    .await;
    let overview = app
        .get(&format!("/circles/{id}?done=created"), &sam.cookie)
        .await;
    assert_eq!(overview.status, StatusCode::OK);
    let shown = text(&overview);
    for expected in [
        "Zoë 🌱",
        "she/her",
        "Aged 11-15",
        "English, Polish",
        "Sam Worker",
        "Open",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }
    let circle = app.store.circle(a.id, id).await.unwrap().unwrap();
    assert_eq!(circle.focus_name, "Zoë 🌱");
    let members = app.store.circle_members(a.id, id).await.unwrap();
    let roles: Vec<CircleRole> = members.iter().map(|m| m.role).collect();
    assert_eq!(roles, [CircleRole::Practitioner, CircleRole::FocusPerson]);
    let created = log(&app, a.id, AuditAction::CircleChanged).await;
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].detail.as_deref(), Some("created"));
    let list = app.get("/circles", &sam.cookie).await;
    assert!(list.body.contains(&format!("/circles/{id}")));
    assert!(text(&list).contains("2 people"));
}

#[tokio::test]
async fn the_same_new_circle_form_sent_twice_makes_one_circle() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let jo = signed_in(&app, "Jo", "jo@a.example", &a, Role::Practitioner).await;
    let key = new_form(&app, &sam).await;
    let first = start(&app, &sam, &key, &[("focus_name", "Kai")]).await;
    let second = start(&app, &sam, &key, &[("focus_name", "Kai")]).await;
    let id = started_id(&first);
    assert_eq!(
        second.status,
        StatusCode::SEE_OTHER,
        "sent again: to the same circle"
    );
    assert_eq!(first.location, second.location);
    assert_ne!(id.to_string(), key, "the server made the id, not the form");
    let sam_user = app
        .store
        .user_by_login("sam@a.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app.store
            .circles_of_user(a.id, sam_user.id)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(log(&app, a.id, AuditAction::CircleChanged).await.len(), 1);
    // Someone else sending that key (a copied form) starts a circle of
    // their own, with an id of its own, and gets no access to Sam's.
    let copied = start(&app, &jo, &key, &[("focus_name", "Kai")]).await;
    let jos = started_id(&copied);
    assert_ne!(jos, id, "keys are each person's own");
    assert_eq!(
        app.get(&format!("/circles/{id}"), &jo.cookie).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.store
            .circle(a.id, jos)
            .await
            .unwrap()
            .unwrap()
            .created_by,
        app.store
            .user_by_login("jo@a.example")
            .await
            .unwrap()
            .unwrap()
            .id
    );
    // A form's key cannot name an id: a circle's id sent as the key is a
    // form we did not make, the same as nonsense, and starts nothing.
    for sent in [id.to_string(), "nonsense".to_owned(), String::new()] {
        let refused = start(&app, &sam, &sent, &[("focus_name", "Kai")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{sent}");
        assert!(text(&refused).contains("Check the details and send it again"));
        let fresh = hidden(&refused, "key");
        assert_eq!(fresh.len(), 43, "a fresh key to send again with");
        assert_ne!(fresh, sent);
    }
    assert_eq!(
        app.store
            .circles_of_user(a.id, sam_user.id)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn bad_input_on_the_new_circle_form_is_refused_and_kept() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let b_team = Team::new(b.id, "B's team", support::T0).unwrap();
    app.store
        .create_team(
            &b_team,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let huge = "x".repeat(81);
    let b_team_id = b_team.id.to_string();
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            vec![("focus_name", "   ")],
            "Enter the name they want to be called.",
        ),
        (vec![("focus_name", huge.as_str())], "at most 80 characters"),
        (vec![("focus_name", "Zoë\u{202E}evil")], "hidden character"),
        (
            vec![("focus_name", "Zoë"), ("pronouns", "she\u{2067}")],
            "hidden character",
        ),
        (
            vec![("focus_name", "Zoë"), ("birth_date", "2010-02-30")],
            "Enter a real date of birth",
        ),
        (
            vec![("focus_name", "Zoë"), ("birth_date", "2099-01-01")],
            "cannot be in the future",
        ),
        (
            vec![
                ("focus_name", "Zoë"),
                ("birth_date", "2010-01-01"),
                ("age_band", "11-15"),
            ],
            "not both",
        ),
        (
            vec![("focus_name", "Zoë"), ("age_band", "12-13")],
            "Choose one of the age bands",
        ),
        (
            vec![("focus_name", "Zoë"), ("team", b_team_id.as_str())],
            "Choose one of your organisation's teams",
        ),
    ];
    for (fields, message) in cases {
        let key = new_form(&app, &sam).await;
        let reply = start(&app, &sam, &key, &fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(
            text(&reply).contains(message),
            "{fields:?}: {}",
            text(&reply)
        );
        assert_eq!(hidden(&reply, "key"), key, "the same form key, kept");
        let (_, value) = fields[0];
        let typed = askama_escape(value);
        assert!(reply.body.contains(&typed), "{value:?} kept");
    }
    // A form without its key (an old page) is refused with a clear message.
    let reply = app
        .post(
            "/circles/new",
            &sam.cookie,
            form(&[("_csrf", &sam.csrf), ("focus_name", "Zoë")]),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&reply).contains("Check the details and send it again"));
    assert!(reply.body.contains("value=\"Zoë\""));
    let sam_user = app
        .store
        .user_by_login("sam@a.example")
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.store
            .circles_of_user(a.id, sam_user.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Only practitioners start circles.
    let parent = signed_in(&app, "Pat", "pat@a.example", &a, Role::ParentCarer).await;
    assert_eq!(
        app.get("/circles/new", &parent.cookie).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !app.get("/circles", &parent.cookie)
            .await
            .body
            .contains("/circles/new")
    );
}

#[tokio::test]
async fn a_refused_form_keeps_its_key_and_starts_one_circle_once_corrected() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let key = new_form(&app, &sam).await;
    let refused = start(&app, &sam, &key, &[("focus_name", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(hidden(&refused, "key"), key);
    assert!(log(&app, a.id, AuditAction::CircleChanged).await.is_empty());
    let first = start(&app, &sam, &key, &[("focus_name", "Kai")]).await;
    let again = start(&app, &sam, &key, &[("focus_name", "Kai")]).await;
    assert_eq!(started_id(&first), started_id(&again));
    let created = log(&app, a.id, AuditAction::CircleChanged).await;
    assert_eq!(created.len(), 1, "started once");
    assert_eq!(
        created[0].subject.as_deref(),
        Some(started_id(&first).to_string().as_str())
    );
}

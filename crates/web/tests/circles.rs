//! Circles through their pages: starting one (once, however often the form is
//! sent), adding people with and without accounts, closing and reopening,
//! stale forms, bad input, ids of other organisations and circles one is not
//! in (404), and an audit entry for every page of a circle that is read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditEntry, AuditQuery, AuditScope};
use moves_core::circle::{CircleRole, SharingDecider};
use moves_core::ids::{CircleId, OrgId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::team::Team;
use moves_web::i18n::Tr;
use support::{App, Reply};

/// Someone signed in, with the token their forms carry.
struct Person {
    cookie: String,
    csrf: String,
}

async fn signed_in(app: &App, name: &str, email: &str, org: &Organisation, role: Role) -> Person {
    app.person(name, email, org, role).await;
    let cookie = app.session_cookie(email).await;
    let home = app.get("/", &cookie).await;
    Person {
        csrf: home.csrf(),
        cookie,
    }
}

fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The hidden value of `name` in the page's form.
fn hidden(reply: &Reply, name: &str) -> String {
    reply
        .body
        .split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} in {}", reply.body))
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

async fn new_form(app: &App, who: &Person) -> String {
    let page = app.get("/circles/new", &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "circle")
}

async fn start(app: &App, who: &Person, circle: &str, fields: &[(&str, &str)]) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("circle", circle)];
    pairs.extend_from_slice(fields);
    app.post("/circles/new", &who.cookie, form(&pairs)).await
}

/// Starts a circle for `name` and returns its id.
async fn started(app: &App, who: &Person, fields: &[(&str, &str)]) -> CircleId {
    let id = new_form(app, who).await;
    let reply = start(app, who, &id, fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location, format!("/circles/{id}?done=created"));
    id.parse().unwrap()
}

async fn version_of(app: &App, who: &Person, id: CircleId) -> String {
    let page = app
        .get(&format!("/circles/{id}/members"), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "version")
}

async fn add_member(
    app: &App,
    who: &Person,
    id: CircleId,
    version: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("version", version)];
    pairs.extend_from_slice(fields);
    app.post(&format!("/circles/{id}/members"), &who.cookie, form(&pairs))
        .await
}

async fn log(app: &App, org: OrgId, action: AuditAction) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery {
            action: Some(action),
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap()
}

/// The page's text as read, without Fluent's invisible isolation marks.
fn text(reply: &Reply) -> String {
    reply
        .html()
        .root_element()
        .text()
        .collect::<String>()
        .replace(['\u{2068}', '\u{2069}'], "")
}

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
    let id = new_form(&app, &sam).await;
    let first = start(&app, &sam, &id, &[("focus_name", "Kai")]).await;
    let second = start(&app, &sam, &id, &[("focus_name", "Kai")]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(
        second.status,
        StatusCode::SEE_OTHER,
        "sent again: to the same circle"
    );
    assert_eq!(first.location, second.location);
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
    // Someone else sending that id (a copied form) gets no access to it.
    let copied = start(&app, &jo, &id, &[("focus_name", "Kai")]).await;
    assert_eq!(
        copied.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        copied.body
    );
    assert_ne!(
        hidden(&copied, "circle"),
        id,
        "a fresh id to try again with"
    );
    assert_eq!(
        app.get(&format!("/circles/{id}"), &jo.cookie).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn bad_input_on_the_new_circle_form_is_refused_and_kept() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let b_team = Team::new(b.id, "B's team", support::T0).unwrap();
    app.store.create_team(&b_team).await.unwrap();
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
        let id = new_form(&app, &sam).await;
        let reply = start(&app, &sam, &id, &fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(
            text(&reply).contains(message),
            "{fields:?}: {}",
            text(&reply)
        );
        assert_eq!(hidden(&reply, "circle"), id, "the same form id, kept");
        let (_, value) = fields[0];
        let typed = askama_escape(value);
        assert!(reply.body.contains(&typed), "{value:?} kept");
    }
    // A form without its id (an old page) is refused with a clear message.
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

/// How askama writes a typed value into a page.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

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
    assert!(text(&overview).contains("Pat Parent decides what is shared"));
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
        "Practitioner from another service",
        "Pat Parent (you)",
        "Sees what is shared with the practitioners in this circle.",
        "Has no account",
        "Nobody else in your organisation",
    ] {
        assert!(shown.contains(expected), "{expected} in {shown}");
    }
}

#[tokio::test]
async fn circles_are_closed_with_a_reflection_and_reopened() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let page = app.get(&format!("/circles/{id}/close"), &sam.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    let v = hidden(&page, "version");
    let close = |reflection: &'static str, v: String| {
        let body = form(&[
            ("_csrf", &sam.csrf),
            ("version", &v),
            ("reflection", reflection),
        ]);
        let path = format!("/circles/{id}/close");
        let cookie = sam.cookie.clone();
        let app = &app;
        async move { app.post(&path, &cookie, body).await }
    };
    for (bad, message) in [
        ("  \n ", "Write a closing reflection."),
        ("Done\u{202D}", "hidden character"),
    ] {
        let reply = close(bad, v.clone()).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(text(&reply).contains(message));
    }
    let reply = close("Zoë is settled.\nWe keep in touch.", v.clone()).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let overview = app
        .get(&format!("/circles/{id}?done=closed"), &sam.cookie)
        .await;
    let shown = text(&overview);
    assert!(shown.contains("Closed") && shown.contains("Zoë is settled."));
    // The same close sent again is stale: nothing changes, and they are told.
    let again = close("Another reflection", v).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(text(&again).contains("Someone changed this circle"));
    assert!(
        again.body.contains("Another reflection"),
        "what they typed is kept"
    );
    // Closed circles take no new people.
    let members = app
        .get(&format!("/circles/{id}/members"), &sam.cookie)
        .await;
    assert!(text(&members).contains("This circle is closed"));

    let v = hidden(&overview, "version");
    let reopen = app
        .post(
            &format!("/circles/{id}/reopen"),
            &sam.cookie,
            form(&[("_csrf", &sam.csrf), ("version", &v)]),
        )
        .await;
    assert_eq!(reopen.location, format!("/circles/{id}?done=reopened"));
    assert!(app.store.circle(a.id, id).await.unwrap().unwrap().is_open());
    // A second click on the old button changes nothing.
    let twice = app
        .post(
            &format!("/circles/{id}/reopen"),
            &sam.cookie,
            form(&[("_csrf", &sam.csrf), ("version", &v)]),
        )
        .await;
    assert_eq!(twice.location, format!("/circles/{id}?done=stale"));
    let details: Vec<Option<String>> = log(&app, a.id, AuditAction::CircleChanged)
        .await
        .into_iter()
        .map(|e| e.detail)
        .collect();
    assert_eq!(
        details,
        [
            Some("reopened".into()),
            Some("closed".into()),
            Some("created".into())
        ]
    );
}

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

#[tokio::test]
async fn guessed_ids_and_circles_one_is_not_in_are_not_found() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let b = app.organisation("B").await;
    let north = Team::new(a.id, "North", support::T0).unwrap();
    app.store.create_team(&north).await.unwrap();
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(
        &app,
        &sam,
        &[("focus_name", "Zoë"), ("team", &north.id.to_string())],
    )
    .await;
    let boss = signed_in(&app, "Boss", "boss@a.example", &a, Role::Manager).await;
    let boss_user = app
        .store
        .user_by_login("boss@a.example")
        .await
        .unwrap()
        .unwrap();
    let other_boss = signed_in(&app, "Other boss", "other@a.example", &a, Role::Manager).await;
    let admin = signed_in(&app, "Admin", "admin@a.example", &a, Role::OrgAdmin).await;
    let viewer = signed_in(&app, "Vic", "vic@a.example", &a, Role::Viewer).await;
    let b_worker = signed_in(&app, "Bo", "bo@b.example", &b, Role::Practitioner).await;
    let b_admin = signed_in(&app, "Bee", "bee@b.example", &b, Role::OrgAdmin).await;
    assert!(
        app.store
            .add_team_member(a.id, north.id, boss_user.id, support::T0)
            .await
            .unwrap()
    );

    let pages = ["", "/members", "/people", "/close"];
    for who in [&other_boss, &admin, &viewer, &b_worker, &b_admin] {
        for page in pages {
            let reply = app.get(&format!("/circles/{id}{page}"), &who.cookie).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{page}");
            assert!(!reply.body.contains("Zoë"));
        }
        let v = "1";
        let add = add_member(
            &app,
            who,
            id,
            v,
            &[
                ("account", "no"),
                ("name", "Intruder"),
                ("role", "supporter"),
            ],
        )
        .await;
        assert_eq!(add.status, StatusCode::NOT_FOUND);
        for action in ["close", "reopen"] {
            let reply = app
                .post(
                    &format!("/circles/{id}/{action}"),
                    &who.cookie,
                    form(&[("_csrf", &who.csrf), ("version", v), ("reflection", "x")]),
                )
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{action}");
        }
    }
    // Made-up and malformed ids look the same.
    for path in [
        format!("/circles/{}", CircleId::new()),
        "/circles/not-an-id".to_owned(),
        "/circles/1".to_owned(),
    ] {
        assert_eq!(
            app.get(&path, &sam.cookie).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(app.store.circle_members(a.id, id).await.unwrap().len(), 2);
    assert!(app.store.circle(a.id, id).await.unwrap().unwrap().is_open());

    // The manager of the circle's team sees it, without its protected details
    // and without the forms of its practitioners.
    let seen = app.get(&format!("/circles/{id}"), &boss.cookie).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.body.contains("/close\""));
    let list = app.get("/circles", &boss.cookie).await;
    assert!(text(&list).contains("Circles of your teams") && list.body.contains(&id.to_string()));
    assert!(
        !app.get("/circles", &other_boss.cookie)
            .await
            .body
            .contains(&id.to_string())
    );
    let closing = app.get(&format!("/circles/{id}/close"), &boss.cookie).await;
    assert_eq!(
        closing.status,
        StatusCode::FORBIDDEN,
        "in sight, not theirs to close"
    );
}

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

#[tokio::test]
async fn protected_identity_shows_details_to_practitioners_in_the_circle_only() {
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
    let by_pat = text(&app.get(&format!("/circles/{id}"), &pat.cookie).await);
    assert!(by_pat.contains("Zoë"));
    assert!(
        !by_pat.contains("2012") && !by_pat.contains("Tigrinya"),
        "{by_pat}"
    );
    assert!(by_pat.contains("only practitioners in this circle see"));
}

/// Keys chosen at run time (not written at the call) all have a translation.
#[test]
fn every_role_and_field_message_is_translated() {
    for role in CircleRole::ALL {
        let key = format!("circles-role-{}", role.as_str().replace('_', "-"));
        assert!(Tr::has(&key), "{key}");
    }
    for field in [
        "circles-focus-name",
        "circles-pronouns",
        "circles-languages",
        "circles-reflection",
        "circles-member-name",
        "circles-relationship",
    ] {
        assert!(Tr::has(&format!("{field}-missing")), "{field}-missing");
    }
}

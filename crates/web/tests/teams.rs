//! Teams, as an organisation's administrator makes and fills them: names that
//! must be unique (without regard to case) and clean, only the organisation's
//! own members, nothing of another organisation's, and an audit entry with ids
//! for every change.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::{OrgId, TeamId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::team::Team;
use moves_store::{AuditEntry, AuditQuery};
use support::{App, Reply};

struct Admin {
    cookie: String,
    csrf: String,
}

/// An administrator of `org`, signed in, with the token of their forms.
async fn admin(app: &App, name: &str, email: &str, org: &Organisation) -> Admin {
    app.person(name, email, org, Role::OrgAdmin).await;
    let cookie = app.session_cookie(email).await;
    let page = app.get("/admin/teams", &cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    Admin {
        csrf: page.csrf(),
        cookie,
    }
}

async fn make_team(app: &App, who: &Admin, name: &str) -> Reply {
    let form = format!("_csrf={}&name={}", who.csrf, urlencoding::encode(name));
    app.post("/admin/teams", &who.cookie, form).await
}

/// The team a successful `make_team` redirected to.
fn made(reply: &Reply) -> TeamId {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply
        .location
        .strip_prefix("/admin/teams/")
        .and_then(|rest| rest.strip_suffix("?done=created"))
        .unwrap()
        .parse()
        .unwrap()
}

async fn add(app: &App, who: &Admin, team: &str, user: &str) -> Reply {
    let form = format!("_csrf={}&user={}", who.csrf, urlencoding::encode(user));
    app.post(&format!("/admin/teams/{team}/members"), &who.cookie, form)
        .await
}

async fn remove(app: &App, who: &Admin, team: &str, user: &str) -> Reply {
    let form = format!("_csrf={}&user={}", who.csrf, urlencoding::encode(user));
    app.post(
        &format!("/admin/teams/{team}/members/remove"),
        &who.cookie,
        form,
    )
    .await
}

async fn team_log(app: &App, org: OrgId) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::TeamChanged),
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap()
}

async fn teams(app: &App, org: OrgId) -> Vec<Team> {
    app.store.teams_of_organisation(org).await.unwrap()
}

#[tokio::test]
async fn an_admin_makes_a_team_and_finds_it_listed() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;

    let home = app.get("/", &ada.cookie).await;
    assert!(home.body.contains("href=\"/admin/teams\""), "{}", home.body);
    let empty = app.get("/admin/teams", &ada.cookie).await;
    assert!(empty.body.contains("There are no teams yet"));

    let reply = make_team(&app, &ada, "  North locality ").await;
    let id = made(&reply);
    let page = app.get(&reply.location, &ada.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("The team was made"), "{}", page.body);
    assert!(page.body.contains(">North locality<"), "trimmed");

    let list = app.get("/admin/teams", &ada.cookie).await;
    assert!(list.body.contains(&format!("href=\"/admin/teams/{id}\"")));
    assert!(list.body.contains("North locality"));
    assert!(list.body.contains("Nobody is in this team yet"));

    let log = team_log(&app, a.id).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].subject.as_deref(), Some(id.to_string().as_str()));
    assert_eq!(log[0].detail.as_deref(), Some("created"));
    assert!(log[0].actor.is_some());
}

#[tokio::test]
async fn a_duplicate_name_is_refused_with_a_field_error() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let bea = admin(&app, "Bea Admin", "bea@b.example", &b).await;
    made(&make_team(&app, &ada, "North Team").await);

    for again in ["North Team", "NORTH team", "north team "] {
        let reply = make_team(&app, &ada, again).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{again}");
        assert!(
            reply
                .body
                .contains("class=\"field-error\" id=\"name-error\"")
        );
        assert!(
            reply
                .body
                .contains("There is a team with this name already"),
            "{}",
            reply.body
        );
        assert!(reply.body.contains("aria-invalid=\"true\""));
        assert!(
            reply.body.contains(&format!("value=\"{again}\"")),
            "what was typed is kept"
        );
    }
    assert_eq!(teams(&app, a.id).await.len(), 1);
    assert_eq!(
        team_log(&app, a.id).await.len(),
        1,
        "refusals change nothing"
    );
    // Another organisation may have a team of the same name.
    made(&make_team(&app, &bea, "North Team").await);
}

#[tokio::test]
async fn members_are_added_and_removed_with_an_audit_entry_each() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let pat = app
        .person("Pat Practitioner", "pat@a.example", &a, Role::Practitioner)
        .await;
    let id = made(&make_team(&app, &ada, "North").await).to_string();
    let pid = pat.id.to_string();

    let page = app.get(&format!("/admin/teams/{id}"), &ada.cookie).await;
    assert!(
        page.body.contains(&format!("<option value=\"{pid}\"")),
        "the organisation's members are offered: {}",
        page.body
    );

    let reply = add(&app, &ada, &id, &pid).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location, format!("/admin/teams/{id}?done=added"));
    let team_id: TeamId = id.parse().unwrap();
    assert_eq!(
        app.store.team_members(a.id, team_id).await.unwrap(),
        vec![pat.id]
    );
    let page = app.get(&reply.location, &ada.cookie).await;
    assert!(page.body.contains("They were added to the team"));
    assert!(page.body.contains("Pat Practitioner"));
    assert!(
        !page.body.contains(&format!("<option value=\"{pid}\"")),
        "no longer offered"
    );
    assert!(page.body.contains("/members/remove"));
    let list = app.get("/admin/teams", &ada.cookie).await;
    assert!(list.body.contains("Pat Practitioner"));

    let again = add(&app, &ada, &id, &pid).await;
    assert_eq!(again.location, format!("/admin/teams/{id}?done=already"));

    let reply = remove(&app, &ada, &id, &pid).await;
    assert_eq!(reply.location, format!("/admin/teams/{id}?done=removed"));
    assert!(
        app.store
            .team_members(a.id, team_id)
            .await
            .unwrap()
            .is_empty()
    );
    let twice = remove(&app, &ada, &id, &pid).await;
    assert_eq!(
        twice.location,
        format!("/admin/teams/{id}?done=not_in_team")
    );

    let log = team_log(&app, a.id).await;
    let details: Vec<&str> = log.iter().filter_map(|e| e.detail.as_deref()).collect();
    assert_eq!(
        details,
        [
            format!("member_removed:{pid}").as_str(),
            format!("member_added:{pid}").as_str(),
            "created"
        ],
        "newest first; ids only"
    );
    assert!(
        log.iter()
            .all(|e| e.subject.as_deref() == Some(id.as_str()))
    );
    assert!(
        log.iter()
            .all(|e| !format!("{e:?}").contains("Pat Practitioner")),
        "no names in the log"
    );
}

#[tokio::test]
async fn only_active_members_of_the_organisation_can_be_added() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let bob = app
        .person("Bob Elsewhere", "bob@b.example", &b, Role::Practitioner)
        .await;
    let gone = app
        .person("Gil Gone", "gil@a.example", &a, Role::Practitioner)
        .await;
    let gone_m = app.store.memberships_of_user(gone.id).await.unwrap()[0].clone();
    app.store
        .revoke_membership(
            a.id,
            gone_m.id,
            support::T0,
            &support::set_up(moves_core::audit::AuditAction::RoleChanged),
        )
        .await
        .unwrap();
    let id = made(&make_team(&app, &ada, "North").await).to_string();

    let page = app.get(&format!("/admin/teams/{id}"), &ada.cookie).await;
    assert!(!page.body.contains("Bob Elsewhere"), "not offered");
    assert!(!page.body.contains("Gil Gone"), "not offered once revoked");

    for (user, what) in [
        (bob.id.to_string(), "a member of another organisation"),
        (gone.id.to_string(), "a revoked member"),
        (moves_core::ids::UserId::new().to_string(), "nobody at all"),
    ] {
        let reply = add(&app, &ada, &id, &user).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(
            reply
                .body
                .contains("Only members of your organisation can join its teams"),
            "{what}: {}",
            reply.body
        );
    }
    for junk in ["", "not-an-id", "<script>"] {
        let reply = add(&app, &ada, &id, junk).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{junk:?}");
        assert!(reply.body.contains("Choose who to add"));
    }
    let team_id: TeamId = id.parse().unwrap();
    assert!(
        app.store
            .team_members(a.id, team_id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(team_log(&app, a.id).await.len(), 1, "only the making of it");
}

#[tokio::test]
async fn another_organisations_team_is_not_found() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let bea = admin(&app, "Bea Admin", "bea@b.example", &b).await;
    let pat = app
        .person("Pat Practitioner", "pat@a.example", &a, Role::Practitioner)
        .await;
    let id = made(&make_team(&app, &ada, "North of A").await).to_string();
    let pid = pat.id.to_string();
    assert_eq!(
        add(&app, &ada, &id, &pid).await.status,
        StatusCode::SEE_OTHER
    );

    let page = app.get(&format!("/admin/teams/{id}"), &bea.cookie).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("North of A"));
    let list = app.get("/admin/teams", &bea.cookie).await;
    assert!(!list.body.contains("North of A"), "not listed for B");
    assert_eq!(
        add(&app, &bea, &id, &pid).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        remove(&app, &bea, &id, &pid).await.status,
        StatusCode::NOT_FOUND
    );
    let team_id: TeamId = id.parse().unwrap();
    assert_eq!(
        app.store.team_members(a.id, team_id).await.unwrap(),
        vec![pat.id],
        "B changed nothing"
    );
    assert!(team_log(&app, b.id).await.is_empty());

    // Made-up ids are answered the same way.
    for other in [TeamId::new().to_string(), "not-an-id".to_owned()] {
        let page = app.get(&format!("/admin/teams/{other}"), &ada.cookie).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{other}");
    }
}

#[tokio::test]
async fn a_practitioner_may_not_manage_teams() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let id = made(&make_team(&app, &ada, "North").await).to_string();
    let pat = app
        .person("Pat Practitioner", "pat@a.example", &a, Role::Practitioner)
        .await;
    let cookie = app.session_cookie("pat@a.example").await;
    let home = app.get("/", &cookie).await;
    assert!(!home.body.contains("href=\"/admin/teams\""), "no link");
    let csrf = home.csrf();
    assert_eq!(
        app.get("/admin/teams", &cookie).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&format!("/admin/teams/{id}"), &cookie).await.status,
        StatusCode::FORBIDDEN
    );
    let reply = app
        .post("/admin/teams", &cookie, format!("_csrf={csrf}&name=Mine"))
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let reply = app
        .post(
            &format!("/admin/teams/{id}/members"),
            &cookie,
            format!("_csrf={csrf}&user={}", pat.id),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(teams(&app, a.id).await.len(), 1);
    let team_id: TeamId = id.parse().unwrap();
    assert!(
        app.store
            .team_members(a.id, team_id)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn odd_unicode_names_are_kept_and_shown_safely() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    for name in [
        "Équipe Nord 🌱",
        "Ομάδα Βορρά",
        "فريق الشمال",
        "北区チーム",
        "Cymraeg: Tîm y Gogledd",
    ] {
        let reply = make_team(&app, &ada, name).await;
        let page = app.get(&reply.location, &ada.cookie).await;
        made(&reply);
        assert!(page.body.contains(name), "{name}: {}", page.body);
    }
    // The same name typed with a combining accent is the same name (NFC).
    let reply = make_team(&app, &ada, "E\u{301}quipe Nord 🌱").await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Markup in a name is text, never markup.
    let reply = make_team(&app, &ada, "<script>alert(1)</script>").await;
    let page = app.get(&reply.location, &ada.cookie).await;
    assert!(
        page.body.contains("&#60;script&#62;alert(1)"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<script>alert(1)"));
    let names: Vec<String> = teams(&app, a.id)
        .await
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert!(names.contains(&"Équipe Nord 🌱".to_owned()));
    assert_eq!(names.len(), 6);
}

#[tokio::test]
async fn a_hidden_direction_character_is_refused() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    for sneaky in [
        "North\u{202E}htuoS",
        "\u{2066}North\u{2069}",
        "Nor\u{0007}th",
    ] {
        let reply = make_team(&app, &ada, sneaky).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{sneaky:?}");
        assert!(
            reply.body.contains("hidden character"),
            "{sneaky:?}: {}",
            reply.body
        );
    }
    assert!(teams(&app, a.id).await.is_empty());
}

#[tokio::test]
async fn empty_and_huge_names_are_refused() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;

    for empty in ["", "   ", "\u{3000}"] {
        let reply = make_team(&app, &ada, empty).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{empty:?}");
        assert!(reply.body.contains("Enter a name for the team"));
    }
    let reply = make_team(&app, &ada, &"n".repeat(81)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply.body.contains("at most \u{2068}80\u{2069} characters"),
        "{}",
        reply.body
    );
    let reply = make_team(&app, &ada, &"🌱".repeat(20_000)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Far beyond the body limit: refused before it is read.
    let reply = make_team(&app, &ada, &"n".repeat(1024 * 1024)).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(teams(&app, a.id).await.is_empty());

    // Exactly 80 characters, however many bytes, is fine.
    made(&make_team(&app, &ada, &"é🌱".repeat(40)).await);
}

#[tokio::test]
async fn a_big_team_is_shown_a_page_at_a_time_and_nobody_in_it_is_offered() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let ada = admin(&app, "Ada Admin", "ada@a.example", &a).await;
    let id = made(&make_team(&app, &ada, "Everyone").await).to_string();
    let mut people = Vec::new();
    for n in 1..=150 {
        let p = app
            .person(
                &format!("Person {n:03}"),
                &format!("p{n}@a.example"),
                &a,
                Role::Practitioner,
            )
            .await;
        people.push(p.id.to_string());
    }
    // One a second, so the team's order is the order they were added; the
    // administrator last, so that everyone in the organisation is in it.
    let ada_id = app
        .store
        .user_by_login("ada@a.example")
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    for pid in people.iter().chain([&ada_id]) {
        app.clock.advance_seconds(1);
        let reply = add(&app, &ada, &id, pid).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    }
    let named = |body: &str| -> Vec<String> {
        body.split(">Person ")
            .skip(1)
            .filter_map(|s| s.get(..3).map(|n| format!("Person {n}")))
            .collect()
    };
    let first = app.get(&format!("/admin/teams/{id}"), &ada.cookie).await;
    assert_eq!(first.status, StatusCode::OK);
    let expected: Vec<String> = (1..=100).map(|n| format!("Person {n:03}")).collect();
    assert_eq!(
        named(&first.body),
        expected,
        "the first hundred, as they joined"
    );
    // The organisation's first page of members (the choices) holds people
    // from the team's second page too: none is offered.
    for pid in &people {
        assert!(
            !first.body.contains(&format!("<option value=\"{pid}\"")),
            "someone in the team, on any page of it, is not offered"
        );
    }
    // Nobody on the first page of the organisation's people can join, but
    // the page does not claim that of the whole organisation.
    assert!(
        first
            .body
            .contains("Everyone on this page of your organisation"),
        "{}",
        first.body
    );
    assert!(
        !first
            .body
            .contains("Everyone in your organisation is in this team already")
    );
    let link = first
        .body
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|h| h.contains("?people="))
        .expect("a link to the next page of the team's people")
        .replace("&amp;", "&");
    let second = app.get(&link, &ada.cookie).await;
    assert_eq!(second.status, StatusCode::OK, "{}", second.body);
    let expected: Vec<String> = (101..=150).map(|n| format!("Person {n:03}")).collect();
    assert_eq!(named(&second.body), expected);
    assert!(!second.body.contains("?people="), "no page after the last");
    // A cursor that is not one of ours shows the first page.
    let odd = app
        .get(&format!("/admin/teams/{id}?people=%00%3Cx"), &ada.cookie)
        .await;
    assert_eq!(odd.status, StatusCode::OK);
    assert_eq!(named(&odd.body).len(), 100);
}

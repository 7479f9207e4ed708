//! What the plan tests share: a circle with a practitioner, a parent and a
//! young person who all sign in, a team manager of its team, and helpers
//! that fill the plan forms as a browser would.

#![allow(dead_code)]

use crate::support::{App, Reply, T0, form};
// Shared with the other test binaries; re-exported so these tests name one module.
pub use crate::support::{hidden, text};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, OrgId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::plan::Plan;
use moves_core::team::Team;
use moves_store::{AuditEntry, AuditQuery};

/// Someone signed in, with the token their forms carry.
pub struct Person {
    pub cookie: String,
    pub csrf: String,
    pub member: Option<CircleMember>,
}

pub async fn signed_in(
    app: &App,
    name: &str,
    email: &str,
    org: &Organisation,
    role: Role,
) -> Person {
    app.person(name, email, org, role).await;
    let cookie = app.session_cookie(email).await;
    let home = app.get("/", &cookie).await;
    Person {
        csrf: home.csrf(),
        cookie,
        member: None,
    }
}

pub struct Setting {
    pub org: Organisation,
    pub circle: Circle,
    pub worker: Person,
    pub parent: Person,
    pub young: Person,
    pub manager: Person,
    pub admin: Person,
    /// A practitioner of the organisation who is not in the circle.
    pub outsider: Person,
}

/// Organisation `name` with a circle for Zoë in team North: Sam (practitioner),
/// Mum (parent) and Zoë (young person) in it with accounts; Max manages North;
/// Ada is the organisation's administrator; Kim is a practitioner outside it.
pub async fn setting(app: &App, name: &str) -> Setting {
    let org = app.organisation(name).await;
    let d = name.to_lowercase();
    let mut worker = signed_in(
        app,
        "Sam",
        &format!("sam@{d}.example"),
        &org,
        Role::Practitioner,
    )
    .await;
    let mut parent = signed_in(
        app,
        "Mum",
        &format!("mum@{d}.example"),
        &org,
        Role::ParentCarer,
    )
    .await;
    let mut young = signed_in(
        app,
        "Zoë",
        &format!("zoe@{d}.example"),
        &org,
        Role::YoungPerson,
    )
    .await;
    let manager = signed_in(app, "Max", &format!("max@{d}.example"), &org, Role::Manager).await;
    let admin = signed_in(
        app,
        "Ada",
        &format!("ada@{d}.example"),
        &org,
        Role::OrgAdmin,
    )
    .await;
    let outsider = signed_in(
        app,
        "Kim",
        &format!("kim@{d}.example"),
        &org,
        Role::Practitioner,
    )
    .await;
    let team = Team::new(org.id, "North", T0).unwrap();
    app.store
        .create_team(
            &team,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let max = app
        .store
        .user_by_login(&format!("max@{d}.example"))
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.store
            .add_team_member(
                org.id,
                team.id,
                max.id,
                T0,
                &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    let sam = app
        .store
        .user_by_login(&format!("sam@{d}.example"))
        .await
        .unwrap()
        .unwrap();
    let circle = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            team_id: Some(team.id),
            ..NewCircle::default()
        },
        sam.id,
        T0,
    )
    .unwrap();
    let mut members = Vec::new();
    for (person, email, role, shown) in [
        (&mut worker, "sam", CircleRole::Practitioner, "Sam"),
        (&mut parent, "mum", CircleRole::ParentCarer, "Mum"),
        (&mut young, "zoe", CircleRole::FocusPerson, "Zoë"),
    ] {
        let user = app
            .store
            .user_by_login(&format!("{email}@{d}.example"))
            .await
            .unwrap()
            .unwrap();
        let m = CircleMember::new(org.id, circle.id, Some(user.id), shown, "", role, T0).unwrap();
        person.member = Some(m.clone());
        members.push(m);
    }
    let audit = AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(sam.id),
        AuditAction::CircleChanged,
    );
    app.store
        .create_circle(&circle, &members, &audit)
        .await
        .unwrap();
    Setting {
        org,
        circle,
        worker,
        parent,
        young,
        manager,
        admin,
        outsider,
    }
}

pub fn plans_path(circle: &Circle) -> String {
    format!("/circles/{}/plans", circle.id)
}

/// Posts `fields` (with the person's token) to `path`.
pub async fn send(app: &App, who: &Person, path: &str, fields: &[(&str, &str)]) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str())];
    pairs.extend_from_slice(fields);
    app.post(path, &who.cookie, form(&pairs)).await
}

/// The key of the new-plan form, as shown to `who`.
pub async fn new_plan_key(app: &App, who: &Person, circle: &Circle) -> String {
    let page = app
        .get(&format!("{}/new", plans_path(circle)), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "key")
}

/// A fresh one-use key, as a plan page's form carries: any key of its shape
/// is taken, and the server binds it to the id it makes on its first sending.
pub fn fresh_key() -> String {
    moves_core::form_key::FormKey::new()
        .unwrap()
        .as_str()
        .to_owned()
}

/// The one-use key of the form on `page` that is sent to `action`.
pub fn key_of_form(page: &Reply, action: &str) -> String {
    let form = page
        .body
        .split(&format!("action=\"{action}\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no form for {action} in {}", page.body));
    let form = form.split("</form>").next().unwrap_or_default();
    form.split("name=\"key\" value=\"")
        .nth(1)
        .unwrap_or_else(|| panic!("no key in the form for {action}"))
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

/// Makes a plan as `who` with `audience`, and returns its path.
pub async fn make_plan(app: &App, who: &Person, circle: &Circle, audience: &str) -> String {
    let key = new_plan_key(app, who, circle).await;
    let reply = send(
        app,
        who,
        &format!("{}/new", plans_path(circle)),
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("focus", "coping.brave"),
            ("truth-accepting", "Things are hard at home."),
            ("truth-enlisting", "Her form tutor."),
            ("review_due", "2026-01-15"),
            ("audience", audience),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    // The server made the plan's id (the form carries only a one-use key).
    let path = reply
        .location
        .strip_suffix("?done=created")
        .unwrap()
        .to_owned();
    assert!(
        path.starts_with(&format!("{}/", plans_path(circle))),
        "{path}"
    );
    assert!(!path.contains(&key), "the key is not the plan's id");
    path
}

pub async fn plan_changes(app: &App, org: OrgId) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::PlanChanged),
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap()
}

/// The circle's plans, as stored.
pub async fn stored_plans(app: &App, s: &Setting) -> Vec<Plan> {
    app.store
        .plans_of_circle(s.org.id, s.circle.id)
        .await
        .unwrap()
}

/// The circle's first plan, as stored.
pub async fn first_plan(app: &App, s: &Setting) -> Plan {
    stored_plans(app, s).await.remove(0)
}

/// Sends each case's fields, with the form's `key`, to `path` as `who`: each
/// is refused and names what is wrong.
pub async fn each_refused(
    app: &App,
    who: &Person,
    path: &str,
    key: &str,
    cases: Vec<(Vec<(&str, &str)>, &str)>,
) {
    for (fields, message) in cases {
        let mut all = vec![("key", key)];
        all.extend(fields);
        let reply = send(app, who, path, &all).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(
            text(&reply).contains(message),
            "{message}: {}",
            text(&reply)
        );
    }
}

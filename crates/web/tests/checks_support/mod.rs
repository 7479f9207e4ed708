//! A circle for the check journeys: one member of every role who can sign
//! in (a young person, a parent, two practitioners, a supporter), a manager
//! of the circle's team, and helpers that drive the check pages as a browser
//! would.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::support::{App, Reply, T0, form};
// Shared with the other test binaries; re-exported so these tests name one module.
pub use crate::support::hidden;
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, CircleMemberId, OrgId, PerspectiveId};
use moves_core::membership::Role;
use moves_core::team::Team;
use moves_store::AuditEntry;

pub struct Person {
    pub name: &'static str,
    pub cookie: String,
    pub csrf: String,
    pub member: Option<CircleMemberId>,
}

pub struct Scene {
    pub app: App,
    pub org: OrgId,
    pub circle: CircleId,
    pub young: Person,
    pub parent: Person,
    pub worker: Person,
    pub second: Person,
    pub supporter: Person,
    pub manager: Person,
    pub admin_cookie: String,
}

/// Page text without the invisible marks Fluent puts around arguments.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

async fn signed_in(app: &App, email: &str) -> (String, String) {
    let cookie = app.session_cookie(email).await;
    let home = app.get("/", &cookie).await;
    (cookie, home.csrf())
}

pub async fn cast(app: &App, org_name: &str) -> Cast {
    let org = app.organisation(org_name).await;
    let slug = org_name.to_lowercase();
    let team = Team::new(org.id, "North", T0).unwrap();
    app.store
        .create_team(
            &team,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let people: [(&'static str, Role, Option<CircleRole>); 7] = [
        ("Zoë", Role::YoungPerson, Some(CircleRole::FocusPerson)),
        ("Pat", Role::ParentCarer, Some(CircleRole::ParentCarer)),
        ("Sam", Role::Practitioner, Some(CircleRole::Practitioner)),
        ("Kim", Role::Practitioner, Some(CircleRole::Practitioner)),
        ("Gran", Role::ParentCarer, Some(CircleRole::Supporter)),
        ("Max", Role::Manager, None),
        ("Ada", Role::OrgAdmin, None),
    ];
    let circle = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            team_id: Some(team.id),
            ..NewCircle::default()
        },
        moves_core::ids::UserId::new(),
        T0,
    );
    let mut users = Vec::new();
    for (name, role, _) in &people {
        let email = format!(
            "{}@{slug}.example.org",
            name.to_lowercase().replace('ë', "e")
        );
        let user = app.person(name, &email, &org, *role).await;
        users.push((user, email));
    }
    let mut circle = circle.unwrap();
    circle.created_by = users[2].0.id;
    let members: Vec<CircleMember> = people
        .iter()
        .zip(&users)
        .filter_map(|((name, _, cr), (u, _))| {
            cr.map(|cr| CircleMember::new(org.id, circle.id, Some(u.id), name, "", cr, T0).unwrap())
        })
        .collect();
    let audit = AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(users[2].0.id),
        AuditAction::CircleChanged,
    );
    app.store
        .create_circle(&circle, &members, &audit)
        .await
        .unwrap();
    app.store
        .add_team_member(
            org.id,
            team.id,
            users[5].0.id,
            T0,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let mut persons = Vec::new();
    for (i, (name, _, _)) in people.iter().enumerate() {
        let (cookie, csrf) = signed_in(app, &users[i].1).await;
        persons.push(Person {
            name,
            cookie,
            csrf,
            member: members.get(i).filter(|_| i < 5).map(|m| m.id),
        });
    }
    let mut it = persons.into_iter();
    let mut next = || it.next().unwrap();
    let (young, parent, worker, second, supporter, manager, admin) =
        (next(), next(), next(), next(), next(), next(), next());
    Cast {
        org: org.id,
        circle: circle.id,
        young,
        parent,
        worker,
        second,
        supporter,
        manager,
        admin_cookie: admin.cookie,
    }
}

/// Everyone in one organisation's circle, on an app that may hold others.
pub struct Cast {
    pub org: OrgId,
    pub circle: CircleId,
    pub young: Person,
    pub parent: Person,
    pub worker: Person,
    pub second: Person,
    pub supporter: Person,
    pub manager: Person,
    pub admin_cookie: String,
}

impl Cast {
    pub fn checks(&self) -> String {
        format!("/circles/{}/checks", self.circle)
    }
}

/// Starts a check in the circle whose list is at `checks`, as `who`.
pub async fn start_check_in(app: &App, checks: &str, who: &Person) -> String {
    let list = app.get(checks, &who.cookie).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    // The form carries a one-use key; the server makes the check's id.
    let key = hidden(&list, "key");
    let r = app
        .post(
            checks,
            &who.cookie,
            form(&[("_csrf", &who.csrf), ("key", &key)]),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = r
        .location
        .strip_prefix(&format!("{checks}/"))
        .unwrap_or_else(|| panic!("not a check of {checks}: {}", r.location));
    assert!(id.parse::<moves_core::ids::CheckId>().is_ok(), "{id}");
    r.location
}

impl Scene {
    pub async fn new() -> Scene {
        let app = App::empty().await;
        let c = cast(&app, "Hillside").await;
        Scene {
            app,
            org: c.org,
            circle: c.circle,
            young: c.young,
            parent: c.parent,
            worker: c.worker,
            second: c.second,
            supporter: c.supporter,
            manager: c.manager,
            admin_cookie: c.admin_cookie,
        }
    }

    pub fn checks(&self) -> String {
        format!("/circles/{}/checks", self.circle)
    }

    /// Starts a check as `who`; its path.
    pub async fn start_check(&self, who: &Person) -> String {
        start_check_in(&self.app, &self.checks(), who).await
    }

    /// Starts `who`'s view in `check` (with `with` when typed with someone):
    /// the path of its first compartment.
    pub async fn start_view(&self, who: &Person, check: &str, with: Option<&Person>) -> String {
        let with = with
            .and_then(|p| p.member)
            .map(|m| m.to_string())
            .unwrap_or_default();
        let r = self
            .app
            .post(
                &format!("{check}/perspectives"),
                &who.cookie,
                form(&[
                    ("_csrf", &who.csrf),
                    ("perspective", &PerspectiveId::new().to_string()),
                    ("with", &with),
                ]),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(
            r.location.ends_with("/compartments/basics"),
            "{}",
            r.location
        );
        r.location
    }

    /// The compartment form at `path` as `who` sees it: (version, reply).
    pub async fn open_form(&self, who: &Person, path: &str) -> (String, Reply) {
        let page = self.app.get(path, &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        (hidden(&page, "version"), page)
    }

    /// Sends answers `(move, status, note)` to the compartment form at `path`
    /// from `version`.
    pub async fn send_answers(
        &self,
        who: &Person,
        path: &str,
        version: &str,
        answers: &[(&str, &str, &str)],
    ) -> Reply {
        let mut pairs: Vec<(String, String)> = vec![
            ("_csrf".into(), who.csrf.clone()),
            ("version".into(), version.to_owned()),
        ];
        for (m, s, n) in answers {
            pairs.push((format!("status.{m}"), (*s).to_owned()));
            pairs.push((format!("note.{m}"), (*n).to_owned()));
        }
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.app.post(path, &who.cookie, form(&refs)).await
    }

    /// Fills in the compartment at `path` from its current version.
    pub async fn answer(&self, who: &Person, path: &str, answers: &[(&str, &str, &str)]) -> Reply {
        let (version, _) = self.open_form(who, path).await;
        self.send_answers(who, path, &version, answers).await
    }

    /// Shares the view whose compartment path is `path` with `audience`.
    pub async fn share(&self, who: &Person, path: &str, audience: &str) -> Reply {
        let share = format!("{}/share", path.split("/compartments/").next().unwrap());
        let page = self.app.get(&share, &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let version = hidden(&page, "version");
        self.app
            .post(
                &share,
                &who.cookie,
                form(&[
                    ("_csrf", &who.csrf),
                    ("version", &version),
                    ("audience", audience),
                ]),
            )
            .await
    }
}

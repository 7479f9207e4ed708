//! A circle for the journal's tests: a member of every circle role that can
//! hold an account (and a practitioner from another service, who cannot),
//! a manager of the circle's team, a practitioner of the same organisation
//! who is not in it, and a practitioner of another organisation; each signed
//! in, with the token their forms carry. A second circle of the same
//! organisation, for guessed ids.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::support::{App, Reply, T0, form};
// Shared with the other test binaries; re-exported so these tests name one module.
pub use crate::support::{hidden, text};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, CircleMemberId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::team::Team;
use moves_store::AuditEntry;

pub struct Person {
    pub name: &'static str,
    pub cookie: String,
    pub csrf: String,
    pub user: moves_core::ids::UserId,
    /// Their membership of the circle, if they are in it.
    pub member: Option<CircleMemberId>,
}

pub struct World {
    pub app: App,
    pub org: Organisation,
    pub other_org: Organisation,
    pub circle: CircleId,
    /// Another circle of the same organisation, with the same practitioner.
    pub second: CircleId,
    pub practitioner: Person,
    pub young: Person,
    pub parent: Person,
    pub supporter: Person,
    pub manager: Person,
    pub outsider: Person,
    pub stranger: Person,
    /// The practitioner from another service: in the circle, no account.
    pub guest: CircleMemberId,
}

async fn sign_in(
    app: &App,
    name: &'static str,
    email: &str,
    org: &Organisation,
    role: Role,
) -> (Person, moves_core::ids::UserId) {
    let user = app.person(name, email, org, role).await;
    let cookie = app.session_cookie(email).await;
    let home = app.get("/", &cookie).await;
    (
        Person {
            name,
            csrf: home.csrf(),
            cookie,
            user: user.id,
            member: None,
        },
        user.id,
    )
}

fn audit(org: &Organisation, by: moves_core::ids::UserId) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        Some(by),
        AuditAction::CircleChanged,
    )
    .detail("created")
}

pub async fn world() -> World {
    let app = App::empty().await;
    let org = app.organisation("Demo Borough").await;
    let other_org = app.organisation("Other Trust").await;
    let team = Team::new(org.id, "North", T0).unwrap();
    app.store
        .create_team(
            &team,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();

    let (mut practitioner, p) = sign_in(
        &app,
        "Sam Worker",
        "sam@a.example",
        &org,
        Role::Practitioner,
    )
    .await;
    let (mut young, y) = sign_in(&app, "Zoë", "zoe@a.example", &org, Role::YoungPerson).await;
    let (mut parent, m) =
        sign_in(&app, "Pat Parent", "pat@a.example", &org, Role::ParentCarer).await;
    let (mut supporter, s) = sign_in(
        &app,
        "Nan Supporter",
        "nan@a.example",
        &org,
        Role::ParentCarer,
    )
    .await;
    let (manager, tm) = sign_in(&app, "Mo Manager", "mo@a.example", &org, Role::Manager).await;
    let (outsider, _) = sign_in(&app, "Olu Other", "olu@a.example", &org, Role::Practitioner).await;
    let (stranger, _) = sign_in(
        &app,
        "Xan Stranger",
        "xan@b.example",
        &other_org,
        Role::Practitioner,
    )
    .await;
    assert!(
        app.store
            .add_team_member(
                org.id,
                team.id,
                tm,
                T0,
                &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );

    let circle = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            team_id: Some(team.id),
            ..NewCircle::default()
        },
        p,
        T0,
    )
    .unwrap();
    let member =
        |user, name, role| CircleMember::new(org.id, circle.id, user, name, "", role, T0).unwrap();
    let members = vec![
        member(Some(p), "Sam Worker", CircleRole::Practitioner),
        member(Some(y), "Zoë", CircleRole::FocusPerson),
        member(Some(m), "Pat Parent", CircleRole::ParentCarer),
        member(Some(s), "Nan Supporter", CircleRole::Supporter),
        member(None, "Dr Okafor", CircleRole::GuestPractitioner),
    ];
    practitioner.member = Some(members[0].id);
    young.member = Some(members[1].id);
    parent.member = Some(members[2].id);
    supporter.member = Some(members[3].id);
    let guest = members[4].id;
    app.store
        .create_circle(&circle, &members, &audit(&org, p))
        .await
        .unwrap();

    let second = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Kai",
            ..NewCircle::default()
        },
        p,
        T0,
    )
    .unwrap();
    let in_second = CircleMember::new(
        org.id,
        second.id,
        Some(p),
        "Sam Worker",
        "",
        CircleRole::Practitioner,
        T0,
    )
    .unwrap();
    app.store
        .create_circle(&second, &[in_second], &audit(&org, p))
        .await
        .unwrap();

    World {
        app,
        org,
        other_org,
        circle: circle.id,
        second: second.id,
        practitioner,
        young,
        parent,
        supporter,
        manager,
        outsider,
        stranger,
        guest,
    }
}

/// The new-note form of `circle` as `who` gets it: the form's one-use key.
pub async fn new_note_key(app: &App, who: &Person, circle: CircleId) -> String {
    let page = app
        .get(&format!("/circles/{circle}/notes/new"), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "key")
}

/// Sends the new-note form with its one-use `key` and `fields`.
pub async fn send_note(
    app: &App,
    who: &Person,
    circle: CircleId,
    key: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("key", key)];
    pairs.extend_from_slice(fields);
    app.post(
        &format!("/circles/{circle}/notes/new"),
        &who.cookie,
        form(&pairs),
    )
    .await
}

/// Writes a note and expects it saved.
pub async fn write(
    app: &App,
    who: &Person,
    circle: CircleId,
    body: &str,
    audience: &str,
    with: Option<CircleMemberId>,
) {
    let key = new_note_key(app, who, circle).await;
    let with = with.map(|m| m.to_string()).unwrap_or_default();
    let reply = send_note(
        app,
        who,
        circle,
        &key,
        &[("body", body), ("audience", audience), ("with", &with)],
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::SEE_OTHER,
        "{} writing {body}: {}",
        who.name,
        reply.body
    );
    assert_eq!(
        reply.location,
        format!("/circles/{circle}/notes?done=written")
    );
}

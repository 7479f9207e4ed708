//! Hole 3: the part a person plays in a circle follows their role in the
//! organisation now, read afresh whenever the circle is opened. A
//! practitioner whose practitioner role is taken away (made a parent or
//! carer, made an administrator instead, or removed) no longer reads the
//! circle's practitioners-only and safeguarding notes or its protected
//! details.

use crate::notes_support::{Person, text};
use crate::support::{App, T0, form};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::CircleId;
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_store::AuditEntry;

const RESTRICTED: &str = "[passed on to the duty team]";
const PRACTITIONERS: &str = "[for practitioners only]";
const LANGUAGES: &str = "Cymraeg a Saesneg";

struct Setting {
    app: App,
    org: Organisation,
    circle: CircleId,
    sam: Person,
}

/// Sam, a practitioner, in a circle about Zoë whose identity is protected,
/// having written a safeguarding note and a note for practitioners.
async fn setting() -> Setting {
    let app = App::empty().await;
    let org = app.organisation("Demo Borough").await;
    let sam = app
        .person("Sam Worker", "sam@a.example", &org, Role::Practitioner)
        .await;
    let zoe = app
        .person("Zoë", "zoe@a.example", &org, Role::YoungPerson)
        .await;
    let circle = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            languages: LANGUAGES,
            protected_identity: true,
            ..NewCircle::default()
        },
        sam.id,
        T0,
    )
    .unwrap();
    let members = vec![
        CircleMember::new(
            org.id,
            circle.id,
            Some(sam.id),
            "Sam Worker",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap(),
        CircleMember::new(
            org.id,
            circle.id,
            Some(zoe.id),
            "Zoë",
            "",
            CircleRole::FocusPerson,
            T0,
        )
        .unwrap(),
    ];
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
    let cookie = app.session_cookie("sam@a.example").await;
    let csrf = app.get("/", &cookie).await.csrf();
    let sam = Person {
        name: "Sam Worker",
        cookie,
        csrf,
        user: sam.id,
        member: Some(members[0].id),
    };
    for (body, audience) in [(RESTRICTED, "restricted"), (PRACTITIONERS, "practitioners")] {
        let page = app
            .get(&format!("/circles/{}/notes/new", circle.id), &sam.cookie)
            .await;
        let key = crate::support::hidden(&page, "key");
        let sent = app
            .post(
                &format!("/circles/{}/notes/new", circle.id),
                &sam.cookie,
                form(&[
                    ("_csrf", &sam.csrf),
                    ("key", &key),
                    ("body", body),
                    ("audience", audience),
                    ("with", ""),
                ]),
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    }
    Setting {
        app,
        org,
        circle: circle.id,
        sam,
    }
}

/// Everything Sam reads of the circle, and the statuses of its pages.
async fn what_sam_reads(s: &Setting) -> (Vec<StatusCode>, String) {
    let c = s.circle;
    let mut statuses = Vec::new();
    let mut shown = String::new();
    for path in [
        format!("/circles/{c}"),
        format!("/circles/{c}/notes"),
        format!("/circles/{c}/people"),
        format!("/circles/{c}/export.json"),
        format!("/circles/{c}/export"),
        "/".to_owned(),
        "/circles".to_owned(),
    ] {
        let reply = s.app.get(&path, &s.sam.cookie).await;
        if path.starts_with("/circles/") {
            statuses.push(reply.status);
        }
        shown.push_str(&text(&reply));
        shown.push_str(&reply.body);
    }
    (statuses, shown)
}

async fn practitioner_role_taken_away(s: &Setting) {
    let practitioner = s
        .app
        .store
        .memberships_of_user(s.sam.user)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.role == Role::Practitioner)
        .unwrap();
    assert!(
        s.app
            .store
            .revoke_membership(
                s.org.id,
                practitioner.id,
                T0,
                &crate::support::set_up(moves_core::audit::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
}

async fn given(s: &Setting, role: Role) {
    s.app
        .store
        .add_membership(&Membership::new(s.org.id, s.sam.user, role, T0))
        .await
        .unwrap();
}

async fn assert_shut_out(s: &Setting, how: &str) {
    let (statuses, shown) = what_sam_reads(s).await;
    for secret in [RESTRICTED, PRACTITIONERS, LANGUAGES] {
        assert!(!shown.contains(secret), "{how}: still reads {secret}");
    }
    assert!(
        statuses.iter().all(|s| *s == StatusCode::NOT_FOUND),
        "{how}: the circle's pages answer {statuses:?}"
    );
}

#[tokio::test]
async fn while_a_practitioner_sam_reads_everything() {
    let s = setting().await;
    let (statuses, shown) = what_sam_reads(&s).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    for secret in [RESTRICTED, PRACTITIONERS, LANGUAGES] {
        assert!(shown.contains(secret), "{secret}");
    }
}

#[tokio::test]
async fn made_a_parent_or_carer_sam_reads_nothing_of_the_old_circle() {
    let s = setting().await;
    given(&s, Role::ParentCarer).await;
    practitioner_role_taken_away(&s).await;
    assert_shut_out(&s, "made a parent or carer").await;
}

#[tokio::test]
async fn made_an_administrator_instead_sam_reads_nothing_of_the_old_circle() {
    let s = setting().await;
    given(&s, Role::OrgAdmin).await;
    practitioner_role_taken_away(&s).await;
    assert_shut_out(&s, "made an administrator").await;
}

#[tokio::test]
async fn removed_from_the_organisation_sam_reads_nothing_of_the_old_circle() {
    let s = setting().await;
    practitioner_role_taken_away(&s).await;
    assert_shut_out(&s, "removed").await;
}

#[tokio::test]
async fn made_a_manager_instead_sam_still_works_in_the_circle() {
    // A manager may hold a practitioner's place in a circle.
    let s = setting().await;
    given(&s, Role::Manager).await;
    practitioner_role_taken_away(&s).await;
    let (statuses, shown) = what_sam_reads(&s).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    assert!(shown.contains(RESTRICTED));
}

//! The permission matrix, generated from the route registry: every persona
//! (anonymous, the installation administrator, and every role in two
//! organisations) against every registered route. The expected answer comes
//! from the policy in `core`; this test proves the web layer enforces it.
//! Later routes join the matrix by being registered; nothing here changes.
//!
//! Every request is made in the pseudo-locale (`Accept-Language: en-XA`), so
//! each page a persona reaches (a GET answered with HTML: every signed-in
//! page) is also read for text that bypassed translation (issue 15, point 13;
//! the public pages are read by `pseudo_locale.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use moves_core::auth::token::csrf_token_for_session;
use moves_core::clock::SystemClock;
use moves_core::membership::{Membership, Role};
use moves_core::organisation::Organisation;
use moves_core::permission::{Actor, Decision};
use moves_core::session::{Session, SessionStage, hash_token};
use moves_core::user::{Email, User};
use moves_core::{Clock, Timestamp};
use moves_store::{OrganisationStore, Store};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use moves_web::{AppState, WebConfig};
use std::sync::Arc;
use tower::ServiceExt;

mod pseudo;

struct Persona {
    name: String,
    actor: Actor,
    user: Option<User>,
}

async fn persona(
    store: &dyn Store,
    name: &str,
    org: Option<&Organisation>,
    role: Option<Role>,
    installation_admin: bool,
    now: Timestamp,
) -> Persona {
    let mut user = User::new(
        name,
        Some(Email::parse(&format!("{}@example.org", name.replace(' ', "."))).unwrap()),
        now,
    )
    .unwrap();
    user.installation_admin = installation_admin;
    store.create_user(&user).await.unwrap();
    let mut roles = Vec::new();
    if let (Some(org), Some(role)) = (org, role) {
        store
            .add_membership(&Membership::new(org.id, user.id, role, now))
            .await
            .unwrap();
        roles.push(role);
    }
    Persona {
        name: name.to_owned(),
        actor: Actor {
            user: Some(user.id),
            installation_admin,
            org: org.map(|o| o.id),
            roles,
        },
        user: Some(user),
    }
}

/// A fresh session for each case, so one case (signing out) cannot change the next.
async fn sign_in(
    store: &dyn Store,
    user: &User,
    org: Option<moves_core::ids::OrgId>,
    case: usize,
) -> String {
    let now = SystemClock.now();
    let token = format!("matrix-session-{case}-{}", user.id);
    let session = Session {
        token_hash: hash_token(&token),
        user_id: user.id,
        org_id: org,
        created_at: now,
        last_seen_at: now,
        stage: SessionStage::Full,
    };
    store.create_session(&session).await.unwrap();
    token
}

/// A concrete path for a route pattern. Ids are those of organisation A's data,
/// so organisation B's people must get 404 where a route is about data.
fn concrete(path: &str) -> String {
    // The framework adaptation pages take a real move and overlay id.
    let path = if path.starts_with("/admin/framework/moves/") {
        path.replace("{id}", "basics.housing")
    } else if path.starts_with("/admin/framework/overlays/") {
        path.replace("{id}", "cyp-2012-sv")
    } else {
        path.to_owned()
    };
    path.replace("{*path}", "site.css")
        .replace("{key}", "matrix")
        .replace("{id}", "basics")
}

/// Team routes get the id of a real team of organisation A.
fn with_team_of_a(path: &str, team: &moves_core::team::Team) -> String {
    if path.starts_with("/admin/teams/{id}") {
        path.replace("{id}", &team.id.to_string())
    } else {
        path.to_owned()
    }
}

/// Member routes get a real membership (or, to reset a second factor, the
/// person) of organisation A: someone who is not a persona, so taking their
/// role away changes no other case.
fn with_member_of_a(path: &str, membership: &Membership) -> String {
    if path.starts_with("/admin/members/{id}/reset-two-factor") {
        path.replace("{id}", &membership.user_id.to_string())
    } else if path.starts_with("/admin/members/{id}") {
        path.replace("{id}", &membership.id.to_string())
    } else {
        path.to_owned()
    }
}

/// Circle routes get the id of a real circle of organisation A.
fn with_circle_of_a(path: &str, circle: &moves_core::circle::Circle) -> String {
    if path.starts_with("/circles/{id}") {
        path.replace("{id}", &circle.id.to_string())
    } else {
        path.to_owned()
    }
}

/// Check routes get a real check of A's circle, its member's perspective in
/// it, and a compartment of the framework.
fn with_check_of_a(
    path: &str,
    check: &moves_core::check::Check,
    perspective: &moves_core::check::Perspective,
) -> String {
    path.replace("{check}", &check.id.to_string())
        .replace("{perspective}", &perspective.id.to_string())
        .replace("{compartment}", "basics")
}

/// Plan routes get a real plan (and action) of A's circle.
fn with_plan_of_a(path: &str, plan: &moves_core::plan::Plan) -> String {
    let action = plan
        .body
        .actions
        .first()
        .map(|a| a.id.to_string())
        .unwrap_or_default();
    path.replace("{plan}", &plan.id.to_string())
        .replace("{action}", &action)
}

/// The persona who is a member of A's circle.
const CIRCLE_MEMBER: &str = "a practitioner";

#[tokio::test]
async fn every_role_of_two_organisations_against_every_route() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        SqliteStore::open(&dir.path().join("m.db"), &SqliteSettings::default())
            .await
            .unwrap(),
    );
    store.migrate().await.unwrap();
    let now = SystemClock.now();
    let a = Organisation::new("Organisation A", false, now).unwrap();
    let b = Organisation::new("Organisation B", false, now).unwrap();
    store.create_organisation(&a).await.unwrap();
    store.create_organisation(&b).await.unwrap();
    // Both organisations let practitioners invite families, so that route
    // reaches its form (and its own refusals) for the circle's practitioner
    // rather than stopping at the organisation's setting.
    for org in [&a, &b] {
        let allowed = moves_core::circle::family_invite::FamilyInviteSetting {
            allowed: true,
            changed_by: None,
            changed_at: Some(now),
        };
        let entry = moves_store::AuditEntry::new(
            moves_core::audit::AuditScope::Organisation(org.id),
            now,
            None,
            moves_core::audit::AuditAction::RoleChanged,
        );
        moves_store::FamilyInviteStore::set_family_invite_setting(
            store.as_ref(),
            org.id,
            &allowed,
            &entry,
        )
        .await
        .unwrap();
    }
    // A team of organisation A, for the team routes' `{id}`.
    let a_team = moves_core::team::Team::new(a.id, "Team of A", now).unwrap();
    let team_made = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(a.id),
        now,
        None,
        moves_core::audit::AuditAction::TeamChanged,
    );
    moves_store::TeamStore::create_team(store.as_ref(), &a_team, &team_made)
        .await
        .unwrap();

    // A member of A who is no persona, for the member routes' `{id}`.
    let rio = User::new(
        "Rio of A",
        Some(Email::parse("rio@a.example").unwrap()),
        now,
    )
    .unwrap();
    let people: &dyn Store = store.as_ref();
    people.create_user(&rio).await.unwrap();
    let rio_in_a = Membership::new(a.id, rio.id, Role::ParentCarer, now);
    people.add_membership(&rio_in_a).await.unwrap();

    let mut personas = vec![Persona {
        name: "anonymous".into(),
        actor: Actor::anonymous(),
        user: None,
    }];
    personas.push(persona(store.as_ref(), "installation admin", None, None, true, now).await);
    for (org, label) in [(&a, "a"), (&b, "b")] {
        for role in Role::ALL {
            personas.push(
                persona(
                    store.as_ref(),
                    &format!("{label} {role}"),
                    Some(org),
                    Some(role),
                    false,
                    now,
                )
                .await,
            );
        }
    }

    // A circle of organisation A, in A's team (which no persona manages), with
    // A's practitioner as its one member with an account.
    let practitioner = personas
        .iter()
        .find(|p| p.name == CIRCLE_MEMBER)
        .and_then(|p| p.user.clone())
        .unwrap();
    let a_circle = moves_core::circle::Circle::new(
        moves_core::ids::CircleId::new(),
        a.id,
        &moves_core::circle::NewCircle {
            focus_name: "Zoë",
            team_id: Some(a_team.id),
            ..moves_core::circle::NewCircle::default()
        },
        practitioner.id,
        now,
    )
    .unwrap();
    let in_circle = moves_core::circle::CircleMember::new(
        a.id,
        a_circle.id,
        Some(practitioner.id),
        "Practitioner of A",
        "",
        moves_core::circle::CircleRole::Practitioner,
        now,
    )
    .unwrap();
    let created = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(a.id),
        now,
        Some(practitioner.id),
        moves_core::audit::AuditAction::CircleChanged,
    );
    let author = in_circle.id;
    moves_store::CircleStore::create_circle(
        store.as_ref(),
        &a_circle,
        std::slice::from_ref(&in_circle),
        &created,
    )
    .await
    .unwrap();
    // A note of that circle by its member, for the note routes' `{note}`.
    let a_note = moves_core::circle::Note {
        id: moves_core::ids::NoteId::new(),
        org_id: a.id,
        circle_id: a_circle.id,
        byline: moves_core::circle::Byline::own(author),
        audience: moves_core::circle::Audience::OnlyMe,
        body: "A note of A".into(),
        about: moves_core::circle::JournalDate::today(now),
        written_at: now,
        changed_at: now,
        shared_at: None,
        version: 1,
    };
    let written = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(a.id),
        now,
        Some(practitioner.id),
        moves_core::audit::AuditAction::NoteWritten,
    );
    moves_store::NoteStore::create_note(store.as_ref(), &a_note, &written)
        .await
        .unwrap();
    // A check in that circle, with the member's own perspective.
    let a_check = moves_core::check::Check::start(
        moves_core::ids::CheckId::new(),
        &a_circle,
        &in_circle,
        moves_core::framework::adaptation::FrameworkVersion {
            edition: moves_core::framework::FrameworkId::parse("resilience-framework-cyp").unwrap(),
            adaptation_version: 0,
        },
        now,
    )
    .unwrap();
    let check_audit = || {
        moves_store::AuditEntry::new(
            moves_core::audit::AuditScope::Organisation(a.id),
            now,
            Some(practitioner.id),
            moves_core::audit::AuditAction::CheckChanged,
        )
    };
    moves_store::CheckStore::create_check(store.as_ref(), &a_check, &check_audit())
        .await
        .unwrap();
    let a_perspective = moves_core::check::Perspective::start(
        moves_core::ids::PerspectiveId::new(),
        &a_check,
        moves_core::circle::Byline::own(in_circle.id),
        now,
    );
    moves_store::CheckStore::create_perspective(store.as_ref(), &a_perspective, &check_audit())
        .await
        .unwrap();
    // A plan of that circle, with one action, for the plan routes.
    let a_plan = moves_core::plan::Plan {
        id: moves_core::ids::PlanId::new(),
        org_id: a.id,
        circle_id: a_circle.id,
        framework: moves_core::framework::FrameworkVersion {
            edition: moves_core::framework::FrameworkId::parse("resilience-framework-cyp").unwrap(),
            adaptation_version: 0,
        },
        audience: moves_core::circle::Audience::WholeCircle,
        byline: moves_core::circle::Byline::own(in_circle.id),
        body: moves_core::plan::PlanBody {
            focus: vec![moves_core::framework::MoveId::parse("basics.housing").unwrap()],
            actions: vec![moves_core::plan::Action {
                id: moves_core::ids::ActionId::new(),
                move_id: moves_core::framework::MoveId::parse("basics.housing").unwrap(),
                what: "Ring the housing office".into(),
                who: moves_core::plan::Who::Member(in_circle.id),
                by_when: moves_core::plan::Day::of(now).plus_days(7),
                category: None,
                category_origin: moves_core::plan::CategoryOrigin::Chosen,
                stuck: None,
                added_by: in_circle.id,
                added_at: now,
                updates: vec![],
            }],
            ..moves_core::plan::PlanBody::default()
        },
        review_due: moves_core::plan::Day::of(now).plus_days(30),
        closed: false,
        created_at: now,
        updated_at: now,
        updated_by: None,
        version: 1,
    };
    let plan_made = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(a.id),
        now,
        Some(practitioner.id),
        moves_core::audit::AuditAction::PlanChanged,
    );
    moves_store::PlanStore::create_plan(store.as_ref(), &a_plan, &plan_made)
        .await
        .unwrap();
    // A sharing agreement of that circle, for the `{agreement}` routes.
    let a_agreement = moves_core::circle::agreement::SharingAgreement {
        id: moves_core::ids::AgreementId::new(),
        org_id: a.id,
        circle_id: a_circle.id,
        decided_by: author,
        what: "A's plan".into(),
        with_whom: "A's school".into(),
        recorded_by: author,
        recorded_at: now,
        ended: None,
    };
    moves_store::SharingAgreementStore::record_agreement(
        store.as_ref(),
        &a_agreement,
        &moves_store::AuditEntry::new(
            moves_core::audit::AuditScope::Organisation(a.id),
            now,
            Some(practitioner.id),
            moves_core::audit::AuditAction::SharingChanged,
        ),
    )
    .await
    .unwrap();

    let config = WebConfig {
        max_body_bytes: 64 * 1024,
        ..WebConfig::default()
    };
    let state = AppState::new(
        moves_core::Ctx::new(store.clone(), Arc::new(SystemClock)),
        config,
    );
    let routes = moves_web::router::routes();
    let router = moves_web::router(state);
    // People who are not signed in post with the token of the sign-in page.
    let anonymous_csrf = anonymous_form_token(&router).await;
    let mut cases = 0;
    // Text that bypassed Fluent, and the routes whose pages were read signed in.
    let mut untranslated = Vec::new();
    let mut signed_in_pages = std::collections::BTreeSet::new();
    for entry in routes.entries() {
        for p in &personas {
            let in_circle_a = with_circle_of_a(
                &with_member_of_a(&with_team_of_a(entry.path, &a_team), &rio_in_a),
                &a_circle,
            );
            let path = concrete(
                &with_plan_of_a(
                    &with_check_of_a(&in_circle_a, &a_check, &a_perspective),
                    &a_plan,
                )
                .replace("{note}", &a_note.id.to_string())
                .replace("{agreement}", &a_agreement.id.to_string()),
            );
            let mut req = Request::builder()
                .method(entry.method.clone())
                .uri(&path)
                .header(header::ACCEPT_LANGUAGE, moves_web::i18n::PSEUDO_TAG);
            let csrf = match &p.user {
                Some(user) => {
                    let token = sign_in(store.as_ref(), user, p.actor.org, cases).await;
                    req = req.header(header::COOKIE, format!("moves-session={token}"));
                    csrf_token_for_session(&token)
                }
                None => {
                    req = req.header(header::COOKIE, anonymous_csrf.0.clone());
                    anonymous_csrf.1.clone()
                }
            };
            let body = if entry.method == Method::POST {
                req = req
                    .header("sec-fetch-site", "same-origin")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                Body::from(format!("_csrf={csrf}"))
            } else {
                Body::empty()
            };
            let res = router
                .clone()
                .oneshot(req.body(body).unwrap())
                .await
                .unwrap();
            let status = res.status();
            let location = res
                .headers()
                .get(header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned();
            let what = format!(
                "{} {} as {}: {status} {location}",
                entry.method, path, p.name
            );
            let is_html = res
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("text/html"));
            let body = http_body_util::BodyExt::collect(res.into_body())
                .await
                .unwrap()
                .to_bytes();
            if entry.method == Method::GET && is_html && status == StatusCode::OK {
                let report = pseudo::check(&String::from_utf8_lossy(&body));
                assert!(report.texts_checked >= 3, "{what}: {report:?}");
                if p.user.is_some() {
                    signed_in_pages.insert(entry.path);
                }
                for problem in report.problems {
                    untranslated.push(format!("{what}: {problem}"));
                }
            }
            match entry.rule.decide(&p.actor) {
                Decision::SignIn => {
                    assert_eq!(status, StatusCode::SEE_OTHER, "{what}");
                    assert!(location.starts_with("/sign-in?next="), "{what}");
                }
                Decision::Deny => assert_eq!(status, StatusCode::FORBIDDEN, "{what}"),
                Decision::NotFound => assert_eq!(status, StatusCode::NOT_FOUND, "{what}"),
                Decision::Allow => {
                    assert_ne!(status, StatusCode::FORBIDDEN, "{what}");
                    assert!(!location.starts_with("/sign-in?next="), "{what}");
                    assert!(!status.is_server_error(), "{what}");
                }
            }
            // A's team is unknown to B's people, even those who manage teams.
            if entry.path.starts_with("/admin/teams/{id}")
                && p.name.starts_with("b ")
                && matches!(entry.rule.decide(&p.actor), Decision::Allow)
            {
                assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
            }
            // A's members are unknown to B's people, even its administrators;
            // A's administrator reaches them.
            if entry.path.starts_with("/admin/members/{id}")
                && matches!(entry.rule.decide(&p.actor), Decision::Allow)
            {
                if p.name.starts_with("b ") {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
                } else {
                    assert_ne!(status, StatusCode::NOT_FOUND, "{what}");
                }
            }
            // A's circle opens for its member only: everyone else who passes
            // the route's rule (A's administrator, A's manager of another
            // team, everyone of B) is told it does not exist.
            if entry.path.starts_with("/circles/{id}")
                && matches!(entry.rule.decide(&p.actor), Decision::Allow)
            {
                if p.name == CIRCLE_MEMBER {
                    assert_ne!(status, StatusCode::NOT_FOUND, "{what}");
                } else {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
                }
            }
            if entry.path.starts_with("/circles/{id}")
                && p.user.is_some()
                && p.name != CIRCLE_MEMBER
            {
                assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
            }
            cases += 1;
        }
    }
    eprintln!(
        "permission matrix: {cases} cases ({} routes x {} personas)",
        routes.entries().len(),
        personas.len()
    );
    assert_eq!(cases, routes.entries().len() * 14);
    assert!(
        untranslated.is_empty(),
        "text that bypassed Fluent on {} pages:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
    // Guard against reading nothing: the pages every kind of person has.
    for page in [
        "/",
        "/account/language",
        "/account/password",
        "/circles/{id}",
        "/circles/{id}/checks/{check}",
        "/circles/{id}/plans/{plan}",
        "/admin/members",
        "/admin/audit",
    ] {
        assert!(
            signed_in_pages.contains(page),
            "{page} was not read: {signed_in_pages:?}"
        );
    }
    eprintln!(
        "{} signed-in pages read in the pseudo-locale",
        signed_in_pages.len()
    );
}

/// The CSRF cookie and form token a visitor gets with the sign-in page.
async fn anonymous_form_token(router: &axum::Router) -> (String, String) {
    let res = router
        .clone()
        .oneshot(Request::get("/sign-in").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let body = http_body_util::BodyExt::collect(res.into_body())
        .await
        .unwrap()
        .to_bytes();
    let html = String::from_utf8_lossy(&body);
    let token = html
        .split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    (cookie, token)
}

/// Routes can only be added through the registry, so none escapes the matrix.
#[test]
fn no_route_is_added_outside_the_registry() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut offenders = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(src)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("registry.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                if text.contains(".route(") || text.contains(".nest(") || text.contains(".merge(") {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "add routes through registry::Routes only: {offenders:?}"
    );
}

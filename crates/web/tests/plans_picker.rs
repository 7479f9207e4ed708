//! A plan starts from the check: the move picker of a new plan shows each
//! move's answers in the latest check that the reader may see, by the check
//! page's own rule: never a draft (not even one's own), never a view kept
//! from the reader.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::{Answer, AnswerStatus, Check, Perspective};
use moves_core::circle::{Audience, Byline};
use moves_core::framework::adaptation::FrameworkVersion;
use moves_core::framework::{FrameworkId, MoveId};
use moves_core::ids::{CheckId, CircleMemberId, PerspectiveId};
use moves_store::AuditEntry;
use moves_web::catalogue::PUBLIC_FRAMEWORK;
use plans_common::{Person, Setting, plans_path, send, setting};
use support::{App, T0};

fn audit(s: &Setting) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(s.org.id),
        T0,
        None,
        AuditAction::CheckChanged,
    )
}

fn id(p: &Person) -> CircleMemberId {
    p.member.as_ref().unwrap().id
}

/// A check started `started` seconds after T0, with no views yet.
async fn a_check(app: &App, s: &Setting, started: i64) -> Check {
    let check = Check {
        org_id: s.org.id,
        id: CheckId::new(),
        circle_id: s.circle.id,
        framework: FrameworkVersion {
            edition: FrameworkId::parse(PUBLIC_FRAMEWORK).unwrap(),
            adaptation_version: 0,
        },
        started_by: id(&s.worker),
        started_at: T0.plus_seconds(started),
        version: 1,
        agreed: Vec::new(),
        agreed_at: None,
    };
    app.store.create_check(&check, &audit(s)).await.unwrap();
    check
}

async fn view(
    app: &App,
    s: &Setting,
    check: &Check,
    by: &Person,
    audience: Audience,
    status: AnswerStatus,
    note: &str,
) {
    let mut view = Perspective::start(PerspectiveId::new(), check, Byline::own(id(by)), T0);
    view.audience = audience;
    view.shared_at = (audience != Audience::OnlyMe).then_some(T0);
    view.answers = vec![Answer {
        move_id: MoveId::parse("basics.housing").unwrap(),
        status,
        note: Some(note.to_owned()),
    }];
    app.store
        .create_perspective(&view, &audit(s))
        .await
        .unwrap();
}

#[tokio::test]
async fn the_picker_shows_only_the_answers_the_reader_may_see() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    // An older check: not the latest, never shown.
    let old = a_check(&app, &s, 0).await;
    view(
        &app,
        &s,
        &old,
        &s.worker,
        Audience::WholeCircle,
        AnswerStatus::NotYet,
        "[old check]",
    )
    .await;
    let check = a_check(&app, &s, 3600).await;
    view(
        &app,
        &s,
        &check,
        &s.worker,
        Audience::WholeCircle,
        AnswerStatus::Partly,
        "[shared with all]",
    )
    .await;
    view(
        &app,
        &s,
        &check,
        &s.parent,
        Audience::Practitioners,
        AnswerStatus::NotYet,
        "[for practitioners]",
    )
    .await;
    view(
        &app,
        &s,
        &check,
        &s.young,
        Audience::OnlyMe,
        AnswerStatus::InPlace,
        "[draft]",
    )
    .await;

    let new = format!("{}/new", plans_path(&s.circle));
    for (who, sees_practitioners) in [(&s.young, false), (&s.parent, true), (&s.worker, true)] {
        let form = app.get(&new, &who.cookie).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        let answers = form
            .body
            .split("id=\"focus-basics.housing-answers\"")
            .nth(1)
            .unwrap()
            .split("</ul>")
            .next()
            .unwrap();
        assert!(
            answers.contains("Sam") && answers.contains("Partly"),
            "{answers}"
        );
        assert!(answers.contains("[shared with all]"), "{answers}");
        assert!(
            !answers.contains("[draft]"),
            "never a draft, not even one's own"
        );
        assert!(!form.body.contains("[old check]"), "only the latest check");
        assert_eq!(
            answers.contains("[for practitioners]"),
            sees_practitioners,
            "a view kept from the reader is never shown: {answers}"
        );
        if !sees_practitioners {
            assert!(!form.body.contains("[for practitioners]"));
            assert!(!form.body.contains("[draft]"));
        }
    }
    // The answers are read through the check page's read, audited as such.
    let reads = app
        .store
        .list_audit(&moves_store::AuditQuery {
            action: Some(AuditAction::RecordRead),
            ..moves_store::AuditQuery::new(AuditScope::Organisation(s.org.id))
        })
        .await
        .unwrap();
    assert!(reads.iter().any(|e| e.detail.as_deref() == Some("check")));

    // A refused form shows them again, with the same rule.
    let key = plans_common::new_plan_key(&app, &s.young, &s.circle).await;
    let refused = send(
        &app,
        &s.young,
        &new,
        &[
            ("key", &key),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("[shared with all]"));
    assert!(!refused.body.contains("[for practitioners]") && !refused.body.contains("[draft]"));
}

#[tokio::test]
async fn with_no_check_the_picker_shows_only_the_moves() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let form = app
        .get(&format!("{}/new", plans_path(&s.circle)), &s.young.cookie)
        .await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(!form.body.contains("latest-answers"));
    assert!(!form.body.contains("the latest check"));
}

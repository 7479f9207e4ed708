//! Checks are reached only through their own circle: ids of another
//! organisation, another circle or made up are 404; every page read is
//! audited through the circle, and every change has its own audit entry.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::Scene;
use moves_core::audit::{AuditAction, AuditScope};
use moves_store::AuditQuery;

#[tokio::test]
async fn other_circles_and_organisations_ids_are_not_found() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let basics = s.start_view(&s.worker, &check, None).await;
    // A second organisation on the same installation, with its own circle.
    let t = checks_support::cast(&s.app, "Elsewhere").await;
    let their_check = checks_support::start_check_in(&s.app, &t.checks(), &t.worker).await;
    let check_id = check.rsplit('/').next().unwrap();
    for path in [
        format!("{}/{}", s.checks(), moves_core::ids::CheckId::new()),
        format!("{}/not-an-id", s.checks()),
        format!("{}/{check_id}", t.checks()),
        basics.replace(&s.circle.to_string(), &t.circle.to_string()),
        format!(
            "{check}/perspectives/{}/compartments/basics",
            moves_core::ids::PerspectiveId::new()
        ),
        format!("{check}/perspectives/not-an-id/share"),
    ] {
        for who in [&s.worker, &t.worker] {
            let r = s.app.get(&path, &who.cookie).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path} as {}", who.name);
        }
    }
    // Their own check, under our circle's address: not found.
    let their_id = their_check.rsplit('/').next().unwrap();
    let r = s
        .app
        .get(&format!("{}/{their_id}", s.checks()), &s.worker.cookie)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The administrator, not in the circle, finds nothing either.
    let r = s.app.get(&check, &s.admin_cookie).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s
        .app
        .post(
            &format!("{check}/agreed/basics"),
            &s.admin_cookie,
            support::form(&[("version", "0")]),
        )
        .await;
    assert!(
        matches!(r.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
        "{}",
        r.status
    );
}

#[tokio::test]
async fn reads_and_changes_are_audited() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let basics = s.start_view(&s.worker, &check, None).await;
    s.answer(&s.worker, &basics, &[("basics.housing", "partly", "")])
        .await;
    s.share(&s.worker, &basics, "practitioners").await;
    s.answer(
        &s.worker,
        &format!("{check}/agreed/basics"),
        &[("basics.housing", "partly", "")],
    )
    .await;
    s.app
        .get(&format!("{check}/compare"), &s.worker.cookie)
        .await;
    let mut q = AuditQuery::new(AuditScope::Organisation(s.org));
    q.action = Some(AuditAction::CheckChanged);
    let mut details: Vec<String> = s
        .app
        .store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.detail.unwrap().split(':').next().unwrap().to_owned())
        .collect();
    details.sort();
    assert_eq!(
        details,
        [
            "agreed",
            "answers",
            "perspective_started",
            "shared",
            "started"
        ]
    );
    q.action = Some(AuditAction::RecordRead);
    let pages: Vec<String> = s
        .app
        .store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|e| e.detail)
        .collect();
    for page in [
        "checks",
        "check",
        "check_perspective",
        "check_share",
        "check_agreed",
        "check_compare",
    ] {
        assert!(pages.iter().any(|p| p == page), "{page} in {pages:?}");
    }
    // The audit log page names the new action in words.
    let log = s.app.get("/admin/audit", &s.admin_cookie).await;
    assert!(
        log.body.contains("Check started, saved or shared"),
        "{}",
        log.body
    );
}

#[tokio::test]
async fn the_nav_offers_checks_and_team_managers_start_none() {
    let s = Scene::new().await;
    let overview = s
        .app
        .get(&format!("/circles/{}", s.circle), &s.young.cookie)
        .await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"/circles/{}/checks\"", s.circle))
    );
    let list = s.app.get(&s.checks(), &s.manager.cookie).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        !list.body.contains("name=\"key\""),
        "a team manager starts none"
    );
}

#[tokio::test]
async fn a_closed_circle_s_checks_are_read_only() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let view = s.start_view(&s.worker, &check, None).await;
    let (version, _) = s.open_form(&s.worker, &view).await;

    // The circle is closed meanwhile.
    let circle = s.app.store.circle(s.org, s.circle).await.unwrap().unwrap();
    let closing = moves_core::circle::Closing {
        by: circle.created_by,
        at: support::T0,
        reflection: "We finished.".to_owned(),
    };
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(s.org),
        support::T0,
        None,
        AuditAction::CircleChanged,
    );
    s.app
        .store
        .close_circle(s.org, s.circle, circle.version, &closing, &audit)
        .await
        .unwrap();

    // Its check still reads; nothing in it can be changed or started.
    assert_eq!(
        s.app.get(&check, &s.worker.cookie).await.status,
        StatusCode::OK
    );
    let answers = [("basics.housing", "in_place", "")];
    let saved = s.send_answers(&s.worker, &view, &version, &answers).await;
    assert_eq!(saved.status, StatusCode::FORBIDDEN, "{}", saved.body);
    let started = s
        .app
        .post(
            &format!("{check}/perspectives"),
            &s.parent.cookie,
            support::form(&[
                ("_csrf", &s.parent.csrf),
                (
                    "perspective",
                    &moves_core::ids::PerspectiveId::new().to_string(),
                ),
                ("with", ""),
            ]),
        )
        .await;
    assert_eq!(started.status, StatusCode::FORBIDDEN);
    let check_id = check.rsplit('/').next().unwrap().parse().unwrap();
    let views = s
        .app
        .store
        .perspectives_of_check(s.org, check_id)
        .await
        .unwrap();
    assert_eq!(views.len(), 1, "no view started");
    assert!(views[0].answers.is_empty(), "no answer saved");
}

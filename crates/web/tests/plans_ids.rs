//! Hole 10 for plans: a new plan's id is made by the server, the form carries
//! a one-use key (the same form sent twice makes one plan; an id chosen by the
//! sender is not a key and makes nothing), and an unknown plan id and another
//! circle's answer alike, each refused read recorded by the plan's id only.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::PlanId;
use moves_store::AuditQuery;
use plans_common::{make_plan, new_plan_key, plans_path, send, setting, stored_plans};
use support::App;

#[tokio::test]
async fn a_new_plan_takes_a_server_made_id_and_its_form_key_once() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let new = format!("{}/new", plans_path(&s.circle));
    let key = new_plan_key(&app, &s.worker, &s.circle).await;
    assert!(key.parse::<PlanId>().is_err(), "a key, not an id");
    let fields = [
        ("key", key.as_str()),
        ("focus", "basics.housing"),
        ("review_due", "2026-01-15"),
        ("audience", "whole_circle"),
    ];
    let first = send(&app, &s.worker, &new, &fields).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let again = send(&app, &s.worker, &new, &fields).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(again.location, first.location, "the same plan");
    let plans = stored_plans(&app, &s).await;
    assert_eq!(plans.len(), 1);
    assert_eq!(
        first.location,
        format!("{}/{}?done=created", plans_path(&s.circle), plans[0].id)
    );

    // An id chosen by the sender, as forms once carried: not a key of ours,
    // so nothing is made under it.
    let chosen = PlanId::new().to_string();
    let mut forged = fields;
    forged[0] = ("key", chosen.as_str());
    let reply = send(&app, &s.worker, &new, &forged).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert_eq!(stored_plans(&app, &s).await.len(), 1);
}

#[tokio::test]
async fn an_unknown_plan_and_another_circles_answer_alike_and_are_recorded() {
    let app = App::empty().await;
    let a = setting(&app, "A").await;
    let b = setting(&app, "B").await;
    let theirs = make_plan(&app, &b.worker, &b.circle, "whole_circle").await;
    let their_id = theirs.rsplit('/').next().unwrap().to_owned();
    let unknown = PlanId::new().to_string();

    let mut bodies = Vec::new();
    for id in [&their_id, &unknown] {
        for page in ["", "/print", "/edit", "/review"] {
            let path = format!("{}/{id}{page}", plans_path(&a.circle));
            let reply = app.get(&path, &a.worker.cookie).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
            bodies.push(plans_common::text(&reply));
        }
    }
    // Alike but for the error's reference.
    let shape = |t: &str| {
        t.split("If you contact support")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(bodies.iter().all(|b| shape(b) == shape(&bodies[0])));

    let refused = app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::ReadRefused),
            limit: 1000,
            ..AuditQuery::new(AuditScope::Organisation(a.org.id))
        })
        .await
        .unwrap();
    for id in [&their_id, &unknown] {
        assert!(
            refused
                .iter()
                .any(|e| e.subject.as_deref() == Some(id.as_str())),
            "{id} refused read not recorded: {refused:?}"
        );
    }
}

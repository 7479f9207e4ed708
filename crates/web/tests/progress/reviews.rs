//! A review names the check done for it, on the plan and on the timeline.

use super::{check, history, progress};
use crate::checks_support::{self, Scene, hidden, plain};
use crate::support::{T0, form};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::Audience;
use moves_core::plan::Plan;

async fn demo_plan(s: &Scene, audience: Audience) -> Plan {
    let circle = s.app.store.circle(s.org, s.circle).await.unwrap().unwrap();
    let members = s.app.store.circle_members(s.org, s.circle).await.unwrap();
    let mut plan = moves_core::plan::demo::demo_plan(&circle, &members, T0).unwrap();
    plan.audience = audience;
    let audit = moves_store::AuditEntry::new(
        AuditScope::Organisation(s.org),
        T0,
        None,
        AuditAction::PlanChanged,
    );
    s.app.store.create_plan(&plan, &audit).await.unwrap();
    plan
}

#[tokio::test]
async fn a_review_names_the_check_done_for_it_on_the_plan_and_the_timeline() {
    let s = Scene::new().await;
    let (_, newer) = history(&s).await;
    let plan = demo_plan(&s, Audience::WholeCircle).await;
    let hidden_plan = demo_plan(&s, Audience::Practitioners).await;
    let plan_path = format!("/circles/{}/plans/{}", s.circle, plan.id);
    let review = format!("{plan_path}/review");
    let t = checks_support::cast(&s.app, "Elsewhere").await;
    let theirs = check(&s.app, t.org, t.circle, 3).await;

    let page = s.app.get(&review, &s.worker.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(&format!("<option value=\"{}\"", newer.id))
    );
    let key = hidden(&page, "key");
    let send = |check: String| {
        let key = key.clone();
        let review = review.clone();
        let app = &s.app;
        let who = &s.worker;
        async move {
            app.post(
                &review,
                &who.cookie,
                form(&[
                    ("_csrf", &who.csrf),
                    ("key", &key),
                    ("worked", "The club."),
                    ("to_change", ""),
                    ("outcome", "carry"),
                    ("next_review", "2026-01-20"),
                    ("check", &check),
                ]),
            )
            .await
        }
    };
    for bad in [theirs.id.to_string(), "garbage".to_owned()] {
        let r = send(bad.clone()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        let text = plain(&r.body);
        assert!(text.contains("That is not one of this circle"), "{text}");
        assert!(text.contains("The club."), "what was typed is kept");
    }
    let r = send(newer.id.to_string()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let saved = s
        .app
        .store
        .plan(s.org, s.circle, plan.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.body.reviews.last().unwrap().check, Some(newer.id));

    let check_href = format!("/circles/{}/checks/{}", s.circle, newer.id);
    let shown = s.app.get(&plan_path, &s.young.cookie).await;
    assert!(plain(&shown.body).contains("The check done for this review:"));
    assert!(shown.body.contains(&check_href));
    let timeline = s.app.get(&progress(&s), &s.young.cookie).await;
    let text = plain(&timeline.body);
    assert!(text.contains("done for this review"), "{text}");
    assert!(timeline.body.contains(&plan_path));
    // The plan for practitioners is on theirs, not the young person's.
    let hidden_path = format!("/circles/{}/plans/{}", s.circle, hidden_plan.id);
    assert!(!timeline.body.contains(&hidden_path));
    let as_worker = s.app.get(&progress(&s), &s.worker.cookie).await;
    assert!(as_worker.body.contains(&hidden_path));
}

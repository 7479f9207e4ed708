//! "Changing the odds" on a plan's actions: a category only when a person
//! chooses one (never filled in from the move), a changing-the-odds action
//! stuck on a kind of service, and a category filled in by an earlier
//! version shown "to confirm" and counted nowhere until someone confirms it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::framework::Category;
use moves_core::plan::{CategoryOrigin, ServiceKind};
use moves_store::VersionedWrite;
use plans_common::{first_plan, fresh_key, make_plan, plan_changes, send, setting, text};
use support::App;

fn action<'a>(key: &'a str, who: &'a str, category: Option<&'a str>) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("key", key),
        ("move", "basics.housing"),
        ("what", "Ring the housing office about the damp"),
        ("who", who),
        ("by_when", "2025-12-01"),
    ];
    if let Some(c) = category {
        fields.push(("category", c));
    }
    fields
}

#[tokio::test]
async fn a_category_is_only_what_the_person_chose() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let form = app.get(&path, &s.worker.cookie).await;
    // The form's first (default) choice is "not a changing-the-odds action",
    // with the idea in one plain sentence; there is no "as usual" choice.
    let select = form
        .body
        .split("name=\"category\"")
        .nth(1)
        .unwrap()
        .split("</select>")
        .next()
        .unwrap();
    let first = select.split("<option").nth(1).unwrap();
    assert!(first.contains("value=\"none\""), "{select}");
    assert!(first.contains("Not a changing-the-odds action"), "{select}");
    assert!(!select.contains("default"), "{select}");
    for new in [
        "Education",
        "Health and care services",
        "Food",
        "Play and youth facilities",
        "Digital access",
    ] {
        assert!(select.contains(new), "{new} in {select}");
    }
    let shown = text(&form);
    assert!(shown.contains("beat the odds") && shown.contains("change the odds for others"));

    // A housing move's action with nothing chosen: no category.
    let mum = s.parent.member.as_ref().unwrap().id.to_string();
    let key = fresh_key();
    let added = send(
        &app,
        &s.worker,
        &format!("{path}/actions"),
        &action(&key, &mum, None),
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let key = fresh_key();
    let fields = action(&key, &mum, Some("none"));
    let added = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    // The old "as usual for this move" is refused, and the text kept.
    let key = fresh_key();
    let fields = action(&key, &mum, Some("default"));
    let refused = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Ring the housing office about the damp")
    );
    // Chosen: one of the new categories.
    let key = fresh_key();
    let fields = action(&key, &mum, Some("health_and_care"));
    let added = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);

    let plan = first_plan(&app, &s).await;
    let categories: Vec<_> = plan
        .body
        .actions
        .iter()
        .map(|a| a.counted_category())
        .collect();
    assert_eq!(categories, [None, None, Some(Category::HealthAndCare)]);
    let page = text(&app.get(&path, &s.young.cookie).await);
    assert_eq!(page.matches("Changing the odds:").count(), 1, "{page}");
    assert!(page.contains("Changing the odds: Health and care services"));
}

#[tokio::test]
async fn a_changing_the_odds_action_can_be_stuck_on_a_service() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let mum = s.parent.member.as_ref().unwrap().id.to_string();

    // Stuck without a category, or without the kind of service: refused,
    // what was typed kept.
    let key = fresh_key();
    let mut fields = action(&key, &mum, Some("none"));
    fields.extend([
        ("stuck", "yes"),
        ("service", ""),
        ("service_name", "North team"),
    ]);
    let refused = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = text(&refused);
    assert!(
        shown.contains("Only a changing-the-odds action can be stuck."),
        "{shown}"
    );
    assert!(refused.body.contains("value=\"North team\""));
    assert!(first_plan(&app, &s).await.body.actions.is_empty());

    let key = fresh_key();
    let mut fields = action(&key, &mum, Some("housing"));
    fields.extend([
        ("stuck", "yes"),
        ("service", "social_care"),
        ("service_name", "Children's services, North team"),
    ]);
    let added = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let plan = first_plan(&app, &s).await;
    let stuck = plan.body.actions[0].counted_stuck().unwrap();
    assert_eq!(stuck.service, ServiceKind::SocialCare);
    assert_eq!(stuck.name, "Children's services, North team");

    let page = text(&app.get(&path, &s.parent.cookie).await);
    assert!(
        page.contains("Stuck: waiting on Social care (Children's services, North team)"),
        "{page}"
    );
    let print = text(&app.get(&format!("{path}/print"), &s.parent.cookie).await);
    assert!(print.contains("Stuck: waiting on Social care"), "{print}");
    let export = app
        .get(
            &format!("/circles/{}/export.json", s.circle.id),
            &s.worker.cookie,
        )
        .await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.body);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let a = &json["plans"][0]["actions"][0];
    assert_eq!(a["changing_the_odds"], "housing");
    assert_eq!(a["waiting_on_service"], "social_care");
    assert_eq!(
        a["waiting_on_service_name"],
        "Children's services, North team"
    );
}

#[tokio::test]
async fn a_category_filled_in_before_is_not_counted_until_confirmed() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let mum = s.parent.member.as_ref().unwrap().id.to_string();
    for category in ["housing", "money"] {
        let key = fresh_key();
        let fields = action(&key, &mum, Some(category));
        let added = send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    // As an earlier version left them: no origin recorded. The housing
    // action's category is its move's (basics.housing), so it may have been
    // filled in; money differs from the move's, so someone chose it.
    let mut plan = first_plan(&app, &s).await;
    for a in &mut plan.body.actions {
        a.category_origin = CategoryOrigin::Unknown;
    }
    let audit = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(s.org.id),
        support::T0,
        None,
        moves_core::audit::AuditAction::PlanChanged,
    );
    let mut older = plan.clone();
    older.version += 1;
    assert_eq!(
        app.store
            .save_plan(&older, plan.version, &audit)
            .await
            .unwrap(),
        VersionedWrite::Done
    );

    let page = text(&app.get(&path, &s.young.cookie).await);
    assert!(page.contains("To confirm: Housing"), "{page}");
    assert!(!page.contains("Changing the odds: Housing"), "{page}");
    assert!(page.contains("Changing the odds: Money"), "{page}");
    // Counted nowhere: the export says "to confirm", not the category.
    let export = app
        .get(
            &format!("/circles/{}/export.json", s.circle.id),
            &s.worker.cookie,
        )
        .await;
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let actions = &json["plans"][0]["actions"];
    assert_eq!(actions[0]["changing_the_odds"], serde_json::Value::Null);
    assert_eq!(actions[0]["changing_the_odds_to_confirm"], "housing");
    assert_eq!(actions[1]["changing_the_odds"], "money");
    let print = text(&app.get(&format!("{path}/print"), &s.worker.cookie).await);
    assert!(print.contains("To confirm: Housing"), "{print}");

    // Confirmed by a member, without JavaScript (a form with two buttons).
    let form = app.get(&path, &s.parent.cookie).await;
    let id = plan.body.actions[0].id;
    let confirm = format!("{path}/actions/{id}/category");
    assert!(form.body.contains(&format!("action=\"{confirm}\"")));
    let changes = plan_changes(&app, s.org.id).await.len();
    let bad = send(&app, &s.parent, &confirm, &[("confirm", "perhaps")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = send(&app, &s.parent, &confirm, &[("confirm", "keep")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location, format!("{path}?done=category_confirmed"));
    let stored = first_plan(&app, &s).await;
    assert_eq!(
        stored.body.actions[0].counted_category(),
        Some(Category::Housing)
    );
    // Settled and saved: the chosen one is recorded as chosen.
    assert!(
        stored
            .body
            .actions
            .iter()
            .all(|a| a.category_origin == CategoryOrigin::Chosen)
    );
    let audited = plan_changes(&app, s.org.id).await;
    assert_eq!(audited.len(), changes + 1);
    assert!(
        audited
            .iter()
            .any(|e| e.detail.as_deref() == Some("category_confirmed"))
    );
    let page = text(&app.get(&path, &s.young.cookie).await);
    assert!(page.contains("Changing the odds: Housing"), "{page}");
    assert!(!page.contains("To confirm"), "{page}");
}

#[tokio::test]
async fn a_filled_in_category_can_be_cleared() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let mum = s.parent.member.as_ref().unwrap().id.to_string();
    let key = fresh_key();
    let fields = action(&key, &mum, Some("housing"));
    send(&app, &s.worker, &format!("{path}/actions"), &fields).await;
    let mut plan = first_plan(&app, &s).await;
    plan.body.actions[0].category_origin = CategoryOrigin::AutoFilled;
    let audit = moves_store::AuditEntry::new(
        moves_core::audit::AuditScope::Organisation(s.org.id),
        support::T0,
        None,
        moves_core::audit::AuditAction::PlanChanged,
    );
    let mut older = plan.clone();
    older.version += 1;
    app.store
        .save_plan(&older, plan.version, &audit)
        .await
        .unwrap();
    let id = plan.body.actions[0].id;
    let confirm = format!("{path}/actions/{id}/category");
    let done = send(&app, &s.worker, &confirm, &[("confirm", "clear")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let stored = first_plan(&app, &s).await;
    assert_eq!(stored.body.actions[0].category, None);
    let page = text(&app.get(&path, &s.worker.cookie).await);
    assert!(!page.contains("To confirm") && !page.contains("Changing the odds: Housing"));
}

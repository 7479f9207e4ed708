//! Hole 10 for plans: a new plan's id, and the id of every entry added to it
//! (an action, a marking, a goal, a review), is made by the server; the form
//! carries a one-use key (the same form sent twice saves once; an id chosen
//! by the sender is not a key and makes nothing), and an unknown plan id and
//! another circle's answer alike, each refused read recorded by the plan's id
//! only.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::form_key::FormKey;
use moves_core::ids::{ActionId, GoalId, PlanEntryId, PlanId, ReviewId};
use moves_store::AuditQuery;
use plans_common::{
    first_plan, hidden, key_of_form, make_plan, new_plan_key, plans_path, send, setting,
    stored_plans, text,
};
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

/// Refused for its key, with what was typed kept and a fresh key of ours
/// offered (not the one sent) in the form sent to `action`.
fn refused_for_its_key(reply: &support::Reply, action: &str, sent: &str, typed: &str) {
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let said = text(reply);
    assert!(
        said.contains("This form could not be read, so nothing was saved."),
        "{said}"
    );
    assert!(reply.body.contains(typed), "what was typed is kept");
    let offered = key_of_form(reply, action);
    assert_ne!(offered, sent);
    assert!(FormKey::parse(&offered).is_some(), "{offered}");
}

#[tokio::test]
async fn plan_entries_take_server_made_ids_and_their_form_keys_once() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    send(&app, &s.admin, "/admin/goals", &[("goals", "on")]).await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let page = app.get(&path, &s.worker.cookie).await;
    let actions = format!("{path}/actions");
    let action_fields = |key: &str| {
        vec![
            ("key".to_owned(), key.to_owned()),
            ("move".to_owned(), "coping.brave".to_owned()),
            ("what".to_owned(), "Ring the school".to_owned()),
            ("who".to_owned(), "other".to_owned()),
            ("other".to_owned(), "Gran".to_owned()),
            ("by_when".to_owned(), "2025-12-01".to_owned()),
            ("category".to_owned(), "none".to_owned()),
        ]
    };
    let post = async |path: &str, fields: Vec<(String, String)>| {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        send(&app, &s.worker, path, &fields).await
    };

    // An action: the page's key is no id; sent twice, one action.
    let key = key_of_form(&page, &actions);
    assert!(key.parse::<ActionId>().is_err(), "a key, not an id");
    for _ in 0..2 {
        let r = post(&actions, action_fields(&key)).await;
        assert_eq!(
            r.location,
            format!("{path}?done=action_added"),
            "{}",
            r.body
        );
    }
    let plan = first_plan(&app, &s).await;
    assert_eq!(plan.body.actions.len(), 1, "sent twice, saved once");
    let action = plan.body.actions[0].id;
    // An id chosen by the sender, as forms once carried: refused, kept,
    // nothing made under it.
    let chosen = ActionId::new().to_string();
    let forged = post(&actions, action_fields(&chosen)).await;
    refused_for_its_key(&forged, &actions, &chosen, "Ring the school");
    let plan = first_plan(&app, &s).await;
    assert_eq!(plan.body.actions.len(), 1);
    // The form as shown again saves, under an id the server made.
    let again = key_of_form(&forged, &actions);
    let r = post(&actions, action_fields(&again)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let plan = first_plan(&app, &s).await;
    assert_eq!(plan.body.actions.len(), 2);
    assert!(plan.body.actions.iter().all(|a| a.id.to_string() != chosen));

    // A marking, the same.
    let mark = format!("{actions}/{action}");
    let page = app.get(&path, &s.worker.cookie).await;
    let key = key_of_form(&page, &mark);
    assert!(key.parse::<PlanEntryId>().is_err());
    let marking = |key: &str| {
        vec![
            ("key".to_owned(), key.to_owned()),
            ("state".to_owned(), "done".to_owned()),
            ("comment".to_owned(), "They rang back".to_owned()),
        ]
    };
    // Refused first: once done, an action is marked no more.
    let chosen = PlanEntryId::new().to_string();
    let forged = post(&mark, marking(&chosen)).await;
    refused_for_its_key(&forged, &mark, &chosen, "They rang back");
    for _ in 0..2 {
        let r = post(&mark, marking(&key)).await;
        assert_eq!(
            r.location,
            format!("{path}?done=action_marked"),
            "{}",
            r.body
        );
    }
    let plan = first_plan(&app, &s).await;
    let updates = &plan.body.actions[0].updates;
    assert_eq!(
        updates.len(),
        1,
        "sent twice, saved once; the forged one not at all"
    );
    assert_ne!(updates[0].id.to_string(), chosen);

    // A goal, the same.
    let goals = format!("{path}/goals");
    let key = key_of_form(&page, &goals);
    assert!(key.parse::<GoalId>().is_err());
    let sam = s.worker.member.as_ref().unwrap().id.to_string();
    let goal = |key: &str| {
        vec![
            ("key".to_owned(), key.to_owned()),
            ("owner".to_owned(), sam.clone()),
            ("goal_text".to_owned(), "Visit every week".to_owned()),
            ("score".to_owned(), "4".to_owned()),
        ]
    };
    for _ in 0..2 {
        let r = post(&goals, goal(&key)).await;
        assert_eq!(r.location, format!("{path}?done=goal_set"), "{}", r.body);
    }
    let chosen = GoalId::new().to_string();
    let forged = post(&goals, goal(&chosen)).await;
    refused_for_its_key(&forged, &goals, &chosen, "Visit every week");
    let plan = first_plan(&app, &s).await;
    assert_eq!(plan.body.goals.len(), 1);
    assert_ne!(plan.body.goals[0].id.to_string(), chosen);

    // A review, the same (on its own page).
    let review = format!("{path}/review");
    let form = app.get(&review, &s.worker.cookie).await;
    let key = hidden(&form, "key");
    assert!(key.parse::<ReviewId>().is_err());
    let reviewing = |key: &str| {
        vec![
            ("key".to_owned(), key.to_owned()),
            ("worked".to_owned(), "Ringing round".to_owned()),
            ("outcome".to_owned(), "carry".to_owned()),
            ("next_review".to_owned(), "2026-02-01".to_owned()),
        ]
    };
    let chosen = ReviewId::new().to_string();
    let forged = post(&review, reviewing(&chosen)).await;
    refused_for_its_key(&forged, &review, &chosen, "Ringing round");
    for _ in 0..2 {
        let r = post(&review, reviewing(&key)).await;
        assert_eq!(r.location, format!("{path}?done=reviewed"), "{}", r.body);
    }
    let plan = first_plan(&app, &s).await;
    assert_eq!(plan.body.reviews.len(), 1, "sent twice, saved once");
    assert_ne!(plan.body.reviews[0].id.to_string(), chosen);
}

#[tokio::test]
async fn an_action_form_sent_twice_at_once_saves_once() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let actions = format!("{path}/actions");
    let page = app.get(&path, &s.parent.cookie).await;
    let key = key_of_form(&page, &actions);
    let fields = [
        ("key", key.as_str()),
        ("move", "coping.brave"),
        ("what", "Walk to school together"),
        ("who", "other"),
        ("other", "Gran"),
        ("by_when", "2025-12-01"),
        ("category", "none"),
    ];
    let (one, two) = tokio::join!(
        send(&app, &s.parent, &actions, &fields),
        send(&app, &s.parent, &actions, &fields)
    );
    for r in [one, two] {
        assert_eq!(
            r.location,
            format!("{path}?done=action_added"),
            "{}",
            r.body
        );
    }
    assert_eq!(first_plan(&app, &s).await.body.actions.len(), 1);
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

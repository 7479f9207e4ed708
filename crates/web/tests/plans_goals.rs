//! Goals (Goal Based Outcomes): off until the organisation switches them on;
//! then up to three per person, each rated 0 to 10 at the start and at
//! reviews, and a goal or rating entered for someone else says so.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use plans_common::{
    each_refused, first_plan, fresh_key, hidden, key_of_form, make_plan, plan_changes, send,
    setting, text,
};
use support::App;

#[tokio::test]
async fn goals_are_switched_on_by_an_administrator() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let page = app.get(&path, &s.young.cookie).await;
    assert!(
        !page.body.contains("/goals\""),
        "no goal form while goals are off"
    );
    let zoe = s.young.member.as_ref().unwrap().id.to_string();
    let key = fresh_key();
    let off = send(
        &app,
        &s.young,
        &format!("{path}/goals"),
        &[
            ("key", &key),
            ("owner", &zoe),
            ("goal_text", "Sleep better"),
            ("score", "3"),
        ],
    )
    .await;
    assert_eq!(off.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&off).contains("Goals are not used here."));

    // Only an administrator reaches the switch.
    assert_eq!(
        app.get("/admin/goals", &s.worker.cookie).await.status,
        StatusCode::FORBIDDEN
    );
    let admin = app.get("/admin/goals", &s.admin.cookie).await;
    assert_eq!(admin.status, StatusCode::OK);
    assert!(
        admin
            .body
            .contains("id=\"goals-off\" name=\"goals\" value=\"off\" checked")
    );
    let odd = send(&app, &s.admin, "/admin/goals", &[("goals", "maybe")]).await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    let on = send(&app, &s.admin, "/admin/goals", &[("goals", "on")]).await;
    assert_eq!(on.location, "/admin/goals?done=saved");
    assert!(app.store.goals_enabled(s.org.id).await.unwrap());
    let logged = plan_changes(&app, s.org.id).await;
    assert!(
        logged
            .iter()
            .any(|e| e.subject.as_deref() == Some("goals") && e.detail.as_deref() == Some("on"))
    );
    let page = app.get(&path, &s.young.cookie).await;
    assert!(page.body.contains(&format!("action=\"{path}/goals\"")));
}

#[tokio::test]
async fn up_to_three_goals_each_rated_nought_to_ten() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    send(&app, &s.admin, "/admin/goals", &[("goals", "on")]).await;
    let path = make_plan(&app, &s.worker, &s.circle, "whole_circle").await;
    let zoe = s.young.member.as_ref().unwrap().id.to_string();
    let mum = s.parent.member.as_ref().unwrap().id.to_string();
    let goals = format!("{path}/goals");

    // Bad input: all said, the text kept.
    let page = app.get(&path, &s.young.cookie).await;
    let key = key_of_form(&page, &goals);
    each_refused(
        &app,
        &s.young,
        &goals,
        &key,
        vec![
            (
                vec![("owner", zoe.as_str()), ("goal_text", ""), ("score", "3")],
                "Please write something here.",
            ),
            (
                vec![
                    ("owner", zoe.as_str()),
                    ("goal_text", "Sleep\u{0000}"),
                    ("score", "3"),
                ],
                "This has a hidden character in it.",
            ),
            (
                vec![
                    ("owner", zoe.as_str()),
                    ("goal_text", "Sleep better"),
                    ("score", "11"),
                ],
                "Please choose a whole number from 0 to 10.",
            ),
            (
                vec![
                    ("owner", zoe.as_str()),
                    ("goal_text", "Sleep better"),
                    ("score", ""),
                ],
                "Please choose a number from 0 to 10.",
            ),
            (
                vec![
                    ("owner", zoe.as_str()),
                    ("goal_text", "Sleep better"),
                    ("score", "-1"),
                ],
                "Please choose a whole number from 0 to 10.",
            ),
            (
                vec![
                    ("owner", "nobody"),
                    ("goal_text", "Sleep better"),
                    ("score", "3"),
                ],
                "Please choose someone in the circle.",
            ),
            (
                vec![
                    ("owner", mum.as_str()),
                    ("goal_text", "Sleep better"),
                    ("score", "3"),
                ],
                "Only a worker can fill this in for someone else.",
            ),
        ],
    )
    .await;
    let huge = "g".repeat(301);
    let reply = send(
        &app,
        &s.young,
        &goals,
        &[
            ("key", &key),
            ("owner", &zoe),
            ("goal_text", &huge),
            ("score", "2"),
        ],
    )
    .await;
    assert!(reply.body.contains(&huge), "kept");
    assert!(
        reply
            .body
            .contains(&format!("name=\"key\" value=\"{key}\"")),
        "the same key, so one goal"
    );

    // Zoë sets three of her own (the first sent twice: saved once).
    for (text_, score) in [
        ("Sleep better", "2"),
        ("See my friends", "0"),
        ("Go to school", "10"),
    ] {
        let key = fresh_key();
        for _ in 0..2 {
            let r = send(
                &app,
                &s.young,
                &goals,
                &[
                    ("key", &key),
                    ("owner", &zoe),
                    ("goal_text", text_),
                    ("score", score),
                ],
            )
            .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
    }
    let fourth = send(
        &app,
        &s.young,
        &goals,
        &[
            ("key", &fresh_key()),
            ("owner", &zoe),
            ("goal_text", "More"),
            ("score", "1"),
        ],
    )
    .await;
    assert!(text(&fourth).contains("They have three goals already."));

    // Sam sets Mum's with her: the goal says so.
    let r = send(
        &app,
        &s.worker,
        &goals,
        &[
            ("key", &fresh_key()),
            ("owner", &mum),
            ("goal_text", "Get to the meetings"),
            ("score", "4"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let plan = &first_plan(&app, &s).await;
    assert_eq!(plan.body.goals.len(), 4);
    assert!(plan.body.goals[3].byline.is_on_behalf());
    let shown = text(&app.get(&path, &s.parent.cookie).await);
    assert!(shown.contains("Entered by Sam with Mum"), "{shown}");
    assert!(shown.contains("2 out of 10") && shown.contains("10 out of 10"));

    // At the review Mum rates her own goal; Zoë's are not hers to rate.
    let review = app.get(&format!("{path}/review"), &s.parent.cookie).await;
    let mum_goal = plan.body.goals[3].id.to_string();
    let zoe_goal = plan.body.goals[0].id.to_string();
    assert!(review.body.contains(&format!("name=\"rating-{mum_goal}\"")));
    assert!(!review.body.contains(&format!("name=\"rating-{zoe_goal}\"")));
    let rkey = hidden(&review, "key");
    let bad = send(
        &app,
        &s.parent,
        &format!("{path}/review"),
        &[
            ("key", &rkey),
            ("worked", "Meetings"),
            ("outcome", "carry"),
            ("next_review", "2026-02-01"),
            (&format!("rating-{mum_goal}"), "12"),
            (&format!("rating-{zoe_goal}"), "5"),
        ],
    )
    .await;
    let said = text(&bad);
    assert!(
        said.contains("Please choose a whole number from 0 to 10.")
            && said.contains("Only a worker can fill this in for someone else."),
        "{said}"
    );
    let ok = send(
        &app,
        &s.parent,
        &format!("{path}/review"),
        &[
            ("key", &rkey),
            ("worked", "Meetings"),
            ("outcome", "carry"),
            ("next_review", "2026-02-01"),
            (&format!("rating-{mum_goal}"), "7"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let plan = &first_plan(&app, &s).await;
    let ratings = &plan.body.goals[3].ratings;
    assert_eq!(ratings.iter().map(|r| r.score).collect::<Vec<_>>(), [4, 7]);
    assert!(ratings[0].byline.is_on_behalf() && !ratings[1].byline.is_on_behalf());

    // Switched off again: goals are neither shown nor added.
    send(&app, &s.admin, "/admin/goals", &[("goals", "off")]).await;
    let page = app.get(&path, &s.parent.cookie).await;
    assert!(!text(&page).contains("Get to the meetings"));
}

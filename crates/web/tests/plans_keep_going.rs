//! Conserving in a plan: the moves already working, to keep going, chosen
//! beside the moves to work on (under the Conserving noble truth's prompt),
//! shown on the plan page, its printable page and the export, and changed
//! by edits from the version the form showed (a stale form is refused with
//! both lists shown and the person's choice kept), each change audited.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use plans_common::{
    first_plan, hidden, new_plan_key, plan_changes, plans_path, send, setting, text,
};
use support::App;

const SCHOOL: &str = "Make school life work as well as possible";
const FRIENDS: &str = "Make friends and mix with other children/young people";
const CONSERVING: &str = "What is already working that we should keep and build on?";

fn ids(plan: &moves_core::plan::Plan) -> Vec<&str> {
    plan.body.keep_going.iter().map(|m| m.as_str()).collect()
}

#[tokio::test]
async fn moves_to_keep_going_are_chosen_saved_and_shown() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let new = format!("{}/new", plans_path(&s.circle));
    let form = app.get(&new, &s.worker.cookie).await;
    // Asked with the Conserving prompt, one checkbox per move.
    let keep = form.body.split("id=\"keep_going\"").nth(1).unwrap();
    let keep = keep.split("</fieldset>").next().unwrap();
    assert!(keep.contains("Moves to keep going"), "{keep}");
    assert!(keep.contains(CONSERVING), "{keep}");
    assert!(keep.contains("name=\"keep_going\" value=\"learning.school\""));

    // A move in both lists is refused, and every choice kept.
    let key = new_plan_key(&app, &s.worker, &s.circle).await;
    let both = send(
        &app,
        &s.worker,
        &new,
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("keep_going", "basics.housing"),
            ("keep_going", "learning.school"),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(both.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&both).contains("A move is either one to work on or one to keep going."));
    assert!(both.body.contains(
        "id=\"keep_going-learning.school\" name=\"keep_going\" value=\"learning.school\" checked"
    ));
    assert!(
        app.store
            .plans_of_circle(s.org.id, s.circle.id)
            .await
            .unwrap()
            .is_empty()
    );

    let made = send(
        &app,
        &s.worker,
        &new,
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("keep_going", "learning.school"),
            ("keep_going", "belonging.friends"),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let path = made
        .location
        .strip_suffix("?done=created")
        .unwrap()
        .to_owned();
    let plan = first_plan(&app, &s).await;
    assert_eq!(
        ids(&plan),
        ["learning.school", "belonging.friends"],
        "as sent"
    );

    let page = text(&app.get(&path, &s.young.cookie).await);
    let kept = page.split("Moves to keep going").nth(1).unwrap();
    let kept = kept.split("Moves we are working on").next().unwrap();
    assert!(kept.contains(SCHOOL) && kept.contains(FRIENDS), "{page}");
    let print = text(&app.get(&format!("{path}/print"), &s.parent.cookie).await);
    assert!(
        print.contains("Moves to keep going") && print.contains(SCHOOL),
        "{print}"
    );
    let export = app
        .get(
            &format!("/circles/{}/export.json", s.circle.id),
            &s.worker.cookie,
        )
        .await;
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(
        json["plans"][0]["keep_going_moves"],
        serde_json::json!(["learning.school", "belonging.friends"])
    );
    let printed = text(
        &app.get(
            &format!("/circles/{}/export", s.circle.id),
            &s.worker.cookie,
        )
        .await,
    );
    assert!(
        printed.contains("Moves to keep going") && printed.contains(FRIENDS),
        "{printed}"
    );
}

#[tokio::test]
async fn edits_of_the_list_are_audited_and_a_stale_form_is_refused() {
    let app = App::empty().await;
    let s = setting(&app, "A").await;
    let key = new_plan_key(&app, &s.worker, &s.circle).await;
    let made = send(
        &app,
        &s.worker,
        &format!("{}/new", plans_path(&s.circle)),
        &[
            ("key", &key),
            ("focus", "basics.housing"),
            ("keep_going", "learning.school"),
            ("review_due", "2026-01-15"),
            ("audience", "whole_circle"),
        ],
    )
    .await;
    let path = made
        .location
        .strip_suffix("?done=created")
        .unwrap()
        .to_owned();
    let edit = format!("{path}/edit");
    let sams = app.get(&edit, &s.worker.cookie).await;
    let mums = app.get(&edit, &s.parent.cookie).await;
    // The saved list is ticked; the moves to work on are not offered.
    assert!(
        sams.body.contains("value=\"learning.school\" checked"),
        "{}",
        sams.body
    );
    assert!(!sams.body.contains("value=\"basics.housing\""));
    assert!(text(&sams).contains(CONSERVING));
    let changes = plan_changes(&app, s.org.id).await.len();

    // Sam keeps friends going instead of school.
    let first = send(
        &app,
        &s.worker,
        &edit,
        &[
            ("version", &hidden(&sams, "version")),
            ("keep_going", "belonging.friends"),
            ("review_due", "2026-01-15"),
        ],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert_eq!(ids(&first_plan(&app, &s).await), ["belonging.friends"]);
    let audited = plan_changes(&app, s.org.id).await;
    assert_eq!(audited.len(), changes + 1);
    assert_eq!(
        audited
            .iter()
            .filter(|e| e.detail.as_deref() == Some("edited"))
            .count(),
        1
    );

    // Mum, from the form she opened before, would keep school and calming
    // down: refused, Sam's list shown, her ticks kept, nothing overwritten.
    let second = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &hidden(&mums, "version")),
            ("keep_going", "learning.school"),
            ("keep_going", "coping.calm"),
            ("review_due", "2026-01-15"),
        ],
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    let shown = text(&second);
    let saved = shown.split("What is saved now").nth(1).unwrap();
    let saved = saved.split("Your changes").next().unwrap();
    assert!(
        saved.contains(FRIENDS) && !saved.contains(SCHOOL),
        "{saved}"
    );
    assert!(second.body.contains("value=\"learning.school\" checked"));
    assert!(second.body.contains("value=\"coping.calm\" checked"));
    assert!(!second.body.contains("value=\"belonging.friends\" checked"));
    assert_eq!(ids(&first_plan(&app, &s).await), ["belonging.friends"]);
    assert_eq!(plan_changes(&app, s.org.id).await.len(), changes + 1);

    // Sending again, knowing, saves hers; unticking everything keeps none.
    let again = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &hidden(&second, "version")),
            ("keep_going", "learning.school"),
            ("keep_going", "coping.calm"),
            ("review_due", "2026-01-15"),
        ],
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(
        ids(&first_plan(&app, &s).await),
        ["learning.school", "coping.calm"]
    );
    let form = app.get(&edit, &s.parent.cookie).await;
    let none = send(
        &app,
        &s.parent,
        &edit,
        &[
            ("version", &hidden(&form, "version")),
            ("review_due", "2026-01-15"),
        ],
    )
    .await;
    assert_eq!(none.status, StatusCode::SEE_OTHER, "{}", none.body);
    assert!(first_plan(&app, &s).await.body.keep_going.is_empty());
}

//! A short check (issue 15): a young person picks the moves that matter now
//! and answers only those; the rest stay unanswered, which is not "not yet".
//! Picking again never loses an answer given before, nothing picked is
//! refused plainly, and going back to every move is one button.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Person, Scene, hidden, plain};
use moves_core::check::AnswerStatus;
use moves_core::ids::CheckId;
use support::form;

/// Starts `who`'s own view as a short check: the path of its picking page.
async fn start_short(s: &Scene, who: &Person, check: &str) -> String {
    let r = s
        .app
        .post(
            &format!("{check}/perspectives"),
            &who.cookie,
            form(&[("_csrf", &who.csrf), ("short", "")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location.ends_with("/choose"), "{}", r.location);
    r.location
}

/// Picks `moves` on the picking page at `path` (with `every` to go through
/// every move instead).
async fn pick(s: &Scene, who: &Person, path: &str, moves: &[&str], every: bool) -> support::Reply {
    let page = s.app.get(path, &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = hidden(&page, "version");
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("version", version.as_str())];
    pairs.extend(moves.iter().map(|m| ("move", *m)));
    if every {
        pairs.push(("every", ""));
    }
    s.app.post(path, &who.cookie, form(&pairs)).await
}

async fn answers_of(s: &Scene, check: &str) -> Vec<(String, AnswerStatus)> {
    let id: CheckId = check.rsplit('/').next().unwrap().parse().unwrap();
    let p = s.app.store.perspectives_of_check(s.org, id).await.unwrap();
    assert_eq!(p.len(), 1);
    let mut a: Vec<_> = p[0]
        .answers
        .iter()
        .map(|a| (a.move_id.to_string(), a.status))
        .collect();
    a.sort();
    a
}

#[tokio::test]
async fn a_young_person_answers_only_the_moves_they_picked() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let choose = start_short(&s, &s.young, &check).await;
    let page = s.app.get(&choose, &s.young.cookie).await;
    assert!(
        page.body.contains("name=\"move\" value=\"coping.calm\""),
        "{}",
        page.body
    );
    // Nothing picked: told plainly, nothing saved.
    let r = pick(&s, &s.young, &choose, &[], false).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        plain(&r.body).contains("Tick at least one move"),
        "{}",
        r.body
    );
    // A move the check does not offer.
    let r = pick(&s, &s.young, &choose, &["basics.nothing"], false).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Two moves: the first screen is the first compartment that holds one.
    let r = pick(
        &s,
        &s.young,
        &choose,
        &["coping.calm", "basics.sleep"],
        false,
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location.ends_with("/compartments/basics"),
        "{}",
        r.location
    );
    let basics = r.location.clone();
    let page = s.app.get(&basics, &s.young.cookie).await;
    assert!(page.body.contains("name=\"status.basics.sleep\""));
    assert!(
        !page.body.contains("name=\"status.basics.housing\""),
        "only the moves picked"
    );
    assert!(
        plain(&page.body).contains("You picked 2 moves."),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("compartments/belonging"),
        "no compartment without a pick"
    );
    // A compartment with nothing picked is not a screen of this view.
    let belonging = basics.replace("/basics", "/belonging");
    assert_eq!(
        s.app.get(&belonging, &s.young.cookie).await.status,
        StatusCode::NOT_FOUND
    );
    let r = s
        .answer(&s.young, &basics, &[("basics.sleep", "partly", "")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        r.location.ends_with("/compartments/coping"),
        "{}",
        r.location
    );
    // Sending a move that was not picked is refused, not saved.
    let r = s
        .answer(&s.young, &basics, &[("basics.housing", "not_yet", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let coping = basics.replace("/basics", "/coping");
    s.answer(&s.young, &coping, &[("coping.calm", "in_place", "")])
        .await;
    // The other 40 moves are unanswered, not "not yet".
    assert_eq!(
        answers_of(&s, &check).await,
        vec![
            ("basics.sleep".to_owned(), AnswerStatus::Partly),
            ("coping.calm".to_owned(), AnswerStatus::InPlace),
        ]
    );
}

#[tokio::test]
async fn picking_again_never_loses_an_answer_and_every_move_is_one_button_away() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let basics = s.start_view(&s.young, &check, None).await;
    s.answer(
        &s.young,
        &basics,
        &[
            ("basics.housing", "in_place", ""),
            ("basics.sleep", "not_yet", ""),
        ],
    )
    .await;
    let choose = format!("{}/choose", basics.split("/compartments/").next().unwrap());
    let r = pick(&s, &s.young, &choose, &["basics.sleep"], false).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The picking page shows what is picked.
    let page = s.app.get(&choose, &s.young.cookie).await;
    assert!(
        page.body.contains("value=\"basics.sleep\" checked"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("value=\"basics.housing\" checked"));
    // Saving the short screen keeps the answer to the move not picked now.
    s.answer(&s.young, &basics, &[("basics.sleep", "partly", "")])
        .await;
    assert_eq!(
        answers_of(&s, &check).await,
        vec![
            ("basics.housing".to_owned(), AnswerStatus::InPlace),
            ("basics.sleep".to_owned(), AnswerStatus::Partly),
        ]
    );
    // Every move again: the whole compartment is back, answers as they were.
    let r = pick(&s, &s.young, &choose, &[], true).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = s.app.get(&basics, &s.young.cookie).await;
    assert!(page.body.contains("name=\"status.basics.housing\""));
    assert!(!plain(&page.body).contains("You picked"));
    // Only the view's author (or who typed it with them) may pick its moves.
    let r = s.app.get(&choose, &s.parent.cookie).await;
    assert!(
        r.status == StatusCode::NOT_FOUND || r.status == StatusCode::FORBIDDEN,
        "{}",
        r.status
    );
}

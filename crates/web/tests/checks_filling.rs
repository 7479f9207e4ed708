//! Filling in a check: one compartment per screen in any order, kept as you
//! go; bad input refused with a clear message and nothing lost; a form sent
//! twice saves once; two people saving at once get a conflict showing both
//! versions with the loser's answers kept; the agreed version leaves every
//! view as it was; the comparison marks agreement in words and symbols and
//! filters to "only where we differ" without JavaScript.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Scene, plain};
use moves_core::check::AnswerStatus;
use moves_core::ids::CheckId;

/// Answers as sent: (move, status, note).
type Sent<'a> = &'a [(&'a str, &'a str, &'a str)];

async fn answers_of(
    s: &Scene,
    check: &str,
) -> Vec<(String, Vec<(String, AnswerStatus, Option<String>)>)> {
    let id: CheckId = check.rsplit('/').next().unwrap().parse().unwrap();
    let mut out: Vec<_> = s
        .app
        .store
        .perspectives_of_check(s.org, id)
        .await
        .unwrap()
        .into_iter()
        .map(|p| {
            let mut a: Vec<_> = p
                .answers
                .into_iter()
                .map(|a| (a.move_id.to_string(), a.status, a.note))
                .collect();
            a.sort();
            (p.id.to_string(), a)
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn compartments_in_any_order_kept_as_you_go() {
    let s = Scene::new().await;
    let check = s.start_check(&s.young).await;
    let basics = s.start_view(&s.young, &check, None).await;
    let coping = basics.replace("/basics", "/core_self");
    // The last compartment first: saving it goes on to sharing.
    let page = s.app.get(&coping, &s.young.cookie).await;
    assert!(
        page.body.contains("name=\"status.core_self.hope\""),
        "{}",
        page.body
    );
    let r = s
        .answer(
            &s.young,
            &coping,
            &[("core_self.hope", "partly", "sometimes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location.ends_with("/share"), "{}", r.location);
    let r = s
        .answer(&s.young, &basics, &[("basics.housing", "in_place", "")])
        .await;
    assert!(
        r.location.ends_with("/compartments/belonging"),
        "{}",
        r.location
    );
    // Coming back later: what was saved is checked.
    let again = s.app.get(&coping, &s.young.cookie).await;
    assert!(
        again.body.contains("value=\"partly\" checked"),
        "{}",
        again.body
    );
    assert!(again.body.contains("value=\"sometimes\""));
    // Counts per compartment only: no total anywhere.
    let page = s.app.get(&check, &s.young.cookie).await;
    let text = plain(&page.body);
    assert!(text.contains("In place 1"), "{text}");
    assert!(!text.contains('%') && !text.to_lowercase().contains("score"));
}

#[tokio::test]
async fn bad_input_is_refused_clearly_and_nothing_typed_is_lost() {
    let s = Scene::new().await;
    let check = s.start_check(&s.young).await;
    let basics = s.start_view(&s.young, &check, None).await;
    let (version, _) = s.open_form(&s.young, &basics).await;
    let cases: [(Sent<'_>, &str); 6] = [
        (
            &[("basics.nowhere", "in_place", "")],
            "There is no move called",
        ),
        (
            &[("basics.housing", "maybe", "kept words")],
            "please choose one of: In place, Partly, Not yet, Not for now",
        ),
        (
            &[("basics.housing", "", "a note but no answer")],
            "Please also choose an answer",
        ),
        (
            &[("basics.housing", "partly", &"long ".repeat(120))],
            "is too long",
        ),
        (
            &[("basics.housing", "partly", "odd\u{202E}txt")],
            "hidden character",
        ),
        (&[("coping.brave", "partly", "")], "There is no move called"),
    ];
    for (answers, message) in cases {
        let r = s.send_answers(&s.young, &basics, &version, answers).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{message}: {}",
            r.body
        );
        assert!(plain(&r.body).contains(message), "{message}: {}", r.body);
        assert!(r.body.contains("class=\"error-summary\""));
    }
    let r = s
        .send_answers(
            &s.young,
            &basics,
            &version,
            &[
                ("basics.housing", "maybe", "kept words"),
                ("basics.money", "not_yet", "money words"),
            ],
        )
        .await;
    assert!(r.body.contains("value=\"kept words\""), "{}", r.body);
    assert!(r.body.contains("value=\"money words\""));
    assert!(r.body.contains("value=\"not_yet\" checked"));
    // Nothing was saved by any of them.
    assert!(answers_of(&s, &check).await[0].1.is_empty());
    // Odd but fine Unicode is kept as typed.
    let r = s
        .send_answers(
            &s.young,
            &basics,
            &version,
            &[("basics.housing", "partly", "Zoë 🏠 ça va")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        answers_of(&s, &check).await[0].1[0].2.as_deref(),
        Some("Zoë 🏠 ça va")
    );
    // An unknown compartment is not a page.
    let r = s
        .app
        .get(&basics.replace("/basics", "/nowhere"), &s.young.cookie)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Sharing with an audience not offered.
    let share = basics.replace("/compartments/basics", "/share");
    for bad in ["restricted", "everyone", ""] {
        let page = s.app.get(&share, &s.young.cookie).await;
        let v = checks_support::hidden(&page, "version");
        let r = s
            .app
            .post(
                &share,
                &s.young.cookie,
                support::form(&[("_csrf", &s.young.csrf), ("version", &v), ("audience", bad)]),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(r.body.contains("Please choose who can see this view."));
    }
    // A start form without a key we made.
    let r = s
        .app
        .post(
            &s.checks(),
            &s.young.cookie,
            support::form(&[("_csrf", &s.young.csrf), ("key", "not-a-key")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_form_sent_twice_saves_once() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    let basics = s.start_view(&s.worker, &check, None).await;
    let (version, _) = s.open_form(&s.worker, &basics).await;
    let answers = [("basics.housing", "not_yet", "waiting list")];
    let first = s.send_answers(&s.worker, &basics, &version, &answers).await;
    let second = s.send_answers(&s.worker, &basics, &version, &answers).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    assert_eq!(first.location, second.location);
    let mut q = moves_store::AuditQuery::new(moves_core::audit::AuditScope::Organisation(s.org));
    q.action = Some(moves_core::audit::AuditAction::CheckChanged);
    let saves = s
        .app
        .store
        .list_audit(&q)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| {
            e.detail
                .as_deref()
                .is_some_and(|d| d.starts_with("answers:"))
        })
        .count();
    assert_eq!(saves, 1);
    // Starting a check twice with one form starts one.
    let list = s.app.get(&s.checks(), &s.worker.cookie).await;
    let key = checks_support::hidden(&list, "key");
    let mut started = Vec::new();
    for _ in 0..2 {
        let r = s
            .app
            .post(
                &s.checks(),
                &s.worker.cookie,
                support::form(&[("_csrf", &s.worker.csrf), ("key", &key)]),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        started.push(r.location);
    }
    assert_eq!(
        started[0], started[1],
        "both sendings lead to the one check"
    );
    assert_eq!(
        s.app
            .store
            .checks_of_circle(s.org, s.circle)
            .await
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn two_people_saving_at_once_both_versions_shown_nothing_overwritten() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    // Sam types Zoë's view with her; she opens it on her phone too.
    let basics = s.start_view(&s.worker, &check, Some(&s.young)).await;
    let (v_sam, _) = s.open_form(&s.worker, &basics).await;
    let (v_zoe, _) = s.open_form(&s.young, &basics).await;
    assert_eq!(v_sam, v_zoe);
    let r = s
        .send_answers(
            &s.worker,
            &basics,
            &v_sam,
            &[("basics.housing", "in_place", "Sam typed this")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = s
        .send_answers(
            &s.young,
            &basics,
            &v_zoe,
            &[("basics.housing", "not_yet", "my own words")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let text = plain(&r.body);
    assert!(
        text.contains("Someone else saved this at the same time"),
        "{text}"
    );
    assert!(text.contains("Sam typed this"), "theirs shown");
    assert!(r.body.contains("value=\"my own words\""), "yours kept");
    assert!(r.body.contains("value=\"not_yet\" checked"));
    // Nothing was overwritten.
    let saved = answers_of(&s, &check).await;
    assert_eq!(
        saved[0].1,
        [(
            "basics.housing".to_owned(),
            AnswerStatus::InPlace,
            Some("Sam typed this".to_owned())
        )]
    );
    // Sending hers again from the conflict page saves it.
    let v_now = checks_support::hidden(&r, "version");
    let again = s
        .send_answers(
            &s.young,
            &basics,
            &v_now,
            &[("basics.housing", "not_yet", "my own words")],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(
        answers_of(&s, &check).await[0].1[0].2.as_deref(),
        Some("my own words")
    );
}

#[tokio::test]
async fn comparing_and_agreeing_leaves_every_view_as_it_was() {
    let s = Scene::new().await;
    let check = s.start_check(&s.worker).await;
    for (who, housing, money) in [
        (&s.young, "not_yet", "partly"),
        (&s.worker, "in_place", "partly"),
    ] {
        let basics = s.start_view(who, &check, None).await;
        let r = s
            .answer(
                who,
                &basics,
                &[("basics.housing", housing, ""), ("basics.money", money, "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            s.share(who, &basics, "whole_circle").await.status,
            StatusCode::SEE_OTHER
        );
    }
    let compare = s
        .app
        .get(&format!("{check}/compare"), &s.parent.cookie)
        .await;
    let text = plain(&compare.body);
    assert!(
        text.contains("≠ Different") && text.contains("✓ Same"),
        "{text}"
    );
    assert!(text.contains("○ Not yet") && text.contains("● In place"));
    let differ = s
        .app
        .get(&format!("{check}/compare?differ=yes"), &s.parent.cookie)
        .await;
    let text = plain(&differ.body);
    assert!(
        text.contains("Good enough housing") || text.contains("housing"),
        "{text}"
    );
    assert!(!text.contains("✓ Same"), "{text}");
    assert!(
        differ
            .body
            .contains("id=\"differ-yes\" name=\"differ\" value=\"yes\" checked")
    );

    let before = answers_of(&s, &check).await;
    let agreed = format!("{check}/agreed/basics");
    let form = s.app.get(&agreed, &s.parent.cookie).await;
    assert!(
        plain(&form.body).contains("By Zoë: ○ Not yet"),
        "{}",
        form.body
    );
    let r = s
        .answer(
            &s.parent,
            &agreed,
            &[("basics.housing", "partly", "we agreed partly")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(answers_of(&s, &check).await, before, "no view changed");
    let id: CheckId = check.rsplit('/').next().unwrap().parse().unwrap();
    let c = s.app.store.check(s.org, id).await.unwrap().unwrap();
    assert_eq!(c.agreed.len(), 1);
    assert_eq!(c.agreed[0].note.as_deref(), Some("we agreed partly"));
    // A stale agreed form: conflict, both shown.
    let r = s
        .send_answers(
            &s.worker,
            &agreed,
            "0",
            &[("basics.housing", "in_place", "Sam thinks")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(plain(&r.body).contains("we agreed partly"));
    assert!(r.body.contains("value=\"Sam thinks\""));
    // A team manager reads the comparison but does not record agreement.
    assert_eq!(
        s.app
            .get(&format!("{check}/compare"), &s.manager.cookie)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        s.app.get(&agreed, &s.manager.cookie).await.status,
        StatusCode::FORBIDDEN
    );
}

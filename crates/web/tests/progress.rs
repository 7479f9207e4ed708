//! The progress page shows only what the viewer may see: whose views are
//! offered (never a draft, never a view shared with practitioners to anyone
//! else), the plans on the timeline, and check ids in the address only of
//! this circle and this view. Bad values in the address are named plainly.
//! A review may name the circle's check done for it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod checks_support;
mod support;

use axum::http::StatusCode;
use checks_support::{Person, Scene, hidden, plain};
use moves_core::audit::{AuditAction, AuditQuery, AuditScope};
use moves_core::check::{Answer, AnswerStatus, Check, Perspective};
use moves_core::circle::{Audience, Byline, CircleMember};
use moves_core::framework::{FrameworkId, FrameworkVersion, MoveId};
use moves_core::ids::{CheckId, CircleId, OrgId, PerspectiveId};
use moves_core::plan::Plan;
use support::{App, T0, form};

const DAY_SECS: i64 = 24 * 60 * 60;

fn audit(org: OrgId) -> moves_core::audit::AuditEntry {
    moves_core::audit::AuditEntry::new(
        AuditScope::Organisation(org),
        T0,
        None,
        AuditAction::CheckChanged,
    )
}

/// A check of `circle` started `days_ago`, by its first practitioner.
async fn check(app: &App, org: OrgId, circle: CircleId, days_ago: i64) -> Check {
    let members = app.store.circle_members(org, circle).await.unwrap();
    let worker = members.iter().find(|m| m.role.is_practitioner()).unwrap();
    let c = Check {
        org_id: org,
        id: CheckId::new(),
        circle_id: circle,
        framework: FrameworkVersion {
            edition: FrameworkId::parse("resilience-framework-cyp").unwrap(),
            adaptation_version: 0,
        },
        started_by: worker.id,
        started_at: T0.plus_seconds(-days_ago * DAY_SECS),
        version: 0,
        agreed: Vec::new(),
        agreed_at: None,
    };
    app.store.create_check(&c, &audit(org)).await.unwrap();
    c
}

async fn member(app: &App, org: OrgId, circle: CircleId, who: &Person) -> CircleMember {
    let members = app.store.circle_members(org, circle).await.unwrap();
    members
        .into_iter()
        .find(|m| Some(m.id) == who.member)
        .unwrap()
}

/// `who`'s view in `check`, shared with `audience`, with `answers`.
async fn view(
    s: &Scene,
    check: &Check,
    who: &Person,
    audience: Audience,
    answers: &[(&str, AnswerStatus)],
) {
    let m = member(&s.app, s.org, s.circle, who).await;
    let mut p = Perspective::start(
        PerspectiveId::new(),
        check,
        Byline::own(m.id),
        check.started_at,
    );
    p.audience = audience;
    p.shared_at = (audience != Audience::OnlyMe).then_some(check.started_at);
    p.answers = answers
        .iter()
        .map(|(id, status)| Answer {
            move_id: MoveId::parse(id).unwrap(),
            status: *status,
            note: None,
        })
        .collect();
    s.app
        .store
        .create_perspective(&p, &audit(s.org))
        .await
        .unwrap();
}

fn progress(s: &Scene) -> String {
    format!("/circles/{}/progress", s.circle)
}

/// The values of the "whose view" choices on the page.
fn whose_options(body: &str) -> Vec<String> {
    let Some(select) = body.split("name=\"whose\"").nth(1) else {
        return Vec::new();
    };
    let select = select.split("</select>").next().unwrap();
    select
        .split("<option value=\"")
        .skip(1)
        .map(|o| o.split('"').next().unwrap().to_owned())
        .collect()
}

/// Two checks: the young person's and Gran's views shared with everyone,
/// Sam's with practitioners, Pat's a draft; the newer check agreed.
async fn history(s: &Scene) -> (Check, Check) {
    use AnswerStatus::*;
    let older = check(&s.app, s.org, s.circle, 60).await;
    let newer = check(&s.app, s.org, s.circle, 5).await;
    for (c, round) in [(&older, 0), (&newer, 1)] {
        let young = if round == 0 {
            vec![
                ("basics.housing", NotYet),
                ("basics.money", InPlace),
                ("coping.brave", Partly),
            ]
        } else {
            vec![
                ("basics.housing", Partly),
                ("basics.money", NotYet),
                ("coping.brave", Partly),
                ("basics.safe", InPlace),
            ]
        };
        view(s, c, &s.young, Audience::WholeCircle, &young).await;
        view(
            s,
            c,
            &s.worker,
            Audience::Practitioners,
            &[("basics.housing", InPlace)],
        )
        .await;
        view(
            s,
            c,
            &s.parent,
            Audience::OnlyMe,
            &[("basics.housing", NotForNow)],
        )
        .await;
        view(
            s,
            c,
            &s.supporter,
            Audience::WholeCircle,
            &[("basics.housing", Partly)],
        )
        .await;
    }
    let save = moves_core::check::CompartmentSave {
        version: 0,
        compartment: "basics",
        answers: &[Answer {
            move_id: MoveId::parse("basics.housing").unwrap(),
            status: Partly,
            note: None,
        }],
        at: T0,
    };
    s.app
        .store
        .save_agreed_answers(s.org, newer.id, &save, &audit(s.org))
        .await
        .unwrap();
    (older, newer)
}

#[tokio::test]
async fn each_role_is_offered_only_the_views_it_may_see() {
    let s = Scene::new().await;
    history(&s).await;
    let id = |p: &Person| p.member.unwrap().to_string();
    let (young, sam, pat, gran) = (id(&s.young), id(&s.worker), id(&s.parent), id(&s.supporter));
    // Written out by hand: Sam's view reaches practitioners (and the team's
    // manager); Pat's draft reaches nobody, not even Pat here.
    let expected: [(&Person, Vec<&str>); 6] = [
        (&s.young, vec!["agreed", &young, &gran]),
        (&s.parent, vec!["agreed", &young, &gran]),
        (&s.worker, vec!["agreed", &young, &sam, &gran]),
        (&s.second, vec!["agreed", &young, &sam, &gran]),
        (&s.supporter, vec!["agreed", &young, &gran]),
        (&s.manager, vec!["agreed", &young, &sam, &gran]),
    ];
    for (who, options) in &expected {
        let page = s.app.get(&progress(&s), &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}: {}", who.name, page.body);
        let mut got = whose_options(&page.body);
        let mut want: Vec<String> = options.iter().map(|o| (*o).to_owned()).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "as {}", who.name);
        // Asking for a view they may not see is named, and not shown.
        for hidden_view in [&sam, &pat] {
            if options.contains(&hidden_view.as_str()) {
                continue;
            }
            let r = s
                .app
                .get(
                    &format!("{}?whose={hidden_view}", progress(&s)),
                    &who.cookie,
                )
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "as {}", who.name);
            let text = plain(&r.body);
            assert!(
                text.contains("That is not one of the views you can see"),
                "{text}"
            );
            assert!(
                !r.body
                    .contains(&format!("value=\"{hidden_view}\" selected")),
                "as {}",
                who.name
            );
        }
    }
    // The page's read is audited through the circle.
    let mut q = AuditQuery::new(AuditScope::Organisation(s.org));
    q.action = Some(AuditAction::RecordRead);
    let reads = s.app.store.list_audit(&q).await.unwrap();
    assert!(
        reads
            .iter()
            .any(|e| e.detail.as_deref() == Some("progress"))
    );
    // The nav leads here.
    let overview = s
        .app
        .get(&format!("/circles/{}", s.circle), &s.young.cookie)
        .await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"{}\"", progress(&s)))
    );
}

#[tokio::test]
async fn the_practitioners_view_is_in_no_part_of_the_young_person_s_page() {
    let s = Scene::new().await;
    use AnswerStatus::*;
    let older = check(&s.app, s.org, s.circle, 60).await;
    let newer = check(&s.app, s.org, s.circle, 5).await;
    // Only Sam answers "Being brave", and only practitioners see it.
    for c in [&older, &newer] {
        view(
            &s,
            c,
            &s.young,
            Audience::WholeCircle,
            &[("basics.housing", NotYet)],
        )
        .await;
        view(
            &s,
            c,
            &s.worker,
            Audience::Practitioners,
            &[("coping.brave", InPlace)],
        )
        .await;
    }
    let sam = s.worker.member.unwrap().to_string();
    let as_young = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(as_young.status, StatusCode::OK);
    let text = plain(&as_young.body);
    // Picture, table, comparison and counts are all the young person's view:
    // "Being brave" is never answered there.
    assert!(!text.contains("Being brave ● In place"), "{text}");
    assert!(!as_young.body.contains(&sam));
    let as_sam = s
        .app
        .get(&format!("{}?whose={sam}", progress(&s)), &s.worker.cookie)
        .await;
    assert_eq!(as_sam.status, StatusCode::OK);
    assert!(plain(&as_sam.body).contains("● In place"));
}

#[tokio::test]
async fn two_checks_compared_in_words_with_only_what_changed() {
    let s = Scene::new().await;
    let (older, newer) = history(&s).await;
    let young = s.young.member.unwrap();
    let base = format!(
        "{}?whose={young}&a={}&b={}",
        progress(&s),
        older.id,
        newer.id
    );
    let all = s.app.get(&base, &s.young.cookie).await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    let text = plain(&all.body);
    for words in [
        "↑ Towards going well",
        "↓ Away from going well",
        "= No change",
        "+ Answered for the first time",
    ] {
        assert!(text.contains(words), "{words} in {text}");
    }
    let changed = s
        .app
        .get(&format!("{base}&changed=yes"), &s.young.cookie)
        .await;
    let text = plain(&changed.body);
    assert!(text.contains("↑ Towards going well"));
    assert!(!text.contains("= No change"), "only what changed");
    assert!(
        changed
            .body
            .contains("id=\"changed-yes\" name=\"changed\" value=\"yes\" checked")
    );
    // Chosen the other way round: still earlier, then later.
    let swapped = s
        .app
        .get(
            &format!(
                "{}?whose={young}&a={}&b={}",
                progress(&s),
                newer.id,
                older.id
            ),
            &s.young.cookie,
        )
        .await;
    assert!(plain(&swapped.body).contains("↑ Towards going well"));
    // Counts per compartment, check by check, as a table.
    assert!(all.body.contains("<caption id=\"counts-basics\""));
    assert!(
        all.body.contains("aria-hidden=\"true\""),
        "the chart is hidden: the tables say it all"
    );
}

#[tokio::test]
async fn check_ids_of_elsewhere_and_garbage_in_the_address_are_named_plainly() {
    let s = Scene::new().await;
    let (older, newer) = history(&s).await;
    let young = s.young.member.unwrap();
    // Another organisation on the same installation, with its own check.
    let t = checks_support::cast(&s.app, "Elsewhere").await;
    let theirs = check(&s.app, t.org, t.circle, 3).await;
    // A check of another circle of the same organisation.
    let ours_elsewhere = {
        use moves_core::circle::{Circle, CircleRole, NewCircle};
        let ours = s.app.store.circle(s.org, s.circle).await.unwrap().unwrap();
        let other = Circle::new(
            CircleId::new(),
            s.org,
            &NewCircle {
                focus_name: "Ben",
                ..NewCircle::default()
            },
            ours.created_by,
            T0,
        )
        .unwrap();
        let sam = CircleMember::new(
            s.org,
            other.id,
            None,
            "Sam",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap();
        s.app
            .store
            .create_circle(&other, &[sam], &audit(s.org))
            .await
            .unwrap();
        check(&s.app, s.org, other.id, 3).await
    };
    let cases = [
        (
            format!("a={}&b={}", theirs.id, newer.id),
            "is not one of this circle",
        ),
        (
            format!("a={}&b={}", older.id, ours_elsewhere.id),
            "is not one of this circle",
        ),
        (
            format!("whose={young}&a={}", CheckId::new()),
            "is not one of this circle",
        ),
        (
            format!("whose={young}&a=garbage&b=%00%FF"),
            "That is not a check",
        ),
        (
            format!("whose={young}&a={}&b={}", older.id, older.id),
            "Choose two different checks",
        ),
        (
            "whose=nonsense".to_owned(),
            "not one of the views you can see",
        ),
        (
            format!("whose={}", moves_core::ids::CircleMemberId::new()),
            "not one of the views you can see",
        ),
    ];
    for (query, message) in cases {
        let r = s
            .app
            .get(&format!("{}?{query}", progress(&s)), &s.young.cookie)
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.body);
        let text = plain(&r.body);
        assert!(text.contains(message), "{query}: {text}");
        assert!(!r.body.contains(&theirs.id.to_string()), "{query}");
        // The rest of the page still shows what it would without it.
        assert!(text.contains("What happened, newest first"), "{query}");
    }
    // Harmless oddities are not errors.
    for query in ["changed=maybe", "x=1", "a=&b=", "whose="] {
        let r = s
            .app
            .get(&format!("{}?{query}", progress(&s)), &s.young.cookie)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{query}");
    }
    let r = s
        .app
        .get(
            &format!("{}?a=1&a=2&whose=a&whose=b", progress(&s)),
            &s.young.cookie,
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "repeats read as the first"
    );
    // Their circle's progress is not ours to open, nor ours theirs.
    let r = s
        .app
        .get(&format!("/circles/{}/progress", t.circle), &s.worker.cookie)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s.app.get(&progress(&s), &t.worker.cookie).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s.app.get(&progress(&s), &s.admin_cookie).await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "an administrator not in the circle"
    );
}

#[tokio::test]
async fn a_circle_with_nothing_shared_says_so() {
    let s = Scene::new().await;
    let r = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(r.status, StatusCode::OK);
    let text = plain(&r.body);
    assert!(
        text.contains("Nobody has shared a check with you yet"),
        "{text}"
    );
    assert!(text.contains("Nothing yet"), "{text}");
}

async fn demo_plan(s: &Scene, audience: Audience) -> Plan {
    let circle = s.app.store.circle(s.org, s.circle).await.unwrap().unwrap();
    let members = s.app.store.circle_members(s.org, s.circle).await.unwrap();
    let mut plan = moves_core::plan::demo::demo_plan(&circle, &members, T0).unwrap();
    plan.audience = audience;
    let audit = moves_core::audit::AuditEntry::new(
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

/// The framework picture and the counts chart are drawn one picture per
/// compartment, each narrow enough that on a 360 px phone (328 px of page)
/// its 13-unit words show at 17 px or more, the body text's size there. One
/// picture of all five compartments was 1200 units wide: 3.5 px words.
#[tokio::test]
async fn each_compartment_is_a_picture_narrow_enough_to_read_on_a_phone() {
    let s = Scene::new().await;
    history(&s).await;
    let page = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    let widths: Vec<u32> = page
        .body
        .split("<svg ")
        .skip(1)
        .map(|svg| svg.split('>').next().unwrap())
        .filter(|tag| tag.contains("class=\"progress-svg\""))
        .map(|tag| {
            let view = tag.split("viewBox=\"0 0 ").nth(1).unwrap();
            view.split(' ').next().unwrap().parse().unwrap()
        })
        .collect();
    // Five compartments, in the picture and in the chart.
    assert_eq!(widths.len(), 10, "{widths:?}");
    for w in widths {
        assert!(w * 17 <= 328 * 13, "a picture {w} units wide");
    }
}

//! The home page's reviews and actions due, and checks shared: each person of
//! a circle (and the manager of its team, who is not in it) is told exactly
//! what is due for them and whose check reached them, from plans and checks
//! they may see, each line linking to the page it is about. Written out by
//! hand.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod plans_common;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::{Check, Perspective};
use moves_core::circle::{Audience, Byline, CircleMember};
use moves_core::framework::adaptation::FrameworkVersion;
use moves_core::framework::{FrameworkId, MoveId};
use moves_core::ids::{ActionId, CheckId, PerspectiveId, PlanId};
use moves_core::plan::{Action, Day, Plan, PlanBody, Who};
use moves_store::AuditEntry;
use moves_store::VersionedWrite;
use plans_common::{Person, Setting, setting};
use support::{App, T0};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn words(day: Day) -> String {
    let (year, month, d) = day.parts();
    format!("{d} {} {year}", MONTHS[usize::from(month) - 1])
}

fn member(p: &Person) -> &CircleMember {
    p.member.as_ref().unwrap()
}

fn audit(s: &Setting, action: AuditAction) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(s.org.id),
        T0,
        member(&s.worker).user_id,
        action,
    )
}

fn version() -> FrameworkVersion {
    FrameworkVersion {
        edition: FrameworkId::parse("resilience-framework-cyp").unwrap(),
        adaptation_version: 0,
    }
}

fn action(what: &str, who: &Person, by: Day, added_by: &Person) -> Action {
    Action {
        id: ActionId::new(),
        move_id: MoveId::parse("coping.brave").unwrap(),
        what: what.into(),
        who: Who::Member(member(who).id),
        by_when: by,
        category: None,
        category_origin: moves_core::plan::CategoryOrigin::Chosen,
        stuck: None,
        added_by: member(added_by).id,
        added_at: T0,
        updates: Vec::new(),
    }
}

async fn plan(
    app: &App,
    s: &Setting,
    audience: Audience,
    review: Day,
    actions: Vec<Action>,
) -> PlanId {
    let plan = Plan {
        id: PlanId::new(),
        org_id: s.org.id,
        circle_id: s.circle.id,
        framework: version(),
        audience,
        byline: Byline::own(member(&s.worker).id),
        body: PlanBody {
            actions,
            ..PlanBody::default()
        },
        review_due: review,
        closed: false,
        created_at: T0,
        updated_at: T0,
        updated_by: None,
        version: 1,
    };
    app.store
        .create_plan(&plan, &audit(s, AuditAction::PlanChanged))
        .await
        .unwrap();
    plan.id
}

/// `who`'s view in `check`, shared with `audience` now.
async fn shared_view(app: &App, s: &Setting, check: &Check, who: &Person, audience: Audience) {
    let p = Perspective::start(PerspectiveId::new(), check, Byline::own(member(who).id), T0);
    app.store
        .create_perspective(&p, &audit(s, AuditAction::CheckChanged))
        .await
        .unwrap();
    let shared = app
        .store
        .share_perspective(
            s.org.id,
            p.id,
            0,
            audience,
            moves_core::Clock::now(app.clock.as_ref()),
            &audit(s, AuditAction::CheckChanged),
        )
        .await
        .unwrap();
    assert_eq!(shared, VersionedWrite::Done);
}

/// The lines of the home page's section, in order, each with its link.
async fn lines(app: &App, who: &Person) -> Vec<(String, String)> {
    let page = app.get("/", &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = page.html();
    let link = scraper::Selector::parse(".whats-new li a").unwrap();
    html.select(&link)
        .map(|a| {
            let text: String = a.text().collect();
            (
                text.replace(['\u{2068}', '\u{2069}'], ""),
                a.value().attr("href").unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn reviews_actions_and_checks_reach_whom_they_concern() {
    let app = App::empty().await;
    let s = setting(&app, "Due").await;
    let today = Day::of(moves_core::Clock::now(app.clock.as_ref()));
    let soon = today.plus_days(3);
    let overdue = today.plus_days(-2);
    let circle = format!("/circles/{}", s.circle.id);
    let for_all = plan(
        &app,
        &s,
        Audience::WholeCircle,
        soon,
        vec![
            action("Ring the school", &s.parent, today.plus_days(1), &s.worker),
            // A month away: not yet.
            action("Try the club", &s.young, today.plus_days(30), &s.worker),
        ],
    )
    .await;
    // Kept among practitioners: its review and its action for Mum are
    // nobody else's business, except the manager of the circle's team.
    let for_workers = plan(
        &app,
        &s,
        Audience::Practitioners,
        overdue,
        vec![action("Write to housing", &s.parent, today, &s.worker)],
    )
    .await;
    let check = Check::start(CheckId::new(), &s.circle, member(&s.worker), version(), T0).unwrap();
    app.store
        .create_check(&check, &audit(&s, AuditAction::CheckChanged))
        .await
        .unwrap();
    // Shared a minute apart: told newest first.
    for (who, audience) in [
        (&s.young, Audience::WholeCircle),
        (&s.parent, Audience::Practitioners),
        (&s.worker, Audience::WholeCircle),
    ] {
        app.clock.advance_seconds(60);
        shared_view(&app, &s, &check, who, audience).await;
    }

    let plan_link = |id: PlanId| format!("{circle}/plans/{id}");
    let check_link = format!("{circle}/checks/{}", check.id);
    let line = |text: String, href: String| (text, href);
    assert_eq!(
        lines(&app, &s.worker).await,
        [
            line(
                format!("Zoë's plan was due for review on {}", words(overdue)),
                plan_link(for_workers)
            ),
            line(
                format!("Review Zoë's plan by {}", words(soon)),
                plan_link(for_all)
            ),
            line(
                "Mum shared their check with you in Zoë's circle".into(),
                check_link.clone()
            ),
            line(
                "Zoë shared their check with you in Zoë's circle".into(),
                check_link.clone()
            ),
        ]
    );
    assert_eq!(
        lines(&app, &s.parent).await,
        [
            line(
                format!("Your next review in Zoë's circle is on {}", words(soon)),
                plan_link(for_all)
            ),
            line(
                format!(
                    "Due by {} in Zoë's circle: Ring the school",
                    words(today.plus_days(1))
                ),
                plan_link(for_all)
            ),
            line(
                "Sam shared their check with you in Zoë's circle".into(),
                check_link.clone()
            ),
        ]
    );
    assert_eq!(
        lines(&app, &s.young).await,
        [
            line(
                format!("Your next review in Zoë's circle is on {}", words(soon)),
                plan_link(for_all)
            ),
            line(
                "Sam shared their check with you in Zoë's circle".into(),
                check_link
            ),
        ]
    );
    assert_eq!(
        lines(&app, &s.manager).await,
        [line(
            "A review is overdue in Zoë's circle".into(),
            format!("{circle}/plans")
        )]
    );
    assert_eq!(lines(&app, &s.outsider).await, []);
    assert_eq!(lines(&app, &s.admin).await, []);
}

#[tokio::test]
async fn nothing_is_due_from_a_closed_plan_or_a_done_action() {
    let app = App::empty().await;
    let s = setting(&app, "Done").await;
    let today = Day::of(moves_core::Clock::now(app.clock.as_ref()));
    let mut done = action("Ring the school", &s.parent, today, &s.worker);
    done.updates.push(moves_core::plan::ActionUpdate {
        id: moves_core::ids::PlanEntryId::new(),
        state: moves_core::plan::ActionState::Done,
        comment: "Rang them".into(),
        by: member(&s.parent).id,
        at: T0,
    });
    let id = plan(
        &app,
        &s,
        Audience::WholeCircle,
        today.plus_days(60),
        vec![done],
    )
    .await;
    // Far off and all done: only the family's next review.
    assert_eq!(lines(&app, &s.worker).await, []);
    assert_eq!(lines(&app, &s.parent).await.len(), 1);
    let mut closed = app
        .store
        .plan(s.org.id, s.circle.id, id)
        .await
        .unwrap()
        .unwrap();
    closed.closed = true;
    assert_eq!(
        app.store
            .save_plan(&closed, 1, &audit(&s, AuditAction::PlanChanged))
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(lines(&app, &s.parent).await, []);
}

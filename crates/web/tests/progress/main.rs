//! The progress page shows only what the viewer may see: whose views are
//! offered (never a draft, never a view shared with practitioners to anyone
//! else), the plans on the timeline, and check ids in the address only of
//! this circle and this view. Bad values in the address are named plainly.
//! A review may name the circle's check done for it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../checks_support/mod.rs"]
mod checks_support;
#[path = "../support/mod.rs"]
mod support;

mod address;
mod comparing;
mod glance;
mod phone;
mod reviews;
mod whose_views;

use checks_support::{Person, Scene};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::{Answer, AnswerStatus, Check, Perspective};
use moves_core::circle::{Audience, Byline, CircleMember};
use moves_core::framework::{FrameworkId, FrameworkVersion, MoveId};
use moves_core::ids::{CheckId, CircleId, OrgId, PerspectiveId};
use support::{App, T0};

const DAY_SECS: i64 = 24 * 60 * 60;

fn audit(org: OrgId) -> moves_store::AuditEntry {
    moves_store::AuditEntry::new(
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
        .save_agreed_answers(s.org, newer.id, &save, newer.started_by, &audit(s.org))
        .await
        .unwrap();
    (older, newer)
}

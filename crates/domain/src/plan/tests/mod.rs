//! The rules of plans, against the shipped framework: one file per rule
//! group, sharing the circle and plan made here.

mod actions;
mod changed_by;
mod goals;
mod new_plan;
mod reviews;
mod who_sees;

use super::*;
use crate::circle::{Audience, Byline, CircleMember, CircleRole};
use crate::clock::Timestamp;
use crate::framework::adaptation::{Adaptation, resolve_adapted};
use crate::framework::{AdaptedFramework, FrameworkId, parse_framework};
use crate::ids::{CircleId, OrgId, PlanId, UserId};

// 2025-11-24 16:00 UTC.
const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);
const CYP: &str = include_str!("../../../../../frameworks/resilience-framework-cyp.toml");

fn framework() -> AdaptedFramework {
    let base = parse_framework("cyp.toml", CYP).unwrap();
    let mut adaptation = Adaptation::initial(FrameworkId::parse(base.id.as_str()).unwrap());
    adaptation
        .hidden
        .insert(crate::framework::MoveId::parse("coping.laugh").unwrap());
    resolve_adapted(&base, None, &adaptation)
}

struct Circle {
    org: OrgId,
    id: CircleId,
    young: CircleMember,
    parent: CircleMember,
    worker: CircleMember,
    guest: CircleMember,
    nan: CircleMember,
}

impl Circle {
    fn new() -> Self {
        let (org, id) = (OrgId::new(), CircleId::new());
        let m = |name: &str, role| {
            CircleMember::new(org, id, Some(UserId::new()), name, "", role, NOW).unwrap()
        };
        Circle {
            org,
            id,
            young: m("Zoë", CircleRole::FocusPerson),
            parent: m("Mum", CircleRole::ParentCarer),
            worker: m("Sam", CircleRole::Practitioner),
            guest: m("Dr Ali", CircleRole::GuestPractitioner),
            nan: m("Nan", CircleRole::Supporter),
        }
    }
    fn members(&self) -> Vec<CircleMember> {
        vec![
            self.young.clone(),
            self.parent.clone(),
            self.worker.clone(),
            self.guest.clone(),
            self.nan.clone(),
        ]
    }
}

fn input<'a>() -> NewPlan<'a> {
    NewPlan {
        focus: vec!["basics.housing", "coping.brave"],
        truths: vec![
            ("accepting", "Things are hard at home right now."),
            ("conserving", ""),
            ("commitment", "Zoë: once a week."),
            ("enlisting", "Her form tutor."),
        ],
        review_due: "2026-01-15",
        audience: "whole_circle",
        ..NewPlan::default()
    }
}

fn plan_by(c: &Circle, author: &CircleMember, audience: &str) -> Plan {
    Plan::new(
        PlanId::new(),
        c.org,
        c.id,
        &framework(),
        Byline::own(author.id),
        &Audience::choices(author.role, false),
        &NewPlan {
            audience,
            ..input()
        },
        NOW,
    )
    .unwrap()
}

fn fields(problems: &Problems) -> Vec<(&str, &Problem)> {
    problems
        .iter()
        .map(|p| (p.field.as_str(), &p.problem))
        .collect()
}

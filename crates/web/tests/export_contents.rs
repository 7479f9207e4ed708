//! What the subject access export holds beyond the journal: checks (the
//! perspectives each person may see, and the version agreed together), plans,
//! who decides about sharing and the sharing agreements, in the JSON file and
//! the printable page alike. Every member writes a perspective and a plan with
//! each audience; the readers of each are written out by hand below, not
//! computed with the rule under test. Team managers may export a circle of
//! their team (docs/permissions.md: whoever opens the circle), and get only
//! what they may see: never a draft.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::{Answer, AnswerStatus, Check, CompartmentSave, Perspective};
use moves_core::circle::agreement::SharingAgreement;
use moves_core::circle::{Audience, Byline};
use moves_core::framework::adaptation::FrameworkVersion;
use moves_core::framework::{FrameworkId, MoveId};
use moves_core::ids::{AgreementId, CheckId, PerspectiveId, PlanId};
use moves_core::plan::{Day, Plan, PlanBody, TruthNote};
use moves_store::AuditEntry;
use moves_web::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use notes_support::{Person, World, text, world};
use std::collections::BTreeSet;
use support::T0;

const P: &str = "practitioner";
const Y: &str = "young person";
const M: &str = "parent";
const S: &str = "supporter";
const TM: &str = "team manager";

/// Each contribution (a perspective and a plan each), by author and
/// audience, and exactly who reads it. "P+Y" was typed by the practitioner
/// with the young person: both see the draft.
const EXPECTED: &[(&str, &[&str])] = &[
    ("P/only_me", &[P]),
    ("P/practitioners", &[P, TM]),
    ("P/whole_circle", &[P, Y, M, S, TM]),
    ("P+Y/only_me", &[P, Y]),
    ("Y/only_me", &[Y]),
    ("Y/whole_circle", &[P, Y, M, S, TM]),
    ("M/only_me", &[M]),
    ("M/practitioners", &[M, P, TM]),
    ("S/only_me", &[S]),
];

fn audit(w: &World) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        T0,
        None,
        AuditAction::CheckChanged,
    )
}

fn byline(w: &World, tag: &str) -> Byline {
    let id = |p: &Person| p.member.unwrap();
    match tag.split('/').next().unwrap() {
        "P" => Byline::own(id(&w.practitioner)),
        "P+Y" => Byline {
            author: id(&w.young),
            entered_by: Some(id(&w.practitioner)),
        },
        "Y" => Byline::own(id(&w.young)),
        "M" => Byline::own(id(&w.parent)),
        "S" => Byline::own(id(&w.supporter)),
        other => panic!("{other}"),
    }
}

fn audience(tag: &str) -> Audience {
    Audience::parse(tag.split('/').nth(1).unwrap()).unwrap()
}

/// One check per perspective (a person has one view in a check), each with
/// an agreed answer everyone who opens the circle sees; one plan per tag; one
/// agreement recorded by the practitioner with the young person.
async fn everyone_contributes(w: &World) {
    let framework = FrameworkVersion {
        edition: FrameworkId::parse(PUBLIC_FRAMEWORK).unwrap(),
        adaptation_version: 0,
    };
    let housing = MoveId::parse("basics.housing").unwrap();
    for (tag, _) in EXPECTED {
        let check = Check {
            org_id: w.org.id,
            id: CheckId::new(),
            circle_id: w.circle,
            framework: framework.clone(),
            started_by: w.practitioner.member.unwrap(),
            started_at: T0,
            version: 1,
            agreed: vec![Answer {
                move_id: housing.clone(),
                status: AnswerStatus::Partly,
                note: Some("[agreed]".to_owned()),
            }],
            agreed_at: Some(T0),
        };
        w.app.store.create_check(&check, &audit(w)).await.unwrap();
        // Agreed answers are saved apart from the check, like the page does.
        let save = CompartmentSave {
            version: check.version,
            compartment: "basics",
            answers: &check.agreed,
            at: T0,
        };
        let saved = w
            .app
            .store
            .save_agreed_answers(w.org.id, check.id, &save, check.started_by, &audit(w))
            .await
            .unwrap();
        assert_eq!(saved, moves_store::VersionedWrite::Done);
        let mut view = Perspective::start(PerspectiveId::new(), &check, byline(w, tag), T0);
        view.audience = audience(tag);
        view.answers = vec![Answer {
            move_id: housing.clone(),
            status: AnswerStatus::InPlace,
            note: Some(format!("[view {tag}]")),
        }];
        w.app
            .store
            .create_perspective(&view, &audit(w))
            .await
            .unwrap();
        let plan = Plan {
            id: PlanId::new(),
            org_id: w.org.id,
            circle_id: w.circle,
            framework: framework.clone(),
            audience: audience(tag),
            byline: byline(w, tag),
            body: PlanBody {
                focus: vec![housing.clone()],
                truths: vec![TruthNote {
                    truth: "accepting".to_owned(),
                    text: format!("[plan {tag}]"),
                }],
                ..PlanBody::default()
            },
            review_due: Day::of(T0),
            closed: false,
            created_at: T0,
            updated_at: T0,
            updated_by: None,
            version: 1,
        };
        w.app.store.create_plan(&plan, &audit(w)).await.unwrap();
    }
    let agreement = SharingAgreement {
        id: AgreementId::new(),
        org_id: w.org.id,
        circle_id: w.circle,
        decided_by: w.young.member.unwrap(),
        what: "[agreement] my plan".to_owned(),
        with_whom: "my school".to_owned(),
        recorded_by: w.practitioner.member.unwrap(),
        recorded_at: T0,
        ended: None,
    };
    assert!(
        w.app
            .store
            .record_agreement(&agreement, &audit(w))
            .await
            .unwrap()
    );
}

/// The tags of the table that appear in `shown` as `kind` ("view", "plan").
fn tags_in(shown: &str, kind: &str) -> BTreeSet<&'static str> {
    EXPECTED
        .iter()
        .map(|(tag, _)| *tag)
        .filter(|tag| shown.contains(&format!("[{kind} {tag}]")))
        .collect()
}

fn expected_for(reader: &str) -> BTreeSet<&'static str> {
    EXPECTED
        .iter()
        .filter(|(_, readers)| readers.contains(&reader))
        .map(|(tag, _)| *tag)
        .collect()
}

async fn exports(w: &World, who: &Person, reader: &str) {
    let c = w.circle;
    let expected = expected_for(reader);
    let json = w
        .app
        .get(&format!("/circles/{c}/export.json"), &who.cookie)
        .await;
    assert_eq!(json.status, StatusCode::OK, "{reader}: {}", json.body);
    let file: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let body = json.body.as_str();
    assert_eq!(
        tags_in(body, "view"),
        expected,
        "views in the file of the {reader}"
    );
    assert_eq!(
        tags_in(body, "plan"),
        expected,
        "plans in the file of the {reader}"
    );
    assert_eq!(file["checks"].as_array().unwrap().len(), EXPECTED.len());
    assert_eq!(body.matches("[agreed]").count(), EXPECTED.len(), "{reader}");
    assert_eq!(file["decides_about_sharing"], "Zoë", "{reader}");
    assert_eq!(file["sharing_agreements"][0]["with_whom"], "my school");
    assert_eq!(file["sharing_agreements"][0]["recorded_by"], "Sam Worker");
    assert_eq!(file["format_version"], 3);
    // Whose work the framework is travels with the file.
    let attribution = &catalogue()
        .unwrap()
        .framework(PUBLIC_FRAMEWORK)
        .unwrap()
        .attribution;
    assert_eq!(file["frameworks"][0]["id"], PUBLIC_FRAMEWORK, "{reader}");
    assert_eq!(
        file["frameworks"][0]["attribution"].as_str(),
        Some(attribution.as_str()),
        "{reader}"
    );

    let page = w
        .app
        .get(&format!("/circles/{c}/export"), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{reader}: {}", page.body);
    let shown = text(&page);
    assert_eq!(
        tags_in(&shown, "view"),
        expected,
        "views on the page of the {reader}"
    );
    assert_eq!(
        tags_in(&shown, "plan"),
        expected,
        "plans on the page of the {reader}"
    );
    assert!(shown.contains("Zoë decides what is shared"), "{reader}");
    assert!(shown.contains(attribution.as_str()), "{reader}: {shown}");
    assert!(
        page.body.contains("class=\"footer-credit\""),
        "the credit the print stylesheet keeps"
    );
    assert!(
        shown.contains("Zoë agreed that my school can be told about:"),
        "{reader}"
    );
    assert!(shown.contains("[agreement] my plan"), "{reader}");
    assert!(
        shown.contains("Recorded by Sam Worker with Zoë on"),
        "{reader}"
    );
    // Moves are named in the check's wording, with the answer in words.
    assert!(
        shown.contains("Good enough housing: Partly"),
        "{reader}: {shown}"
    );
}

#[tokio::test]
async fn every_reader_exports_exactly_the_checks_and_plans_they_may_see() {
    let w = world().await;
    everyone_contributes(&w).await;
    exports(&w, &w.practitioner, P).await;
    exports(&w, &w.young, Y).await;
    exports(&w, &w.parent, M).await;
    exports(&w, &w.supporter, S).await;
    exports(&w, &w.manager, TM).await;
    // Nobody outside the circle, nor of another organisation, gets anything.
    for who in [&w.outsider, &w.stranger] {
        for path in ["export", "export.json"] {
            let reply = w
                .app
                .get(&format!("/circles/{}/{path}", w.circle), &who.cookie)
                .await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", who.name);
            assert!(!reply.body.contains("[view"));
        }
    }
    // Another circle's export holds none of this one's.
    let second = w
        .app
        .get(
            &format!("/circles/{}/export.json", w.second),
            &w.practitioner.cookie,
        )
        .await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(!second.body.contains("[view") && !second.body.contains("[plan"));
    assert!(!second.body.contains("[agreement]"));
}

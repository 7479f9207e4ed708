use super::*;
use crate::check::{AnswerStatus, Perspective};
use crate::circle::access::CircleAccess;
use crate::circle::audience::Audience;
use crate::circle::birth::AgeBand;
use crate::circle::member::CircleRole;
use crate::circle::note::NoteInput;
use crate::circle::space::{Circle, NewCircle, SharingDecider};
use crate::circle::{Byline, CircleMember};
use crate::framework::adaptation::FrameworkVersion;
use crate::framework::{FrameworkId, MoveId};
use crate::ids::{AgreementId, CheckId, OrgId, PerspectiveId, PlanId, UserId};
use crate::plan::{Day, PlanBody};

const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

fn zoe(org: OrgId) -> Circle {
    Circle::new(
        CircleId::new(),
        org,
        &NewCircle {
            focus_name: "Zoë",
            birth: Some(Birth::Band(AgeBand::From11To15)),
            languages: "English",
            protected_identity: true,
            ..NewCircle::default()
        },
        UserId::new(),
        NOW,
    )
    .unwrap()
}

fn people(circle: &Circle, roles: &[CircleRole]) -> Vec<CircleMember> {
    roles
        .iter()
        .map(|r| {
            CircleMember::new(
                circle.org_id,
                circle.id,
                Some(UserId::new()),
                r.as_str(),
                "",
                *r,
                NOW,
            )
            .unwrap()
        })
        .collect()
}

fn opened(circle: &Circle, members: &[CircleMember], access: CircleAccess) -> OpenCircle {
    OpenCircle {
        circle: circle.clone(),
        members: members.to_vec(),
        access,
    }
}

#[test]
fn the_export_holds_what_the_requester_sees() {
    let circle = zoe(OrgId::new());
    let members = people(
        &circle,
        &[CircleRole::Practitioner, CircleRole::ParentCarer],
    );
    let open_as = |i: usize| opened(&circle, &members, CircleAccess::Member(members[i].clone()));
    let notes: Vec<Note> = [
        Audience::Restricted,
        Audience::WholeCircle,
        Audience::OnlyMe,
    ]
    .into_iter()
    .map(|audience| {
        Note::write(
            NoteId::new(),
            &open_as(0),
            None,
            &NoteInput {
                body: audience.as_str(),
                about: "2025-11-01",
                audience,
            },
            NOW,
        )
        .unwrap()
    })
    .collect();
    let with_notes = || ExportContents {
        notes: notes.clone(),
        ..ExportContents::default()
    };
    let parent = CircleExport::assemble(&open_as(1), with_notes(), NOW);
    assert_eq!(parent.requested_by.as_deref(), Some("parent_carer"));
    assert_eq!(parent.circle.age_band, None, "protected from the parent");
    assert_eq!(parent.circle.languages, None);
    assert_eq!(parent.notes.len(), 2);
    assert_eq!(
        parent.notes[0],
        ExportedNote::KeptByPractitioners {
            about: notes[0].about
        }
    );
    assert!(matches!(&parent.notes[1], ExportedNote::Note { body, .. } if body == "whole_circle"));
    let worker = CircleExport::assemble(&open_as(0), with_notes(), NOW);
    assert_eq!(worker.circle.age_band.as_deref(), Some("11-15"));
    assert_eq!(worker.notes.len(), 3);
    assert_eq!(worker.exported_at, "2025-11-24T16:00:00Z");
    assert_eq!(worker.format, EXPORT_FORMAT);
}

/// Checks, plans and agreements of one circle, each perspective and plan
/// written by the member at `author` with `audience`, tagged "author/audience".
fn contents(circle: &Circle, members: &[CircleMember], other: &Circle) -> ExportContents {
    let framework = FrameworkVersion {
        edition: FrameworkId::parse("mini").unwrap(),
        adaptation_version: 0,
    };
    let check = Check {
        org_id: circle.org_id,
        id: CheckId::new(),
        circle_id: circle.id,
        framework: framework.clone(),
        started_by: members[0].id,
        started_at: NOW,
        version: 1,
        agreed: vec![crate::check::Answer {
            move_id: MoveId::parse("basics.sleep").unwrap(),
            status: AnswerStatus::Partly,
            note: Some("agreed together".to_owned()),
        }],
        agreed_at: Some(NOW),
    };
    let elsewhere = Check {
        circle_id: other.id,
        id: CheckId::new(),
        ..check.clone()
    };
    let written = [
        (0, Audience::OnlyMe),
        (0, Audience::Practitioners),
        (1, Audience::OnlyMe),
        (1, Audience::WholeCircle),
        (2, Audience::OnlyMe),
        (2, Audience::Practitioners),
    ];
    let perspectives = written
        .iter()
        .map(|&(author, audience)| {
            let mut p = Perspective::start(
                PerspectiveId::new(),
                &check,
                Byline::own(members[author].id),
                NOW,
            );
            p.audience = audience;
            p.answers = vec![crate::check::Answer {
                move_id: MoveId::parse("basics.housing").unwrap(),
                status: AnswerStatus::InPlace,
                note: Some(format!("{author}/{}", audience.as_str())),
            }];
            p
        })
        .collect();
    let plans = written
        .iter()
        .map(|&(author, audience)| Plan {
            id: PlanId::new(),
            org_id: circle.org_id,
            circle_id: circle.id,
            framework: framework.clone(),
            audience,
            byline: Byline::own(members[author].id),
            body: PlanBody {
                focus: vec![MoveId::parse("basics.sleep").unwrap()],
                truths: vec![truth(&format!("{author}/{}", audience.as_str()))],
                ..PlanBody::default()
            },
            review_due: Day::of(NOW),
            closed: false,
            created_at: NOW,
            updated_at: NOW,
            updated_by: None,
            version: 1,
        })
        .collect();
    let agreement = SharingAgreement {
        id: AgreementId::new(),
        org_id: circle.org_id,
        circle_id: circle.id,
        decided_by: members[1].id,
        what: "My plan".to_owned(),
        with_whom: "My school".to_owned(),
        recorded_by: members[2].id,
        recorded_at: NOW,
        ended: Some((members[1].id, NOW)),
    };
    let foreign = SharingAgreement {
        id: AgreementId::new(),
        circle_id: other.id,
        what: "Not this circle".to_owned(),
        ..agreement.clone()
    };
    ExportContents {
        notes: Vec::new(),
        agreements: vec![agreement, foreign],
        checks: vec![check, elsewhere],
        perspectives,
        plans,
    }
}

fn truth(text: &str) -> crate::plan::TruthNote {
    crate::plan::TruthNote {
        truth: "accepting".to_owned(),
        text: text.to_owned(),
    }
}

fn tags(export: &CircleExport) -> (Vec<String>, Vec<String>) {
    let views = export
        .checks
        .iter()
        .flat_map(|c| &c.perspectives)
        .flat_map(|p| p.answers.iter().filter_map(|a| a.note.clone()))
        .collect();
    let plans = export
        .plans
        .iter()
        .flat_map(|p| p.noble_truths.iter().map(|t| t.text.clone()))
        .collect();
    (views, plans)
}

#[test]
fn checks_and_plans_reach_exactly_their_audience_and_agreements_everyone() {
    let org = OrgId::new();
    let mut circle = zoe(org);
    let other = zoe(org);
    // Young person, parent (who decides), practitioner.
    let members = people(
        &circle,
        &[
            CircleRole::FocusPerson,
            CircleRole::ParentCarer,
            CircleRole::Practitioner,
        ],
    );
    circle.decider = SharingDecider::Member(members[1].id);
    let all = contents(&circle, &members, &other);
    // Written out by hand: who sees which "author/audience".
    let expected: [(CircleAccess, &[&str]); 4] = [
        (
            CircleAccess::Member(members[0].clone()),
            &["0/only_me", "0/practitioners", "1/whole_circle"],
        ),
        (
            CircleAccess::Member(members[1].clone()),
            &["1/only_me", "1/whole_circle"],
        ),
        (
            CircleAccess::Member(members[2].clone()),
            &[
                "0/practitioners",
                "1/whole_circle",
                "2/only_me",
                "2/practitioners",
            ],
        ),
        (
            CircleAccess::TeamManager,
            &["0/practitioners", "1/whole_circle", "2/practitioners"],
        ),
    ];
    for (access, seen) in expected {
        let who = format!("{:?}", access.role());
        let export = CircleExport::assemble(&opened(&circle, &members, access), all.clone(), NOW);
        let (mut views, mut plans) = tags(&export);
        views.sort();
        plans.sort();
        assert_eq!(views, seen, "perspectives seen by {who}");
        assert_eq!(plans, seen, "plans seen by {who}");
        assert_eq!(export.checks.len(), 1, "only this circle's check");
        assert_eq!(export.checks[0].agreed[0].status, "partly");
        assert_eq!(export.checks[0].agreed[0].move_id, "basics.sleep");
        assert_eq!(
            export.decides_about_sharing.as_deref(),
            Some("parent_carer")
        );
        assert_eq!(export.sharing_agreements.len(), 1, "only this circle's");
        let a = &export.sharing_agreements[0];
        assert_eq!(
            (a.decided_by.as_str(), a.recorded_by.as_str()),
            ("parent_carer", "practitioner")
        );
        assert_eq!(a.ended_by.as_deref(), Some("parent_carer"));
        assert_eq!(export.format_version, 3);
    }
}

#[test]
fn an_export_credits_the_editions_it_uses_or_the_one_offered() {
    use crate::framework::fixtures::MINI;
    use crate::framework::{Catalogue, LoadOptions};
    let org = OrgId::new();
    let circle = zoe(org);
    let other = zoe(org);
    let members = people(
        &circle,
        &[
            CircleRole::FocusPerson,
            CircleRole::ParentCarer,
            CircleRole::Practitioner,
        ],
    );
    let catalogue =
        Catalogue::from_sources(&[("mini.toml", MINI)], &[], LoadOptions::default()).unwrap();
    let offered = FrameworkId::parse("mini").unwrap();
    let open = opened(&circle, &members, CircleAccess::Member(members[2].clone()));
    let mut export = CircleExport::assemble(&open, contents(&circle, &members, &other), NOW);
    assert!(!export.checks.is_empty() && !export.plans.is_empty());
    export.credit_frameworks(&catalogue, &offered);
    assert_eq!(
        export.frameworks,
        [ExportedFramework {
            id: "mini".to_owned(),
            title: "A small framework".to_owned(),
            edition: "2007".to_owned(),
            attribution: "Hart, Blincow & Thomas (2007) and BoingBoing".to_owned(),
        }],
        "named once, though every check and plan names it"
    );
    let json = serde_json::to_value(&export).unwrap();
    assert_eq!(
        json["frameworks"][0]["attribution"],
        "Hart, Blincow & Thomas (2007) and BoingBoing"
    );
    // Nothing made with the framework yet: the edition offered is credited.
    let mut empty = CircleExport::assemble(&open, ExportContents::default(), NOW);
    empty.credit_frameworks(&catalogue, &offered);
    assert_eq!(empty.frameworks.len(), 1);
    assert_eq!(empty.frameworks[0].id, "mini");
}

//! Demo checks for `moves seed-demo`: in a demo circle, three checks over
//! four months (most moves coming on, a few slipping back), each with views of several audiences (the young person's
//! shared with the whole circle, the practitioner's with practitioners, a
//! parent's still a draft, one typed with a grandparent), and the oldest with
//! a version agreed together, so every check page has something to show.

use crate::check::answer::Answer;
use crate::check::perspective::Perspective;
use crate::check::record::Check;
use crate::check::status::AnswerStatus;
use crate::circle::{Audience, Byline, Circle, CircleMember, CircleRole};
use crate::clock::Timestamp;
use crate::framework::adaptation::FrameworkVersion;
use crate::framework::{FrameworkId, MoveId};
use crate::ids::{CheckId, PerspectiveId};

const DAY_SECS: i64 = 24 * 60 * 60;

/// Moves of the shipped edition the demo answers: some of every
/// compartment, so the progress page's picture and counts have something
/// in each.
const MOVES: [&str; 17] = [
    "basics.housing",
    "basics.money",
    "basics.safe",
    "basics.transport",
    "basics.diet",
    "basics.exercise",
    "basics.sleep",
    "belonging.somewhere",
    "belonging.good_influences",
    "belonging.friends",
    "learning.school",
    "learning.achievements",
    "coping.brave",
    "coping.calm",
    "coping.problems",
    "core_self.hope",
    "core_self.talents",
];

/// Where the `k`th move stands at check `round` (0, 1, 2): most come on a
/// step at a time over the months, some more slowly, a few slip back, and
/// one in eleven is set aside for now.
fn status(k: usize, round: usize) -> AnswerStatus {
    const STEPS: [AnswerStatus; 3] = [
        AnswerStatus::NotYet,
        AnswerStatus::Partly,
        AnswerStatus::InPlace,
    ];
    if k % 11 == 7 {
        return AnswerStatus::NotForNow;
    }
    let start = k % 2;
    let step = if k % 7 == 3 {
        start.saturating_sub(round.min(1))
    } else if k % 4 == 1 {
        start + round / 2
    } else {
        start + round
    };
    STEPS[step.min(2)]
}

/// Answers that move on from one check to the next; `shift` makes each
/// person see things a bit differently.
fn answers(round: usize, shift: usize) -> Vec<Answer> {
    MOVES
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            Some(Answer {
                move_id: MoveId::parse(id).ok()?,
                status: status(i + shift, round),
                note: (i == 0).then(|| "We talked about this at school.".to_owned()),
            })
        })
        .collect()
}

/// The demo checks of `circle` (on the public edition as published), with
/// their views and the agreed answers; none when the circle lacks a
/// practitioner and a young person with accounts, or is closed.
pub fn demo_checks(
    circle: &Circle,
    members: &[CircleMember],
    edition: &FrameworkId,
    now: Timestamp,
) -> Vec<(Check, Vec<Perspective>)> {
    let find = |role: CircleRole, account: bool| {
        members
            .iter()
            .find(|m| m.role == role && m.user_id.is_some() == account)
    };
    let (Some(worker), Some(young)) = (
        find(CircleRole::Practitioner, true),
        find(CircleRole::FocusPerson, true),
    ) else {
        return Vec::new();
    };
    let parent = find(CircleRole::ParentCarer, true);
    let without_account = members
        .iter()
        .find(|m| m.user_id.is_none() && !m.role.is_practitioner());
    let version = FrameworkVersion {
        edition: edition.clone(),
        adaptation_version: 0,
    };
    [120, 60, 10]
        .into_iter()
        .enumerate()
        .filter_map(|(round, days)| {
            let at = now.plus_seconds(-days * DAY_SECS);
            let mut check =
                Check::start(CheckId::new(), circle, worker, version.clone(), at).ok()?;
            let later = at.plus_seconds(DAY_SECS);
            let view = |byline: Byline, audience: Audience, shift: usize| {
                let mut p = Perspective::start(PerspectiveId::new(), &check, byline, at);
                p.answers = answers(round, shift);
                p.audience = audience;
                p.shared_at = (audience != Audience::OnlyMe).then_some(later);
                p.updated_at = later;
                p
            };
            let mut views = vec![
                view(Byline::own(young.id), Audience::WholeCircle, 0),
                view(Byline::own(worker.id), Audience::Practitioners, 1),
            ];
            if let Some(p) = parent {
                let audience = if round == 2 {
                    Audience::OnlyMe
                } else {
                    Audience::WholeCircle
                };
                views.push(view(Byline::own(p.id), audience, 2));
            }
            if let Some(other) = without_account
                && let Ok(byline) = Byline::with(worker, other)
            {
                views.push(view(byline, Audience::WholeCircle, 3));
            }
            if round == 0 {
                check.agreed = answers(round, 1)
                    .into_iter()
                    .filter(|a| a.compartment() == "basics")
                    .collect();
                check.agreed_at = Some(later);
            }
            Some((check, views))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests_support::members;
    use crate::circle::NewCircle;
    use crate::ids::UserId;

    #[test]
    fn three_checks_with_views_of_several_audiences() {
        let people = members();
        let circle = Circle::new(
            people[0].circle_id,
            people[0].org_id,
            &NewCircle {
                focus_name: "Maya",
                ..NewCircle::default()
            },
            UserId::new(),
            Timestamp::from_millis(0),
        )
        .unwrap();
        let edition = FrameworkId::parse(crate::plan::demo::DEMO_EDITION).unwrap();
        let now = Timestamp::from_millis(1_764_000_000_000);
        let checks = demo_checks(&circle, &people, &edition, now);
        assert_eq!(checks.len(), 3);
        assert!(checks[0].0.started_at < checks[2].0.started_at);
        assert!(!checks[0].0.agreed.is_empty());
        let audiences: Vec<Audience> = checks[2].1.iter().map(|p| p.audience).collect();
        assert!(audiences.contains(&Audience::OnlyMe));
        assert!(audiences.contains(&Audience::Practitioners));
        assert!(audiences.contains(&Audience::WholeCircle));
        for (_, views) in &checks {
            for p in views {
                assert_eq!(p.answers.len(), MOVES.len());
            }
        }
        // Things move on over the months, mostly towards in place.
        let in_place = |round: usize| {
            checks[round].1[0]
                .answers
                .iter()
                .filter(|a| a.status == AnswerStatus::InPlace)
                .count()
        };
        assert!(in_place(0) < in_place(1) && in_place(1) < in_place(2));
        let slipped = checks[0].1[0]
            .answers
            .iter()
            .zip(&checks[2].1[0].answers)
            .filter(|(a, b)| a.status == AnswerStatus::Partly && b.status == AnswerStatus::NotYet)
            .count();
        assert!(slipped > 0, "a few slip back");
    }
}

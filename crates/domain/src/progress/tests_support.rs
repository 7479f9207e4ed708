//! A circle's history for the progress module's tests: checks on given
//! days, views of given audiences with given answers.

use crate::check::tests_support::members;
use crate::check::{Answer, AnswerStatus, Check, Perspective};
use crate::circle::{Audience, Byline, CircleAccess, CircleMember};
use crate::clock::Timestamp;
use crate::framework::{FrameworkId, FrameworkVersion, MoveId};
use crate::ids::{CheckId, PerspectiveId};

pub(crate) const DAY_MS: i64 = 24 * 60 * 60 * 1000;

pub(crate) fn answer(id: &str, status: AnswerStatus) -> Answer {
    Answer {
        move_id: MoveId::parse(id).unwrap(),
        status,
        note: None,
    }
}

pub(crate) fn day(n: i64) -> Timestamp {
    Timestamp::from_millis(n * DAY_MS)
}

pub(crate) struct History {
    /// Young person, parent or carer, practitioner, guest practitioner,
    /// supporter, second practitioner.
    pub people: Vec<CircleMember>,
}

impl History {
    pub fn new() -> Self {
        History { people: members() }
    }

    pub fn access(&self, m: &CircleMember) -> CircleAccess {
        CircleAccess::Member(m.clone())
    }

    /// A check started on `day` by the practitioner, on the mini framework.
    pub fn check(&self, on: i64) -> Check {
        let m = &self.people[2];
        Check {
            org_id: m.org_id,
            id: CheckId::new(),
            circle_id: m.circle_id,
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            started_by: m.id,
            started_at: day(on),
            version: 0,
            agreed: Vec::new(),
            agreed_at: None,
        }
    }

    /// `author`'s own view in `check`, shared with `audience`.
    pub fn view(
        &self,
        check: &Check,
        author: &CircleMember,
        audience: Audience,
        answers: &[(&str, AnswerStatus)],
    ) -> Perspective {
        let mut p = Perspective::start(
            PerspectiveId::new(),
            check,
            Byline::own(author.id),
            check.started_at,
        );
        p.audience = audience;
        p.shared_at = (audience != Audience::OnlyMe).then_some(check.started_at);
        p.answers = answers.iter().map(|(m, s)| answer(m, *s)).collect();
        p
    }
}

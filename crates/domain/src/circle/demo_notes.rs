//! Demo notes for `moves seed-demo`: each demo circle's journal over several
//! months, with every audience (drafts, notes for the practitioners, notes for
//! everyone, a safeguarding note) and a view typed by a practitioner with the
//! young person, so the journal and the export have something real to show.

use crate::circle::audience::Audience;
use crate::circle::byline::Byline;
use crate::circle::journal_date::JournalDate;
use crate::circle::member::{CircleMember, CircleRole};
use crate::circle::note::Note;
use crate::circle::space::{Circle, CircleStatus};
use crate::clock::Timestamp;
use crate::ids::NoteId;

const DAY_SECS: i64 = 24 * 60 * 60;

struct Line {
    days_ago: i64,
    by: CircleRole,
    /// Typed by `by` with the member of this role.
    with: Option<CircleRole>,
    audience: Audience,
    body: &'static str,
}

const LINES: &[Line] = &[
    Line {
        days_ago: 150,
        by: CircleRole::Practitioner,
        with: None,
        audience: Audience::WholeCircle,
        body: "First meeting at home. We looked at the framework together and talked about what is going well.",
    },
    Line {
        days_ago: 120,
        by: CircleRole::Practitioner,
        with: Some(CircleRole::FocusPerson),
        audience: Audience::WholeCircle,
        body: "I like football and drawing. I want to feel less worried on Monday mornings.",
    },
    Line {
        days_ago: 95,
        by: CircleRole::Practitioner,
        with: None,
        audience: Audience::Practitioners,
        body: "Spoke to the school nurse. She will check in once a week at lunchtime.",
    },
    Line {
        days_ago: 80,
        by: CircleRole::ParentCarer,
        with: None,
        audience: Audience::WholeCircle,
        body: "Mornings have been calmer this week.\nWe tried getting the bag ready the night before.",
    },
    Line {
        days_ago: 64,
        by: CircleRole::Practitioner,
        with: None,
        audience: Audience::Restricted,
        body: "Safeguarding: a worry raised by school was discussed with the duty team. No further action; we keep an eye on it.",
    },
    Line {
        days_ago: 40,
        by: CircleRole::FocusPerson,
        with: None,
        audience: Audience::WholeCircle,
        body: "I went to football club twice. Nani came to watch. 🌟",
    },
    Line {
        days_ago: 21,
        by: CircleRole::ParentCarer,
        with: None,
        audience: Audience::Practitioners,
        body: "Money is tight this month. Could we talk about the school uniform grant?",
    },
    Line {
        days_ago: 7,
        by: CircleRole::FocusPerson,
        with: None,
        audience: Audience::OnlyMe,
        body: "Things I want to say at the next review (draft).",
    },
    Line {
        days_ago: 2,
        by: CircleRole::Practitioner,
        with: None,
        audience: Audience::OnlyMe,
        body: "Draft: ideas for the next plan. Ask about the youth club.",
    },
];

/// The demo notes of `circle`, whose members are `members`, as of `now` (or,
/// for a closed circle, of its closing): only those whose writer has an
/// account, and none before the circle started.
pub fn demo_notes(circle: &Circle, members: &[CircleMember], now: Timestamp) -> Vec<Note> {
    let closed_at = match &circle.status {
        CircleStatus::Closed { at, .. } => Some(*at),
        CircleStatus::Open => None,
    };
    let with_account = |role| {
        members
            .iter()
            .find(|m| m.role == role && m.user_id.is_some())
    };
    LINES
        .iter()
        .filter_map(|line| {
            let writer = with_account(line.by)?;
            let byline = match line.with {
                None => Byline::own(writer.id),
                Some(role) => {
                    let author = members.iter().find(|m| m.role == role)?;
                    Byline::with(writer, author).ok()?
                }
            };
            let at = closed_at
                .unwrap_or(now)
                .plus_seconds(-line.days_ago * DAY_SECS);
            if at < circle.created_at {
                return None;
            }
            Some(Note {
                id: NoteId::new(),
                org_id: circle.org_id,
                circle_id: circle.id,
                byline,
                audience: line.audience,
                body: line.body.to_owned(),
                about: JournalDate::today(at),
                written_at: at,
                changed_at: at,
                shared_at: (line.audience != Audience::OnlyMe).then_some(at),
                version: 1,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::demo::{DemoAccounts, demo_circles};
    use crate::demo::DEMO_ORGANISATIONS;
    use crate::ids::{OrgId, UserId};
    use crate::text::clean_block;

    #[test]
    fn the_demo_journal_has_every_audience_over_months() {
        let people = DemoAccounts {
            practitioner: UserId::new(),
            parent: UserId::new(),
            young: UserId::new(),
        };
        let now = Timestamp::from_millis(1_764_000_000_000);
        let circles = demo_circles(&DEMO_ORGANISATIONS[0], OrgId::new(), &people, now).unwrap();
        let all: Vec<Note> = circles
            .iter()
            .flat_map(|(c, m)| demo_notes(c, m, now))
            .collect();
        for a in Audience::ALL {
            assert!(all.iter().any(|n| n.audience == a), "{}", a.as_str());
        }
        assert!(all.iter().any(|n| n.byline.is_on_behalf()));
        let days: Vec<JournalDate> = all.iter().map(|n| n.about).collect();
        assert!(days.iter().min() < days.iter().max());
        for (c, members) in &circles {
            for n in demo_notes(c, members, now) {
                assert_eq!(n.circle_id, c.id);
                assert!(members.iter().any(|m| m.id == n.byline.author));
                assert_eq!(clean_block(&n.body, 10_000).unwrap(), n.body);
                if let CircleStatus::Closed { at, .. } = c.status {
                    assert!(n.written_at <= at);
                }
            }
        }
    }
}

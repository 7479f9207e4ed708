//! The journal: [`NOTES_PER_MONTH`] notes every month from the practitioner,
//! the parent and the young person, with every audience.

use super::{DAY_SECS, MONTHS, NOTES_PER_MONTH, month_start, with_account};
use moves_core::Timestamp;
use moves_core::circle::audience::Audience;
use moves_core::circle::byline::Byline;
use moves_core::circle::journal_date::JournalDate;
use moves_core::circle::member::{CircleMember, CircleRole};
use moves_core::circle::note::Note;
use moves_core::circle::space::Circle;
use moves_core::ids::NoteId;

/// Who writes, for whom, and what: cycled through, so every month has the
/// mix a real journal has.
const LINES: [(CircleRole, Audience, &str); NOTES_PER_MONTH] = [
    (
        CircleRole::Practitioner,
        Audience::WholeCircle,
        "Home visit. We talked about school mornings and what helped this month.",
    ),
    (
        CircleRole::ParentCarer,
        Audience::Practitioners,
        "Bedtimes were easier most nights. Some worry about the school trip.",
    ),
    (
        CircleRole::FocusPerson,
        Audience::WholeCircle,
        "I went to football club and saw my friend from the old school.",
    ),
    (
        CircleRole::Practitioner,
        Audience::Restricted,
        "Safeguarding: checked in with the duty team as agreed; nothing new.",
    ),
];

/// The journal of the last [`MONTHS`] months of `circle`, written by those of
/// `members` with an account (a role with none writes nothing).
pub fn journal(circle: &Circle, members: &[CircleMember], now: Timestamp) -> Vec<Note> {
    let mut notes = Vec::new();
    for m in 0..MONTHS {
        let start = month_start(now, m);
        for (i, (role, audience, body)) in LINES.iter().enumerate() {
            let Some(w) = with_account(members, *role) else {
                continue;
            };
            let at = start.plus_seconds((i as i64 * 7 + 1) * DAY_SECS);
            notes.push(Note {
                id: NoteId::new(),
                org_id: circle.org_id,
                circle_id: circle.id,
                byline: Byline::own(w.id),
                audience: *audience,
                body: (*body).to_owned(),
                about: JournalDate::today(at),
                written_at: at,
                changed_at: at,
                // The history holds no drafts: each note is shared when written.
                shared_at: Some(at),
                version: 1,
            });
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::test_circle::{NOW, full_circle};

    #[test]
    fn two_years_of_monthly_notes_from_every_writer() {
        let (circle, members) = full_circle();
        let notes = journal(&circle, &members, NOW);
        assert_eq!(notes.len(), 24 * NOTES_PER_MONTH);
        for m in 0..MONTHS {
            let (from, to) = (month_start(NOW, m), month_start(NOW, m + 1));
            let in_month = notes
                .iter()
                .filter(|n| n.written_at >= from && n.written_at < to)
                .count();
            assert_eq!(in_month, NOTES_PER_MONTH, "month {m}");
        }
        for a in Audience::ALL {
            if a != Audience::OnlyMe {
                assert!(notes.iter().any(|n| n.audience == a), "{}", a.as_str());
            }
        }
        assert!(notes.iter().all(|n| n.written_at < NOW));
    }

    #[test]
    fn a_role_without_an_account_writes_nothing() {
        let (circle, members) = full_circle();
        let only_practitioners: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.role == CircleRole::Practitioner)
            .cloned()
            .collect();
        let notes = journal(&circle, &only_practitioners, NOW);
        assert_eq!(notes.len(), 24 * 2);
    }
}

//! A circle exported whole for a subject access request: everything the
//! person asking may see of it, and nothing else. It is assembled from an
//! [`OpenCircle`] (so the read was decided and audited) and each kind of
//! contribution goes through the same rule as its pages: notes through
//! [`journal`], so a restricted note the requester may not read appears only
//! as "a note is kept by practitioners" with its date.
//!
//! Each kind of contribution has its own field (`notes`; checks and plans add
//! theirs beside it), so a reader of the file finds them by name.

use crate::circle::birth::Birth;
use crate::circle::note::{Note, NoteInJournal, journal};
use crate::circle::open::OpenCircle;
use crate::circle::space::CircleStatus;
use crate::circle::{CircleMember, JournalDate};
use crate::clock::Timestamp;
use crate::ids::{CircleId, CircleMemberId, NoteId};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What the file says it is, so a program reading it knows.
pub const EXPORT_FORMAT: &str = "resilient-moves/circle-export";
pub const EXPORT_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CircleExport {
    pub format: &'static str,
    pub format_version: u32,
    /// When it was made (UTC, RFC 3339).
    pub exported_at: String,
    /// The member who asked for it; none for a team manager.
    pub requested_by: Option<String>,
    pub circle: ExportedCircle,
    pub members: Vec<ExportedMember>,
    /// The journal, in journal order.
    pub notes: Vec<ExportedNote>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedCircle {
    pub id: CircleId,
    pub focus_name: String,
    pub pronouns: Option<String>,
    /// A date of birth or an age band; left out when the identity is protected
    /// from the requester.
    pub birth_date: Option<String>,
    pub age_band: Option<String>,
    pub languages: Option<String>,
    pub protected_identity: bool,
    /// `open` or `closed`.
    pub status: &'static str,
    pub closing_reflection: Option<String>,
    pub started_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedMember {
    pub name: String,
    pub relationship: Option<String>,
    /// The circle role's code (`parent_carer`, `practitioner`, ...).
    pub role: &'static str,
    pub has_account: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportedNote {
    Note {
        id: NoteId,
        about: JournalDate,
        written_at: String,
        changed_at: String,
        /// The audience's code (`only_me`, `practitioners`, ...).
        audience: &'static str,
        by: String,
        /// Who typed it with its author, if someone did.
        entered_by: Option<String>,
        body: String,
    },
    /// A safeguarding note the requester may not read: only that it exists.
    KeptByPractitioners { about: JournalDate },
}

/// A time as RFC 3339 in UTC ("2025-11-24T16:00:00Z").
pub fn rfc3339(t: Timestamp) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

fn name_of(members: &[CircleMember], id: CircleMemberId) -> String {
    members
        .iter()
        .find(|m| m.id == id)
        .map(|m| m.display_name.clone())
        .unwrap_or_default()
}

impl CircleExport {
    /// The export of `open`'s circle for the person who opened it, with the
    /// circle's `notes` (all of them: this decides which they see).
    pub fn assemble(open: &OpenCircle, notes: Vec<Note>, now: Timestamp) -> Self {
        let c = &open.circle;
        let shows = open.access.sees_identifying_details(c);
        let (birth_date, age_band) = match (&c.birth, shows) {
            (Some(Birth::Date(d)), true) => (Some(d.as_iso()), None),
            (Some(Birth::Band(b)), true) => (None, Some(b.as_str().to_owned())),
            _ => (None, None),
        };
        let (status, closing_reflection) = match &c.status {
            CircleStatus::Open => ("open", None),
            CircleStatus::Closed { reflection, .. } => ("closed", Some(reflection.clone())),
        };
        let members = &open.members;
        let notes = journal(open, notes)
            .into_iter()
            .map(|entry| match entry {
                NoteInJournal::Whole(n) => ExportedNote::Note {
                    id: n.id,
                    about: n.about,
                    written_at: rfc3339(n.written_at),
                    changed_at: rfc3339(n.changed_at),
                    audience: n.audience.as_str(),
                    by: name_of(members, n.byline.author),
                    entered_by: n.byline.entered_by.map(|t| name_of(members, t)),
                    body: n.body,
                },
                NoteInJournal::KeptByPractitioners(about) => {
                    ExportedNote::KeptByPractitioners { about }
                }
            })
            .collect();
        CircleExport {
            format: EXPORT_FORMAT,
            format_version: EXPORT_FORMAT_VERSION,
            exported_at: rfc3339(now),
            requested_by: open.access.member().map(|m| m.display_name.clone()),
            circle: ExportedCircle {
                id: c.id,
                focus_name: c.focus_name.clone(),
                pronouns: c.pronouns.clone(),
                birth_date,
                age_band,
                languages: c.languages.clone().filter(|_| shows),
                protected_identity: c.protected_identity,
                status,
                closing_reflection,
                started_at: rfc3339(c.created_at),
            },
            members: members
                .iter()
                .map(|m| ExportedMember {
                    name: m.display_name.clone(),
                    relationship: m.relationship.clone(),
                    role: m.role.as_str(),
                    has_account: m.user_id.is_some(),
                })
                .collect(),
            notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::access::CircleAccess;
    use crate::circle::audience::Audience;
    use crate::circle::birth::AgeBand;
    use crate::circle::member::CircleRole;
    use crate::circle::note::NoteInput;
    use crate::circle::space::{Circle, NewCircle};
    use crate::ids::{OrgId, UserId};

    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn the_export_holds_what_the_requester_sees() {
        let org = OrgId::new();
        let circle = Circle::new(
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
        .unwrap();
        let members: Vec<CircleMember> = [CircleRole::Practitioner, CircleRole::ParentCarer]
            .into_iter()
            .map(|r| {
                CircleMember::new(org, circle.id, Some(UserId::new()), r.as_str(), "", r, NOW)
                    .unwrap()
            })
            .collect();
        let open_as = |i: usize| OpenCircle {
            circle: circle.clone(),
            members: members.clone(),
            access: CircleAccess::Member(members[i].clone()),
        };
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
        let parent = CircleExport::assemble(&open_as(1), notes.clone(), NOW);
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
        assert!(
            matches!(&parent.notes[1], ExportedNote::Note { body, .. } if body == "whole_circle")
        );
        let worker = CircleExport::assemble(&open_as(0), notes, NOW);
        assert_eq!(worker.circle.age_band.as_deref(), Some("11-15"));
        assert_eq!(worker.notes.len(), 3);
        assert_eq!(worker.exported_at, "2025-11-24T16:00:00Z");
        assert_eq!(worker.format, EXPORT_FORMAT);
    }
}

//! A circle exported whole for a subject access request: everything the
//! person asking may see of it, and nothing else. It is assembled from an
//! [`OpenCircle`] (so the read was decided and audited) and each kind of
//! contribution goes through the same rule as its pages: notes through
//! [`journal`], so a restricted note the requester may not read appears only
//! as "a note is kept by practitioners" with its date; perspectives of checks
//! through [`crate::check::perspectives_seen_by`]; plans through
//! [`crate::plan::plans_seen`]. Who decides about sharing and the sharing
//! agreements are read by everyone in the circle, so they are always in.
//!
//! Each kind of contribution has its own field (`notes`, `checks`, `plans`,
//! `sharing_agreements`), so a reader of the file finds them by name.

mod checks;
mod frameworks;
mod plans;
mod sharing;
#[cfg(test)]
mod tests;

pub use checks::{ExportedAnswer, ExportedCheck, ExportedPerspective};
pub use frameworks::ExportedFramework;
pub use plans::{
    ExportedAction, ExportedGoal, ExportedMarking, ExportedPlan, ExportedRating, ExportedReview,
};
pub use sharing::ExportedAgreement;

use crate::check::{Check, Perspective};
use crate::circle::agreement::{SharingAgreement, decider};
use crate::circle::birth::Birth;
use crate::circle::note::{Note, NoteInJournal, journal};
use crate::circle::open::OpenCircle;
use crate::circle::space::CircleStatus;
use crate::circle::{CircleMember, JournalDate};
use crate::clock::Timestamp;
use crate::ids::{CircleId, CircleMemberId, NoteId};
use crate::plan::Plan;
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What the file says it is, so a program reading it knows.
pub const EXPORT_FORMAT: &str = "resilient-moves/circle-export";
/// 2: checks, plans, who decides and the sharing agreements were added.
/// 3: `frameworks`, the editions used and whose work they are.
pub const EXPORT_FORMAT_VERSION: u32 = 3;

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
    /// Who decides what is shared, with whom and when; none when that
    /// person is not in the circle.
    pub decides_about_sharing: Option<String>,
    /// What the person who decides agreed may be shared, newest first, ended
    /// ones included.
    pub sharing_agreements: Vec<ExportedAgreement>,
    /// The journal, in journal order.
    pub notes: Vec<ExportedNote>,
    /// Checks, newest first, each with the perspectives the requester sees.
    pub checks: Vec<ExportedCheck>,
    /// The plans the requester sees, newest first.
    pub plans: Vec<ExportedPlan>,
    /// The editions of the Resilience Framework the checks and plans use,
    /// with whose work each is (see [`CircleExport::credit_frameworks`]).
    pub frameworks: Vec<ExportedFramework>,
}

/// Everything the store holds of one circle, before the rules decide what
/// the requester sees: each kind is filtered here by its own rule.
#[derive(Debug, Clone, Default)]
pub struct ExportContents {
    pub notes: Vec<Note>,
    pub agreements: Vec<SharingAgreement>,
    pub checks: Vec<Check>,
    /// Every perspective of the circle's checks, drafts included.
    pub perspectives: Vec<Perspective>,
    pub plans: Vec<Plan>,
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
    /// The export of `open`'s circle for the person who opened it, from
    /// everything the store holds of it (`contents`): this decides what of it
    /// they see.
    pub fn assemble(open: &OpenCircle, contents: ExportContents, now: Timestamp) -> Self {
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
        let notes = journal(open, contents.notes)
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
            decides_about_sharing: decider(open).map(|m| m.display_name.clone()),
            sharing_agreements: sharing::exported(open, &contents.agreements),
            notes,
            checks: checks::exported(open, &contents.checks, &contents.perspectives),
            plans: plans::exported(open, contents.plans),
            frameworks: Vec::new(),
        }
    }
}

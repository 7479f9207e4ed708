//! Checks in a circle's export: the version agreed together (shown to
//! everyone who opens the check), and only the perspectives the requester
//! may see ([`perspectives_seen_by`]): a draft only to whoever wrote it.

use super::{name_of, rfc3339};
use crate::check::{Answer, Check, Perspective, perspectives_seen_by};
use crate::circle::open::OpenCircle;
use crate::ids::{CheckId, PerspectiveId};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedCheck {
    pub id: CheckId,
    pub started_at: String,
    /// The framework edition and adaptation version whose wording it keeps.
    pub framework: String,
    pub framework_version: u32,
    /// The version agreed together, move by move.
    pub agreed: Vec<ExportedAnswer>,
    pub agreed_at: Option<String>,
    /// The perspectives the requester may see, oldest first.
    pub perspectives: Vec<ExportedPerspective>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedPerspective {
    pub id: PerspectiveId,
    /// Whose view it is.
    pub by: String,
    /// Who typed it with them, if someone did.
    pub entered_by: Option<String>,
    /// The audience's code (`only_me` for a draft).
    pub audience: &'static str,
    pub shared_at: Option<String>,
    /// A short check: the moves its author picked to answer (the others were
    /// left unanswered, which is not "not yet").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen_moves: Option<Vec<String>>,
    pub answers: Vec<ExportedAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedAnswer {
    /// The move's id in the check's framework (`basics.housing`).
    pub move_id: String,
    /// `in_place`, `partly`, `not_yet` or `not_for_now`.
    pub status: &'static str,
    pub note: Option<String>,
}

fn answers(list: &[Answer]) -> Vec<ExportedAnswer> {
    list.iter()
        .map(|a| ExportedAnswer {
            move_id: a.move_id.as_str().to_owned(),
            status: a.status.as_str(),
            note: a.note.clone(),
        })
        .collect()
}

/// The checks of `open`'s circle (of no other), in the order given, each
/// with the perspectives its reader sees.
pub(super) fn exported(
    open: &OpenCircle,
    checks: &[Check],
    perspectives: &[Perspective],
) -> Vec<ExportedCheck> {
    let c = &open.circle;
    let seen = perspectives_seen_by(&open.access, perspectives);
    checks
        .iter()
        .filter(|k| k.org_id == c.org_id && k.circle_id == c.id)
        .map(|k| ExportedCheck {
            id: k.id,
            started_at: rfc3339(k.started_at),
            framework: k.framework.edition.to_string(),
            framework_version: k.framework.adaptation_version,
            agreed: answers(&k.agreed),
            agreed_at: k.agreed_at.map(rfc3339),
            perspectives: seen
                .iter()
                .filter(|p| p.check_id == k.id && p.circle_id == c.id && p.org_id == c.org_id)
                .map(|p| ExportedPerspective {
                    id: p.id,
                    by: name_of(&open.members, p.byline.author),
                    entered_by: p.byline.entered_by.map(|t| name_of(&open.members, t)),
                    audience: p.audience.as_str(),
                    shared_at: p.shared_at.map(rfc3339),
                    chosen_moves: p
                        .chosen
                        .as_ref()
                        .map(|ids| ids.iter().map(|m| m.to_string()).collect()),
                    answers: answers(&p.answers),
                })
                .collect(),
        })
        .collect()
}

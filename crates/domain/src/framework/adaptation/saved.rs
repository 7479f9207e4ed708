//! A version of an adaptation as it is kept: who saved it, when, and what
//! changed. Versions are appended, never rewritten (see [`crate::store::AdaptationStore`]).

use super::{Adaptation, Change};
use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};

/// One saved version, with its adaptation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAdaptation {
    pub org_id: OrgId,
    pub adaptation: Adaptation,
    pub change: Change,
    pub saved_by: Option<UserId>,
    pub saved_at: Timestamp,
}

/// One line of the version history: what a version was, without its wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionSummary {
    pub version: u32,
    pub edition: String,
    pub overlay: Option<String>,
    pub change: Change,
    pub saved_by: Option<UserId>,
    pub saved_at: Timestamp,
}

/// What saving a version did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    /// Someone saved another version first: nothing was written. `latest` is
    /// the version now in force, for telling the person.
    Stale {
        latest: u32,
    },
}

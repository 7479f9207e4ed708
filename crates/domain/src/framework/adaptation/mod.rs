//! An organisation's adaptation of the framework: the base edition it adopted, the
//! overlay it accepted, its own local moves, its rewordings, the moves it hides,
//! and who co-produced it. Every change makes a new version; versions are never
//! rewritten, so a record made with version N reads with version N's wording.
//!
//! The rule that matters most: the meaning of an existing id never changes. A
//! local move gets a new id in its own namespace (`basics.local-1`), which no base
//! edition may use; rewording keeps the id; hiding keeps the move, so records
//! that name it still read.

mod effective;
mod file;
mod saved;
#[cfg(test)]
mod tests;

pub use effective::{
    AdaptedFramework, FrameworkVersion, InForceError, adaptation_at, resolve_adapted,
};
pub use file::{ADAPTATION_TEXT_MAX, ParsedAdaptation, parse_adaptation};
pub use saved::{SaveOutcome, SavedAdaptation, VersionSummary};

use super::category::Category;
use super::ids::{CompartmentId, FrameworkId, MoveId, OverlayId};
use super::load::{DESCRIPTION_MAX, LABEL_MAX, LOCAL_PREFIX};
use super::model::Framework;
use super::overlay::{Overlay, OverlayStatus};
use crate::text::{TextError, clean_block, clean_line};
use std::collections::{BTreeMap, BTreeSet};

/// A move an organisation added to one of the base edition's compartments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalMove {
    pub label: String,
    pub description: String,
    pub category: Option<Category>,
}

/// New wording for an existing move. `None` keeps the wording underneath (the
/// accepted overlay's, or the base edition's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rewording {
    pub label: Option<String>,
    pub description: Option<String>,
}

/// One version of an organisation's adaptation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adaptation {
    /// 0 before anything was saved; each saved change adds one.
    pub version: u32,
    /// The base edition adopted.
    pub base: FrameworkId,
    /// The overlay an administrator accepted for records, if any.
    pub overlay: Option<OverlayId>,
    /// Who co-produced the adaptation, in their own words.
    pub co_produced_by: Option<String>,
    /// By id; each id is `<compartment>.local-<n>` and is never reused.
    pub local_moves: BTreeMap<MoveId, LocalMove>,
    /// Rewordings of the base edition's moves.
    pub rewordings: BTreeMap<MoveId, Rewording>,
    /// Moves not offered for new records (still readable in old ones).
    pub hidden: BTreeSet<MoveId>,
}

/// What kind of change made a version, for the version history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Adopted,
    OverlayAccepted,
    OverlayDropped,
    MoveAdded,
    Reworded,
    Hidden,
    Unhidden,
    Credited,
    Imported,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 9] = [
        ChangeKind::Adopted,
        ChangeKind::OverlayAccepted,
        ChangeKind::OverlayDropped,
        ChangeKind::MoveAdded,
        ChangeKind::Reworded,
        ChangeKind::Hidden,
        ChangeKind::Unhidden,
        ChangeKind::Credited,
        ChangeKind::Imported,
    ];

    /// The code stored with the version and written to the audit log.
    pub const fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Adopted => "adopted",
            ChangeKind::OverlayAccepted => "overlay_accepted",
            ChangeKind::OverlayDropped => "overlay_dropped",
            ChangeKind::MoveAdded => "move_added",
            ChangeKind::Reworded => "reworded",
            ChangeKind::Hidden => "hidden",
            ChangeKind::Unhidden => "unhidden",
            ChangeKind::Credited => "credited",
            ChangeKind::Imported => "imported",
        }
    }

    pub fn parse(code: &str) -> Option<ChangeKind> {
        ChangeKind::ALL.into_iter().find(|k| k.as_str() == code)
    }
}

/// A change, as kept with its version: what kind, and what it was about (a
/// move or overlay id), never personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub subject: Option<String>,
}

impl Change {
    pub fn new(kind: ChangeKind, subject: Option<String>) -> Self {
        Self { kind, subject }
    }

    /// `reworded:basics.housing`, for the audit log and the store.
    pub fn code(&self) -> String {
        match &self.subject {
            Some(s) => format!("{}:{s}", self.kind.as_str()),
            None => self.kind.as_str().to_owned(),
        }
    }

    pub fn from_code(code: &str) -> Option<Change> {
        let (kind, subject) = match code.split_once(':') {
            Some((k, s)) => (k, Some(s.to_owned())),
            None => (code, None),
        };
        Some(Change::new(ChangeKind::parse(kind)?, subject))
    }
}

/// Which piece of text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Label,
    Description,
    Credit,
}

/// Why a change to an adaptation was refused. Nothing is saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AdaptationError {
    #[error("the base edition \"{0}\" is not available")]
    UnknownEdition(String),
    #[error("\"{0}\" is not a compartment of the adopted edition")]
    UnknownCompartment(String),
    #[error("\"{0}\" is not a move of this framework")]
    UnknownMove(String),
    #[error("the overlay \"{overlay}\" is for \"{base}\", not the adopted edition")]
    OverlayForAnotherEdition { overlay: String, base: String },
    /// A draft is accepted only when the administrator confirms they know.
    #[error("the overlay \"{0}\" is a draft; confirm to accept it anyway")]
    DraftNotConfirmed(String),
    #[error("the {field:?} {problem}")]
    Text { field: Field, problem: TextError },
    /// Adopting another edition would leave these ids without a meaning.
    #[error("the edition \"{edition}\" does not have: {missing:?}")]
    EditionLacks {
        edition: String,
        missing: Vec<String>,
    },
}

fn label(text: &str) -> Result<String, AdaptationError> {
    clean_line(text, LABEL_MAX).map_err(|problem| AdaptationError::Text {
        field: Field::Label,
        problem,
    })
}

/// Empty is allowed and means "none".
fn optional_block(text: &str, max: usize, field: Field) -> Result<Option<String>, AdaptationError> {
    match clean_block(text, max) {
        Ok(t) => Ok(Some(t)),
        Err(TextError::Empty) => Ok(None),
        Err(problem) => Err(AdaptationError::Text { field, problem }),
    }
}

fn optional_line(text: &str, field: Field) -> Result<Option<String>, AdaptationError> {
    match clean_line(text, LABEL_MAX) {
        Ok(t) => Ok(Some(t)),
        Err(TextError::Empty) => Ok(None),
        Err(problem) => Err(AdaptationError::Text { field, problem }),
    }
}

/// Whether `id` names a local move (`<compartment>.local-<...>`).
pub fn is_local_move_id(id: &MoveId) -> bool {
    id.name_part().starts_with(LOCAL_PREFIX)
}

impl Adaptation {
    /// The adaptation before anything was saved: the edition as published.
    pub fn initial(base: FrameworkId) -> Self {
        Self {
            version: 0,
            base,
            overlay: None,
            co_produced_by: None,
            local_moves: BTreeMap::new(),
            rewordings: BTreeMap::new(),
            hidden: BTreeSet::new(),
        }
    }

    /// A copy to change, numbered as the version after this one.
    pub fn next(&self) -> Self {
        let mut next = self.clone();
        next.version = self.version.saturating_add(1);
        next
    }

    /// Whether `id` is a move of the base edition or one of the local moves.
    pub fn knows_move(&self, base: &Framework, id: &str) -> bool {
        base.move_by_id(id).is_some() || self.local_moves.keys().any(|k| k == id)
    }

    fn known_move(&self, base: &Framework, id: &str) -> Result<MoveId, AdaptationError> {
        MoveId::parse(id)
            .ok()
            .filter(|m| self.knows_move(base, m.as_str()))
            .ok_or_else(|| AdaptationError::UnknownMove(id.to_owned()))
    }

    /// Adopts `edition`. Switching editions drops the accepted overlay (it
    /// belongs to the old edition), and is refused if a local move, rewording or
    /// hidden move would lose its meaning.
    pub fn adopt(&mut self, edition: &Framework) -> Result<(), AdaptationError> {
        if edition.id == self.base {
            return Ok(());
        }
        let mut missing: Vec<String> = Vec::new();
        for id in self.local_moves.keys() {
            if edition.compartment_by_id(id.compartment_part()).is_none() {
                missing.push(id.compartment_part().to_owned());
            }
        }
        for id in self.rewordings.keys().chain(self.hidden.iter()) {
            if !is_local_move_id(id) && edition.move_by_id(id.as_str()).is_none() {
                missing.push(id.to_string());
            }
        }
        if !missing.is_empty() {
            missing.sort();
            missing.dedup();
            return Err(AdaptationError::EditionLacks {
                edition: edition.id.to_string(),
                missing,
            });
        }
        self.base = edition.id.clone();
        self.overlay = None;
        Ok(())
    }

    /// Accepts `overlay` for records, or goes back to the base wording with
    /// `None`. A draft is accepted only with `draft_confirmed`.
    pub fn accept_overlay(
        &mut self,
        overlay: Option<&Overlay>,
        draft_confirmed: bool,
    ) -> Result<(), AdaptationError> {
        match overlay {
            None => self.overlay = None,
            Some(o) => {
                if o.base != self.base {
                    return Err(AdaptationError::OverlayForAnotherEdition {
                        overlay: o.id.to_string(),
                        base: o.base.to_string(),
                    });
                }
                if o.status == OverlayStatus::Draft && !draft_confirmed {
                    return Err(AdaptationError::DraftNotConfirmed(o.id.to_string()));
                }
                self.overlay = Some(o.id.clone());
            }
        }
        Ok(())
    }

    /// The number the next local move gets: one more than any used, in any
    /// compartment, so an id is never given twice.
    fn next_local_number(&self) -> u32 {
        self.local_moves
            .keys()
            .filter_map(|id| {
                id.name_part()
                    .strip_prefix(LOCAL_PREFIX)?
                    .parse::<u32>()
                    .ok()
            })
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// Adds a move to one of the edition's compartments, with a new id.
    pub fn add_local_move(
        &mut self,
        base: &Framework,
        compartment: &str,
        label_text: &str,
        description: &str,
        category: Option<Category>,
    ) -> Result<MoveId, AdaptationError> {
        let compartment = CompartmentId::parse(compartment)
            .ok()
            .filter(|c| base.compartment_by_id(c.as_str()).is_some())
            .ok_or_else(|| AdaptationError::UnknownCompartment(compartment.to_owned()))?;
        let label = label(label_text)?;
        let description =
            optional_block(description, DESCRIPTION_MAX, Field::Description)?.unwrap_or_default();
        let n = self.next_local_number();
        let id = MoveId::parse(&format!("{compartment}.{LOCAL_PREFIX}{n}"))
            .map_err(|_| AdaptationError::UnknownCompartment(compartment.to_string()))?;
        self.local_moves.insert(
            id.clone(),
            LocalMove {
                label,
                description,
                category,
            },
        );
        Ok(id)
    }

    /// New wording for a move; the id, and so its meaning, stays. Empty text
    /// goes back to the wording underneath. A local move is reworded in place.
    pub fn reword(
        &mut self,
        base: &Framework,
        id: &str,
        label_text: &str,
        description: &str,
    ) -> Result<MoveId, AdaptationError> {
        let id = self.known_move(base, id)?;
        if let Some(local) = self.local_moves.get_mut(&id) {
            local.label = label(label_text)?;
            local.description = optional_block(description, DESCRIPTION_MAX, Field::Description)?
                .unwrap_or_default();
            return Ok(id);
        }
        let rewording = Rewording {
            label: optional_line(label_text, Field::Label)?,
            description: optional_block(description, DESCRIPTION_MAX, Field::Description)?,
        };
        if rewording == Rewording::default() {
            self.rewordings.remove(&id);
        } else {
            self.rewordings.insert(id.clone(), rewording);
        }
        Ok(id)
    }

    /// Hides or shows a move for new records. Hiding never deletes.
    pub fn set_hidden(
        &mut self,
        base: &Framework,
        id: &str,
        hidden: bool,
    ) -> Result<MoveId, AdaptationError> {
        let id = self.known_move(base, id)?;
        if hidden {
            self.hidden.insert(id.clone());
        } else {
            self.hidden.remove(&id);
        }
        Ok(id)
    }

    /// Who co-produced the adaptation; empty text removes the credit.
    pub fn credit(&mut self, text: &str) -> Result<(), AdaptationError> {
        self.co_produced_by = optional_block(text, DESCRIPTION_MAX, Field::Credit)?;
        Ok(())
    }
}

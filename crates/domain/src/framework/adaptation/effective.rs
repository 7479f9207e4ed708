//! The organisation's effective framework: the base edition, the accepted
//! overlay's wording, then the adaptation laid over both. And the version a
//! record keeps, so it can always be read with the wording it was made with.

use super::{Adaptation, is_local_move_id};
use crate::framework::catalogue::Catalogue;
use crate::framework::ids::{FrameworkId, MoveId};
use crate::framework::model::{Framework, Provenance};
use crate::framework::overlay::Overlay;
use crate::framework::wording::{ResolvedFramework, ResolvedMove, Wording, resolve};

use std::collections::BTreeSet;

/// Which wording a record was made with: the base edition and the organisation's
/// adaptation version (0 when nothing had been adapted). Checks and plans store
/// it; [`framework_in_force`] gives the wording back.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FrameworkVersion {
    pub edition: FrameworkId,
    pub adaptation_version: u32,
}

/// The framework as one organisation uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdaptedFramework {
    /// Every move, hidden ones included (records made before a move was hidden
    /// still name it), local moves after each compartment's published ones.
    pub framework: ResolvedFramework,
    pub version: FrameworkVersion,
    /// Not offered for new records.
    pub hidden: BTreeSet<MoveId>,
    /// Moves whose wording the organisation changed.
    pub reworded: BTreeSet<MoveId>,
    pub co_produced_by: Option<String>,
}

impl AdaptedFramework {
    /// The moves of a compartment that are offered for new records.
    pub fn offered_moves_in(&self, compartment: &str) -> Vec<&ResolvedMove> {
        self.framework
            .moves_in(compartment)
            .into_iter()
            .filter(|m| !self.hidden.contains(&m.id))
            .collect()
    }

    pub fn is_local(&self, id: &MoveId) -> bool {
        is_local_move_id(id)
    }
}

/// Lays `adaptation` over `base` with `overlay` (the accepted one, already
/// looked up). Rewordings are in the language of the view underneath.
pub fn resolve_adapted(
    base: &Framework,
    overlay: Option<&Overlay>,
    adaptation: &Adaptation,
) -> AdaptedFramework {
    let mut framework = resolve(base, overlay);
    let lang = framework.language.clone();
    let wording = |text: &str| Wording {
        text: text.to_owned(),
        lang: lang.clone(),
        fell_back: false,
    };
    for m in &mut framework.moves {
        if let Some(r) = adaptation.rewordings.get(&m.id) {
            if let Some(label) = &r.label {
                m.label = wording(label);
            }
            if let Some(description) = &r.description {
                m.description = wording(description);
            }
        }
    }
    // Local moves follow the published ones of their compartment, in the order
    // they were added (their number), so adding one never reorders another.
    let mut local: Vec<(&MoveId, &super::LocalMove)> = adaptation
        .local_moves
        .iter()
        .filter(|(id, _)| base.compartment_by_id(id.compartment_part()).is_some())
        .collect();
    local.sort_by_key(|(id, _)| local_number(id));
    for (id, m) in local {
        let compartment = base
            .compartments
            .iter()
            .find(|c| c.id == id.compartment_part())
            .map(|c| c.id.clone());
        let Some(compartment) = compartment else {
            continue;
        };
        let last = framework
            .moves
            .iter()
            .filter(|x| x.compartment == compartment)
            .map(|x| x.order)
            .max()
            .unwrap_or(0);
        let at = framework
            .moves
            .iter()
            .rposition(|x| x.compartment == compartment)
            .map_or(framework.moves.len(), |i| i + 1);
        framework.moves.insert(
            at,
            ResolvedMove {
                id: id.clone(),
                compartment,
                order: last.saturating_add(1),
                category: m.category,
                provenance: Provenance::Local,
                label: wording(&m.label),
                description: wording(&m.description),
            },
        );
    }
    AdaptedFramework {
        framework,
        version: FrameworkVersion {
            edition: base.id.clone(),
            adaptation_version: adaptation.version,
        },
        hidden: adaptation.hidden.clone(),
        reworded: adaptation.rewordings.keys().cloned().collect(),
        co_produced_by: adaptation.co_produced_by.clone(),
    }
}

fn local_number(id: &MoveId) -> u32 {
    id.name_part()
        .strip_prefix(crate::framework::load::LOCAL_PREFIX)
        .and_then(|n| n.parse().ok())
        .unwrap_or(u32::MAX)
}

/// Why the wording of a framework version cannot be given.
#[derive(Debug, thiserror::Error)]
pub enum InForceError {
    #[error("the base edition \"{0}\" is not available")]
    UnknownEdition(String),
    #[error("the accepted overlay \"{0}\" is not available")]
    UnknownOverlay(String),
    #[error("adaptation version {0} was not found")]
    UnknownVersion(u32),
    #[error("adaptation version {version} is of edition \"{found}\", not \"{expected}\"")]
    EditionMismatch {
        version: u32,
        found: String,
        expected: String,
    },
}

impl Catalogue {
    /// An organisation's framework with `adaptation` laid over the edition it
    /// adopted and the overlay it accepted.
    pub fn adapted(&self, adaptation: &Adaptation) -> Result<AdaptedFramework, InForceError> {
        let base = self
            .framework(adaptation.base.as_str())
            .ok_or_else(|| InForceError::UnknownEdition(adaptation.base.to_string()))?;
        let overlay = match &adaptation.overlay {
            Some(id) => Some(
                self.overlay(id.as_str())
                    .filter(|o| o.base == base.id)
                    .ok_or_else(|| InForceError::UnknownOverlay(id.to_string()))?,
            ),
            None => None,
        };
        Ok(resolve_adapted(base, overlay, adaptation))
    }
}

/// The adaptation as it was at `version`, given the one stored with that
/// version's number (`None` when none was found): version 0 is the edition as
/// published. What a record made with that version reads with, whatever was
/// adapted since (`moves_core::framework::adaptation::adaptation_in_force`
/// reads the stored one).
pub fn adaptation_at(
    version: &FrameworkVersion,
    stored: Option<Adaptation>,
) -> Result<Adaptation, InForceError> {
    let adaptation = if version.adaptation_version == 0 {
        Adaptation::initial(version.edition.clone())
    } else {
        stored.ok_or(InForceError::UnknownVersion(version.adaptation_version))?
    };
    if adaptation.base != version.edition {
        return Err(InForceError::EditionMismatch {
            version: version.adaptation_version,
            found: adaptation.base.to_string(),
            expected: version.edition.to_string(),
        });
    }
    Ok(adaptation)
}

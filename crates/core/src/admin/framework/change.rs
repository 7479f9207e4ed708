//! Changing the organisation's adaptation: one use case for every form of
//! `/admin/framework`. It loads the version in force, refuses a form made from
//! an older one, applies the domain's rule for the change asked, saves nothing
//! when nothing changes, and otherwise stores the next version with its
//! `framework_adapted` entry in one transaction.

use super::in_force_of;
use crate::admin::{admin_of, entry};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::framework::adaptation::{
    Adaptation, AdaptationError, Change, ChangeKind, SaveOutcome, SavedAdaptation, parse_adaptation,
};
use moves_domain::framework::{Catalogue, Category, FrameworkId};
use moves_domain::permission::{Actor, Capability};

/// How an imported file's problems name it.
const IMPORTED: &str = "adaptation.toml";

/// The change an administrator asks for, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Move to another edition of the framework.
    Adopt {
        edition: String,
    },
    /// Accept an overlay's wording for records, or go back to the edition's
    /// own with `None`. A draft needs `draft_confirmed`.
    Overlay {
        overlay: Option<String>,
        draft_confirmed: bool,
    },
    /// A move of the organisation's own, in one of the edition's compartments.
    AddLocalMove {
        compartment: String,
        label: String,
        description: String,
        /// Empty for none.
        category: String,
    },
    Reword {
        id: String,
        label: String,
        description: String,
    },
    SetHidden {
        id: String,
        hidden: bool,
    },
    /// Who co-produced the adaptation; empty removes the credit.
    Credit {
        text: String,
    },
    /// A whole adaptation as a TOML file's text.
    Import {
        text: String,
        draft_confirmed: bool,
    },
}

/// Why a change was refused. Nothing was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Adaptation(AdaptationError),
    /// The category is not one of the framework's.
    Category,
    /// The imported file is empty.
    EmptyFile,
    /// Every problem of the imported file, each with its line.
    File(Vec<String>),
    /// The imported file accepts a draft overlay (by its title) that was not
    /// accepted before, and the administrator did not confirm they know.
    DraftInFile {
        title: String,
    },
}

/// What a change did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Saved as the next version; the change names what it touched (a new
    /// local move's id, for one).
    Saved(Change),
    /// The form says what is already in force: no version is made for nothing.
    Unchanged,
    /// The form was made from an older version than `latest`, or someone saved
    /// first: nothing was written.
    Stale {
        latest: u32,
    },
    Refused(Refusal),
}

/// Applies `edit`, asked from a form made from version `form_version`, to
/// `actor`'s organisation's adaptation (the edition `public` as published
/// when none is saved). A move or overlay id the organisation's framework
/// does not have is `NotFound`, as a page for it would be.
pub async fn change(
    ctx: &Ctx,
    actor: &Actor,
    catalogue: &Catalogue,
    public: FrameworkId,
    form_version: &str,
    edit: Edit,
) -> Result<Outcome, Error> {
    let (org, admin) = admin_of(actor, Capability::AdaptFramework)?;
    let now = in_force_of(ctx, org, public).await?;
    let base = catalogue
        .framework(now.base.as_str())
        .ok_or_else(|| Error::Internal(format!("the adopted edition {} is missing", now.base)))?;
    let known = match &edit {
        Edit::Reword { id, .. } | Edit::SetHidden { id, .. } => now.knows_move(base, id),
        Edit::Overlay {
            overlay: Some(id), ..
        } => catalogue.overlay(id).is_some_and(|o| o.base == now.base),
        _ => true,
    };
    if !known {
        return Err(Error::NotFound);
    }
    // A form without a readable version cannot prove it saw the latest.
    if form_version.trim().parse::<u32>().ok() != Some(now.version) {
        return Ok(Outcome::Stale {
            latest: now.version,
        });
    }
    let (next, change) = match apply(catalogue, base, &now, edit) {
        Ok(made) => made,
        Err(refusal) => return Ok(Outcome::Refused(refusal)),
    };
    if unchanged(&now, &next) {
        return Ok(Outcome::Unchanged);
    }
    let audit = entry(ctx, org, admin, AuditAction::FrameworkAdapted)
        .subject(next.version.to_string())
        .detail(change.code());
    let saved = SavedAdaptation {
        org_id: org,
        adaptation: next,
        change: change.clone(),
        saved_by: Some(admin),
        saved_at: ctx.now(),
    };
    Ok(match ctx.store().save_adaptation(&saved, &audit).await? {
        SaveOutcome::Saved => Outcome::Saved(change),
        SaveOutcome::Stale { latest } => Outcome::Stale { latest },
    })
}

/// The version after `now` with `edit` applied, and what changed; the
/// domain's rule decides.
fn apply(
    catalogue: &Catalogue,
    base: &moves_domain::framework::Framework,
    now: &Adaptation,
    edit: Edit,
) -> Result<(Adaptation, Change), Refusal> {
    let mut next = now.next();
    let change = match edit {
        Edit::Adopt { edition } => {
            let edition = catalogue.framework(edition.trim()).ok_or_else(|| {
                Refusal::Adaptation(AdaptationError::UnknownEdition(edition.clone()))
            })?;
            next.adopt(edition).map_err(Refusal::Adaptation)?;
            Change::new(ChangeKind::Adopted, Some(edition.id.to_string()))
        }
        Edit::Overlay {
            overlay,
            draft_confirmed,
        } => {
            let overlay = overlay.as_deref().and_then(|id| catalogue.overlay(id));
            next.accept_overlay(overlay, draft_confirmed)
                .map_err(Refusal::Adaptation)?;
            match &next.overlay {
                Some(o) => Change::new(ChangeKind::OverlayAccepted, Some(o.to_string())),
                None => Change::new(ChangeKind::OverlayDropped, None),
            }
        }
        Edit::AddLocalMove {
            compartment,
            label,
            description,
            category,
        } => {
            let category = match category.trim() {
                "" => None,
                c => Some(c.parse::<Category>().map_err(|_| Refusal::Category)?),
            };
            let id = next
                .add_local_move(base, compartment.trim(), &label, &description, category)
                .map_err(Refusal::Adaptation)?;
            Change::new(ChangeKind::MoveAdded, Some(id.to_string()))
        }
        Edit::Reword {
            id,
            label,
            description,
        } => {
            let id = next
                .reword(base, &id, &label, &description)
                .map_err(Refusal::Adaptation)?;
            Change::new(ChangeKind::Reworded, Some(id.to_string()))
        }
        Edit::SetHidden { id, hidden } => {
            let id = next
                .set_hidden(base, &id, hidden)
                .map_err(Refusal::Adaptation)?;
            let kind = if hidden {
                ChangeKind::Hidden
            } else {
                ChangeKind::Unhidden
            };
            Change::new(kind, Some(id.to_string()))
        }
        Edit::Credit { text } => {
            next.credit(&text).map_err(Refusal::Adaptation)?;
            Change::new(ChangeKind::Credited, None)
        }
        Edit::Import {
            text,
            draft_confirmed,
        } => {
            if text.trim().is_empty() {
                return Err(Refusal::EmptyFile);
            }
            let file_problems = |errors: moves_domain::framework::LoadErrors| -> Refusal {
                Refusal::File(errors.into_iter().map(|e| e.to_string()).collect())
            };
            let parsed = parse_adaptation(IMPORTED, &text).map_err(file_problems)?;
            next = parsed.check(catalogue, now).map_err(file_problems)?;
            if let Some(draft) = parsed.new_draft_overlay(catalogue, now)
                && !draft_confirmed
            {
                return Err(Refusal::DraftInFile {
                    title: draft.title.clone(),
                });
            }
            Change::new(ChangeKind::Imported, None)
        }
    };
    Ok((next, change))
}

/// Whether `next` says the same as `now` (a re-sent form, a re-imported file).
fn unchanged(now: &Adaptation, next: &Adaptation) -> bool {
    Adaptation {
        version: now.version,
        ..next.clone()
    } == *now
}

//! The organisation's adaptation of the framework, for its administrators:
//! the version in force, its history (who saved each version, by name,
//! audited as read) and saving the next version. Which change is made is the
//! domain's rule (`moves_domain::framework::adaptation`); a version is saved
//! only as the one after the latest, with its `framework_adapted` entry in
//! the same transaction.

use super::{admin_of, audit_people_shown, entry, names_of};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::framework::FrameworkId;
use moves_domain::framework::adaptation::{
    Adaptation, Change, SaveOutcome, SavedAdaptation, VersionSummary,
};
use moves_domain::ids::UserId;
use moves_domain::permission::{Actor, Capability};

/// The adaptation in force in `actor`'s organisation: the latest saved, or
/// the edition `public` as published when none is.
pub async fn in_force(ctx: &Ctx, actor: &Actor, public: FrameworkId) -> Result<Adaptation, Error> {
    let (org, _) = admin_of(actor, Capability::AdaptFramework)?;
    Ok(match ctx.store().latest_adaptation(org).await? {
        Some(saved) => saved.adaptation,
        None => Adaptation::initial(public),
    })
}

/// One saved version, with the name of who saved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub summary: VersionSummary,
    pub saved_by: Option<String>,
}

/// Every version of `actor`'s organisation's adaptation, newest first.
pub async fn history(ctx: &Ctx, actor: &Actor) -> Result<Vec<HistoryEntry>, Error> {
    let (org, admin) = admin_of(actor, Capability::AdaptFramework)?;
    let versions = ctx.store().adaptation_history(org).await?;
    let people: Vec<UserId> = versions.iter().filter_map(|v| v.saved_by).collect();
    let names = names_of(ctx, people.iter().copied()).await?;
    audit_people_shown(ctx, org, admin, people, "framework").await?;
    Ok(versions
        .into_iter()
        .map(|summary| HistoryEntry {
            saved_by: summary.saved_by.and_then(|u| names.get(&u).cloned()),
            summary,
        })
        .collect())
}

/// Saves `next` (made by the domain's rule from the version in force) as
/// `actor`'s organisation's next version. `Stale` when someone saved first:
/// nothing is written.
pub async fn save(
    ctx: &Ctx,
    actor: &Actor,
    next: &Adaptation,
    change: Change,
) -> Result<SaveOutcome, Error> {
    let (org, admin) = admin_of(actor, Capability::AdaptFramework)?;
    let now = ctx.now();
    let audit = entry(ctx, org, admin, AuditAction::FrameworkAdapted)
        .subject(next.version.to_string())
        .detail(change.code());
    let saved = SavedAdaptation {
        org_id: org,
        adaptation: next.clone(),
        change,
        saved_by: Some(admin),
        saved_at: now,
    };
    Ok(ctx.store().save_adaptation(&saved, &audit).await?)
}

//! The organisation's adaptation of the framework, for its administrators:
//! the version in force, its history (who saved each version, by name,
//! audited as read) and changing it ([`change`]).

mod change;

pub use change::{Edit, Outcome, Refusal, change};

use super::{admin_of, audit_people_shown, names_of};
use crate::{Ctx, Error};
use moves_domain::framework::FrameworkId;
use moves_domain::framework::adaptation::{Adaptation, VersionSummary};
use moves_domain::ids::{OrgId, UserId};
use moves_domain::permission::{Actor, Capability};

/// The adaptation in force in `actor`'s organisation: the latest saved, or
/// the edition `public` as published when none is.
pub async fn in_force(ctx: &Ctx, actor: &Actor, public: FrameworkId) -> Result<Adaptation, Error> {
    let (org, _) = admin_of(actor, Capability::AdaptFramework)?;
    in_force_of(ctx, org, public).await
}

async fn in_force_of(ctx: &Ctx, org: OrgId, public: FrameworkId) -> Result<Adaptation, Error> {
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

/// How many versions a page of the history shows.
pub const HISTORY_PAGE: u32 = 50;

/// A page of the history: versions newest first, and where the older ones
/// start when there are more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryPage {
    pub entries: Vec<HistoryEntry>,
    /// The version to pass as `before` for the next page.
    pub older: Option<u32>,
}

/// The versions of `actor`'s organisation's adaptation before `before` (the
/// newest when `None`), a page at a time, newest first.
pub async fn history(ctx: &Ctx, actor: &Actor, before: Option<u32>) -> Result<HistoryPage, Error> {
    let (org, admin) = admin_of(actor, Capability::AdaptFramework)?;
    let mut versions = ctx
        .store()
        .adaptation_history(org, before, HISTORY_PAGE + 1)
        .await?;
    let older = if versions.len() > HISTORY_PAGE as usize {
        versions.truncate(HISTORY_PAGE as usize);
        versions.last().map(|v| v.version)
    } else {
        None
    };
    let people: Vec<UserId> = versions.iter().filter_map(|v| v.saved_by).collect();
    let names = names_of(ctx, people.iter().copied()).await?;
    audit_people_shown(ctx, org, admin, people, "framework").await?;
    let entries = versions
        .into_iter()
        .map(|summary| HistoryEntry {
            saved_by: summary.saved_by.and_then(|u| names.get(&u).cloned()),
            summary,
        })
        .collect();
    Ok(HistoryPage { entries, older })
}

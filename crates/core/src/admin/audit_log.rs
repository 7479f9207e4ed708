//! The audit log, for an organisation's administrators: who did what, when,
//! newest first, filtered by kind of event, a page at a time back in time.
//! It holds ids and codes, never personal content; the names of the people
//! who acted are shown, so they are audited as read before the page is
//! returned.

use super::{admin_of, audit_people_shown, names_of};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{AuditId, UserId};
use moves_domain::permission::{Actor, Capability};
use moves_store::{AuditEntry, AuditQuery};
use std::collections::HashMap;

/// How many entries a page shows.
pub const AUDIT_PAGE: u32 = 50;

/// Where a page starts: just after this entry, in the log's order (newest
/// first). Many entries share a moment (a list read writes one per person
/// shown), so the time alone would skip some.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditCursor {
    pub at: Timestamp,
    /// `None` from an older link with a time only.
    pub id: Option<AuditId>,
}

impl AuditCursor {
    /// As it goes in a link: `1764000000000.<id>`.
    pub fn to_param(&self) -> String {
        match self.id {
            Some(id) => format!("{}.{id}", self.at.as_millis()),
            None => self.at.as_millis().to_string(),
        }
    }

    /// A cursor from a link (a time, with or without the entry's id), if it
    /// is one of ours.
    pub fn parse(param: &str) -> Option<Self> {
        let param = param.trim();
        let (at, id) = match param.split_once('.') {
            Some((at, id)) => (at, Some(id.parse().ok()?)),
            None => (param, None),
        };
        Some(Self {
            at: Timestamp::from_millis(at.parse().ok()?),
            id,
        })
    }
}

/// Which entries to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    /// Only entries after this one (older).
    pub before: Option<AuditCursor>,
}

/// One entry as the log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedEntry {
    pub at: Timestamp,
    /// The name of who acted, when someone did and their account is known.
    pub who: Option<String>,
    pub action: AuditAction,
    pub subject: Option<String>,
    pub detail: Option<String>,
}

/// A page of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLogPage {
    pub entries: Vec<LoggedEntry>,
    /// Where the next (older) page starts, when there may be one.
    pub older: Option<AuditCursor>,
}

/// The page of `actor`'s organisation's log that `filter` asks for.
pub async fn read(ctx: &Ctx, actor: &Actor, filter: AuditFilter) -> Result<AuditLogPage, Error> {
    let (org, admin) = admin_of(actor, Capability::ReadAuditLog)?;
    let query = AuditQuery {
        action: filter.action,
        before: filter.before.map(|c| c.at),
        before_entry: filter.before.and_then(|c| c.id),
        limit: AUDIT_PAGE,
        ..AuditQuery::new(AuditScope::Organisation(org))
    };
    let entries: Vec<AuditEntry> = ctx.store().list_audit(&query).await?;
    let actors: Vec<UserId> = entries.iter().filter_map(|e| e.actor).collect();
    let names: HashMap<UserId, String> = names_of(ctx, actors.iter().copied()).await?;
    audit_people_shown(ctx, org, admin, actors, "audit_log").await?;
    let older = (entries.len() == AUDIT_PAGE as usize)
        .then(|| {
            entries.last().map(|e| AuditCursor {
                at: e.at,
                id: Some(e.id),
            })
        })
        .flatten();
    let entries = entries
        .into_iter()
        .map(|e| LoggedEntry {
            at: e.at,
            who: e.actor.and_then(|a| names.get(&a).cloned()),
            action: e.action,
            subject: e.subject,
            detail: e.detail,
        })
        .collect();
    Ok(AuditLogPage { entries, older })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_goes_through_a_link_and_nothing_else_does() {
        let c = AuditCursor {
            at: Timestamp::from_millis(1_764_000_000_000),
            id: Some(AuditId::new()),
        };
        assert_eq!(AuditCursor::parse(&c.to_param()), Some(c));
        let time_only = AuditCursor { id: None, ..c };
        assert_eq!(AuditCursor::parse("1764000000000"), Some(time_only));
        for bad in ["", "notanumber", "x.y", "1.not-an-id", ".", "1..x"] {
            assert_eq!(AuditCursor::parse(bad), None, "{bad}");
        }
    }
}

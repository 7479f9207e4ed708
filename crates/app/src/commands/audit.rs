//! `moves audit verify`: checks every chain of the audit log (each
//! organisation's, and the installation's) with the installation's keys, and
//! names the first entry where a chain breaks. Exits 0 when every chain is
//! intact, 1 otherwise.

use crate::config::Config;
use crate::database::Backend;
use anyhow::Result;
use moves_core::audit::AuditScope;
use moves_core::audit_chain::{Break, BreakReason, ChainReport};
use moves_core::ids::OrgId;
use moves_store::Store;
use std::collections::HashMap;
use std::process::ExitCode;

pub async fn verify(config: &Config) -> Result<ExitCode> {
    let backend = Backend::open_migrated(config).await?;
    let store = backend.store();
    let result = check(store.as_ref()).await;
    store.close().await;
    let (reports, names) = result?;
    println!("The audit log of {}:", backend.describe(config));
    if reports.is_empty() {
        println!("  no entries yet.");
    }
    let mut broken = 0;
    for report in &reports {
        println!("  {}", summary(report, &names));
        if report.broken.is_some() {
            broken += 1;
        }
    }
    Ok(if broken == 0 {
        println!(
            "Every chain is intact. To notice the newest entries being removed later, keep the \
             heads above somewhere the database's writers cannot change."
        );
        ExitCode::SUCCESS
    } else {
        println!("{broken} chain(s) broken: the log was changed outside the server.");
        ExitCode::from(1)
    })
}

async fn check(store: &dyn Store) -> Result<(Vec<ChainReport>, HashMap<OrgId, String>)> {
    let reports = store.verify_audit_chains().await?;
    let names = store
        .list_organisations()
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok((reports, names))
}

fn chain_name(scope: AuditScope, names: &HashMap<OrgId, String>) -> String {
    match scope {
        AuditScope::Installation => "installation".to_owned(),
        AuditScope::Organisation(id) => match names.get(&id) {
            Some(name) => format!("organisation {id} ({name})"),
            None => format!("organisation {id} (not in the database)"),
        },
    }
}

fn summary(report: &ChainReport, names: &HashMap<OrgId, String>) -> String {
    let name = chain_name(report.scope, names);
    let head = match &report.head {
        Some(h) => format!("head {} {}", h.position, h.mac),
        None => "no head".to_owned(),
    };
    match &report.broken {
        None => format!(
            "{name}: {} entries, intact; {head}; keys {}",
            report.entries,
            report.keys.join(", ")
        ),
        Some(b) => format!("{name}: BROKEN {}", broken(b, report.scope)),
    }
}

fn broken(b: &Break, scope: AuditScope) -> String {
    let place = match (b.entry, b.position) {
        (Some(id), Some(p)) => format!("at entry {id} (position {p})"),
        (Some(id), None) => format!("at entry {id}"),
        (None, Some(p)) => format!("at position {p}"),
        (None, None) => String::new(),
    };
    let org = match scope {
        AuditScope::Installation => "of the installation".to_owned(),
        AuditScope::Organisation(id) => format!("of organisation {id}"),
    };
    let why = match &b.reason {
        BreakReason::Altered => {
            "its keyed hash does not match: it was changed, moved, or added without the key"
                .to_owned()
        }
        BreakReason::Missing { expected, found } if found - 1 == *expected => {
            format!("the entry before it, at position {expected}, is missing")
        }
        BreakReason::Missing { expected, found } => format!(
            "the entries before it, from position {expected} to {}, are missing",
            found - 1
        ),
        BreakReason::OutOfPlace { expected, found } => format!(
            "it claims position {found}, which the chain has passed (expected {expected}): a copy, or a reordering"
        ),
        BreakReason::UnknownKey(id) => format!(
            "it was linked with the installation key {id}, which the keys file does not hold: \
             give this command the keys file with every key the installation ever had"
        ),
        BreakReason::Unlinked => {
            "it carries no link: it was added to the database directly, or by a server older \
             than the chain while this one ran"
                .to_owned()
        }
        BreakReason::TailMissing { head, last } => format!(
            "the chain's head records {head} entries but only {last} are there: the newest were removed"
        ),
        BreakReason::HeadAltered => {
            "the chain's head does not match its last entry: it was changed".to_owned()
        }
    };
    format!("{place} {org}: {why}")
}

//! `moves migrate [--check]`.

use crate::config::Config;
use crate::database::Backend;
use anyhow::Result;
use std::process::ExitCode;

pub async fn run(config: &Config, check: bool) -> Result<ExitCode> {
    let backend = Backend::open(config).await?;
    let pending = backend.pending_migrations().await?;
    let store = backend.store();
    let code = if pending.is_empty() {
        println!("The database is up to date ({}).", backend.describe(config));
        ExitCode::SUCCESS
    } else if check {
        println!(
            "{} migration(s) waiting for {}:",
            pending.len(),
            backend.describe(config)
        );
        for m in &pending {
            println!("  {m}");
        }
        println!("Run `moves migrate` (or start `moves serve`) to apply them.");
        ExitCode::from(1)
    } else {
        backend.migrate().await?;
        for m in &pending {
            println!("applied {m}");
        }
        println!("The database is up to date ({}).", backend.describe(config));
        ExitCode::SUCCESS
    };
    store.close().await;
    Ok(code)
}

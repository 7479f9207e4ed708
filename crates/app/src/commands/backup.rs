//! `moves backup --to FILE`: a consistent copy of the SQLite database, taken while
//! the server keeps running. PostgreSQL has its own tool for this (`pg_dump`).

use crate::config::Config;
use crate::database::Backend;
use anyhow::{Result, bail};
use std::path::Path;

pub async fn run(config: &Config, to: &Path) -> Result<()> {
    let backend = Backend::open(config).await?;
    let result = match &backend {
        Backend::Sqlite(store) => store
            .backup_to(to)
            .await
            .map_err(|e| anyhow::anyhow!("could not write the backup to {}: {e}", to.display())),
        Backend::Postgres(_) => Err(anyhow::anyhow!(
            "this installation uses PostgreSQL: back it up with `pg_dump --format=custom --file={} \"$MOVES_DATABASE_URL\"` (see README: Backup and restore)",
            to.display()
        )),
    };
    backend.store().close().await;
    result?;
    if !to.exists() {
        bail!("the backup file {} was not written", to.display());
    }
    println!(
        "Backed up {} to {}.",
        backend.describe(config),
        to.display()
    );
    Ok(())
}

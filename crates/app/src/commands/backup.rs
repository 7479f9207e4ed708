//! `moves backup --to FILE`: a consistent copy of the SQLite database, taken
//! while the server keeps running, with the installation's keys, in one file
//! encrypted to the `backup_recipients` (see `backup_file`). PostgreSQL has
//! its own tool for the database (`pg_dump`); its keys are the operator's to
//! keep with it.

use crate::backup_file;
use crate::config::Config;
use crate::database::{Backend, Db};
use anyhow::{Context, Result, bail};
use std::path::Path;

pub async fn run(config: &Config, to: &Path, extra_recipients: &[String]) -> Result<()> {
    let mut wanted = config.backup_recipients.clone();
    wanted.extend_from_slice(extra_recipients);
    let recipients = backup_file::recipients(&wanted)?;
    if to.exists() {
        bail!("the backup file {} already exists", to.display());
    }
    let backend = Backend::open(config).await?;
    let result = write(&backend, config, to, &recipients).await;
    backend.store().close().await;
    result?;
    println!(
        "Backed up {} and the installation's keys to {}.",
        backend.describe(config),
        to.display()
    );
    if recipients.is_empty() {
        println!(
            "WARNING: this backup is NOT encrypted: anyone who can read {} reads every record \
             and holds the installation's keys. Set backup_recipients (or give \
             --backup-recipient age1...) to encrypt backups; see docs/security.md.",
            to.display()
        );
    } else {
        println!(
            "Encrypted to {} age recipient(s): open it with `age -d -i IDENTITY {} | tar x`.",
            recipients.len(),
            to.display()
        );
    }
    Ok(())
}

async fn write(
    backend: &Backend,
    config: &Config,
    to: &Path,
    recipients: &[age::x25519::Recipient],
) -> Result<()> {
    let Db::Sqlite(store) = &backend.db else {
        bail!(
            "this installation uses PostgreSQL: back it up with `pg_dump --format=custom --file={} \"$MOVES_DATABASE_URL\"`, and keep the installation's keys with it (see README: Backup and restore)",
            to.display()
        );
    };
    // The keys must be the ones the database was written with.
    backend.settle_keys().await?;
    // A consistent copy first, in a private folder beside the database.
    let scratch = tempfile::Builder::new()
        .prefix(".backup-")
        .tempdir_in(&config.data_dir)
        .context("could not make a scratch folder in the data directory")?;
    let copy = scratch.path().join(backup_file::DATABASE_ENTRY);
    store
        .backup_to(&copy)
        .await
        .map_err(|e| anyhow::anyhow!("could not copy the database: {e}"))?;
    backup_file::write(to, &copy, &backend.keyring().to_file(), recipients)
}

//! `moves restore --from FILE`: put an SQLite backup back in place. The server
//! must be stopped (the data directory's lock says whether it is). The current
//! database is kept beside it, never deleted, so a restore can itself be undone.

use crate::config::{Config, Database};
use crate::data_lock::DataLock;
use anyhow::{Context, Result, bail};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::path::Path;

async fn check_backup(from: &Path) -> Result<()> {
    if !from.is_file() {
        bail!("the backup file {} does not exist", from.display());
    }
    // Open a scratch copy, so checking cannot change the backup itself.
    let scratch = tempfile::tempdir().context("could not make a scratch folder")?;
    let copy = scratch.path().join("check.db");
    std::fs::copy(from, &copy).with_context(|| format!("could not read {}", from.display()))?;
    let store = SqliteStore::open(
        &copy,
        &SqliteSettings {
            readers: 1,
            ..SqliteSettings::default()
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{} is not a usable backup: {e}", from.display()))?;
    let pending = store.pending_migrations().await;
    moves_store::StoreHealth::close(&store).await;
    match pending {
        Ok(p) if p.iter().any(|m| m.starts_with("1 ")) => {
            bail!(
                "{} is an SQLite file but not a Resilient Moves backup",
                from.display()
            )
        }
        Ok(_) => Ok(()),
        Err(e) => bail!("{} is not a usable backup: {e}", from.display()),
    }
}

pub async fn run(config: &Config, from: &Path) -> Result<()> {
    let Database::Sqlite(target) = &config.database else {
        bail!(
            "this installation uses PostgreSQL: restore with `pg_restore --clean --dbname \"$MOVES_DATABASE_URL\" {}` (see README: Backup and restore)",
            from.display()
        );
    };
    let _lock = DataLock::acquire(&config.data_dir)?;
    check_backup(from).await?;
    if target.exists() {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        for suffix in ["", "-wal", "-shm"] {
            let current = target.with_file_name(format!("{}{suffix}", file_name(target)));
            if current.exists() {
                let kept = target.with_file_name(format!(
                    "{}.before-restore-{stamp}{suffix}",
                    file_name(target)
                ));
                std::fs::rename(&current, &kept)
                    .with_context(|| format!("could not move {} aside", current.display()))?;
            }
        }
        println!(
            "The previous database was kept as {}.before-restore-{stamp}.",
            target.display()
        );
    }
    std::fs::copy(from, target)
        .with_context(|| format!("could not copy the backup to {}", target.display()))?;
    println!(
        "Restored {} from {}. Start the server with `moves serve`.",
        target.display(),
        from.display()
    );
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

//! `moves restore --from FILE`: put a backup back in place: the SQLite
//! database and the installation's keys. The server must be stopped (the data
//! directory's lock says whether it is). The current database and keys are
//! kept beside them, never deleted, so a restore can itself be undone.

use crate::backup_file;
use crate::config::{Config, Database, KeysSource};
use crate::data_lock::DataLock;
use anyhow::{Context, Result, bail};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::path::Path;

async fn check_database(copy: &Path, from: &Path) -> Result<()> {
    let store = SqliteStore::open(
        copy,
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

pub async fn run(config: &Config, from: &Path, identity: Option<&Path>) -> Result<()> {
    let Database::Sqlite(target) = &config.database else {
        bail!(
            "this installation uses PostgreSQL: restore with `pg_restore --clean --dbname \"$MOVES_DATABASE_URL\" {}` (see README: Backup and restore)",
            from.display()
        );
    };
    let _lock = DataLock::acquire(&config.data_dir)?;
    if !from.is_file() {
        bail!("the backup file {} does not exist", from.display());
    }
    // Unpacked and checked in a scratch folder, so checking changes nothing.
    let scratch = tempfile::tempdir().context("could not make a scratch folder")?;
    let opened = backup_file::open(from, identity, scratch.path())?;
    check_database(&opened.database, from).await?;
    if let Some(keys) = &opened.keys {
        moves_core::keys::Keyring::parse(keys)
            .with_context(|| format!("the keys in {} are not valid", from.display()))?;
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    if target.exists() {
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
    std::fs::copy(&opened.database, target)
        .with_context(|| format!("could not copy the backup to {}", target.display()))?;
    // `copy` carries the scratch file's mode over; say it again, so the
    // restored database is never readable by others, not even until the
    // next start.
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(target, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("could not make {} private", target.display()))?;
    }
    match (&opened.keys, &config.keys) {
        (Some(keys), KeysSource::File(path)) => {
            backup_file::install_keys(path, keys, stamp)?;
            println!(
                "The installation's keys were restored to {}.",
                path.display()
            );
        }
        (Some(_), KeysSource::Environment) => println!(
            "This installation takes its keys from MOVES_KEYS: set it to the keys.toml inside \
             the backup before starting the server."
        ),
        (None, _) => println!(
            "This backup is from before the installation's keys were kept outside the \
             database; the server will make them at its next start."
        ),
    }
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

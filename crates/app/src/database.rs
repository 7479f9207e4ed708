//! Opens the database the configuration names: the backend is chosen here, once.

use crate::config::{Config, Database, KeysSource};
use crate::keys::{self, Keys};
use anyhow::{Context, Result};
use moves_store::{Store, StoreResult};
use moves_store_postgres::{PgSettings, PgStore};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
use std::path::Path;
use std::sync::Arc;

pub enum Db {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PgStore>),
}

/// The database, opened with the installation's keys.
pub struct Backend {
    pub db: Db,
    keys: Keys,
}

/// Makes sure the data directory exists, is ours alone (mode 0700: the
/// database, its journal, the keys and backups inside are nobody else's to
/// read) and is a directory we can write to.
fn prepare_data_dir(config: &Config) -> Result<()> {
    let dir = &config.data_dir;
    if dir.exists() && !dir.is_dir() {
        anyhow::bail!(
            "the data directory {} exists but is a file, not a folder",
            dir.display()
        );
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("could not create the data directory {}", dir.display()))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).with_context(|| {
        format!(
            "could not make the data directory {} private (mode 0700)",
            dir.display()
        )
    })?;
    let probe = dir.join(".moves-write-check");
    std::fs::write(&probe, b"ok")
        .with_context(|| format!("the data directory {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// The database file and its journal are the owner's alone (mode 0600).
/// SQLite makes its `-wal` and `-shm` files with the database file's mode, so
/// setting it before they exist keeps them private too.
fn make_private(db: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let file = Path::new(&name);
        if file.exists() {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("could not make {} private", file.display()))?;
        }
    }
    Ok(())
}

/// The migration that adds the audit chain, as `pending_migrations` names it.
const CHAIN_MIGRATION: &str = "36 audit chain";

impl Backend {
    /// Opens the database without changing its schema, with the
    /// installation's keys (made if there are none yet: they are written
    /// only once the database has accepted them, see [`Backend::settle_keys`]).
    pub async fn open(config: &Config) -> Result<Self> {
        if let KeysSource::File(path) = &config.keys
            && path.parent() == Some(config.data_dir.as_path())
        {
            prepare_data_dir(config)?;
        }
        let keys = keys::read(config)?;
        let db = match &config.database {
            Database::Sqlite(path) => {
                if path.parent() == Some(config.data_dir.as_path()) {
                    prepare_data_dir(config)?;
                }
                let settings = SqliteSettings {
                    readers: config.database_max_connections,
                    keys: Some(keys.ring.clone()),
                    ..SqliteSettings::default()
                };
                let store = SqliteStore::open(path, &settings).await?;
                make_private(path)?;
                Db::Sqlite(Arc::new(store))
            }
            Database::Postgres(url) => {
                let settings = PgSettings {
                    max_connections: config.database_max_connections,
                    keys: Some(keys.ring.clone()),
                    ..PgSettings::default()
                };
                Db::Postgres(Arc::new(PgStore::open(url, &settings).await?))
            }
        };
        Ok(Self { db, keys })
    }

    /// Checks the database was written with these keys (recording them when
    /// it is new, writing a new keys file) and seals any second-factor secret
    /// still stored from before secrets were sealed. Needs the schema.
    pub async fn settle_keys(&self) -> Result<()> {
        let store = self.store();
        self.keys.settle(store.as_ref()).await?;
        let sealed = store
            .seal_plain_totp_secrets()
            .await
            .context("could not seal the second factors' secrets")?;
        if sealed > 0 {
            tracing::info!("sealed {sealed} second-factor secret(s) with the installation's keys");
        }
        Ok(())
    }

    /// The installation's keys.
    pub fn keyring(&self) -> Arc<moves_core::keys::Keyring> {
        self.keys.ring.clone()
    }

    /// Opens the database and brings it up to date ([`Backend::migrate`]).
    pub async fn open_migrated(config: &Config) -> Result<Self> {
        let backend = Self::open(config).await?;
        backend.migrate().await?;
        Ok(backend)
    }

    /// Brings the schema up to date and settles the keys. The entries written
    /// before the audit log was chained are linked into their chains in the
    /// run that adds the chain to the schema, and never after: later, an
    /// entry without a link was added or unlinked behind the server's back,
    /// and linking it would sign whatever someone made of the log.
    pub async fn migrate(&self) -> Result<()> {
        let adds_chain = self
            .pending_migrations()
            .await?
            .iter()
            .any(|m| m == CHAIN_MIGRATION);
        match &self.db {
            Db::Sqlite(s) => s.migrate().await?,
            Db::Postgres(s) => s.migrate().await?,
        }
        self.settle_keys().await?;
        if adds_chain {
            let linked = self
                .store()
                .link_unlinked_audit()
                .await
                .context("could not link the audit log's older entries into their chains")?;
            if linked > 0 {
                tracing::info!(
                    "linked {linked} audit entr(ies) from before the audit log was chained into their chains"
                );
            }
        }
        Ok(())
    }

    pub async fn pending_migrations(&self) -> StoreResult<Vec<String>> {
        match &self.db {
            Db::Sqlite(s) => s.pending_migrations().await,
            Db::Postgres(s) => s.pending_migrations().await,
        }
    }

    pub fn store(&self) -> Arc<dyn Store> {
        match &self.db {
            Db::Sqlite(s) => s.clone(),
            Db::Postgres(s) => s.clone(),
        }
    }

    /// Where the data lives, for people (no password).
    pub fn describe(&self, config: &Config) -> String {
        match (&self.db, &config.database) {
            (Db::Sqlite(s), _) => format!("SQLite database {}", s.path().display()),
            (Db::Postgres(_), Database::Postgres(url)) => {
                format!("PostgreSQL {}", moves_store_postgres::describe_url(url))
            }
            (Db::Postgres(_), _) => "PostgreSQL".to_owned(),
        }
    }
}

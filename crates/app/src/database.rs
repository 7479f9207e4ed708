//! Opens the database the configuration names: the backend is chosen here, once.

use crate::config::{Config, Database};
use anyhow::{Context, Result};
use moves_store::{Store, StoreResult};
use moves_store_postgres::{PgSettings, PgStore};
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use std::sync::Arc;

pub enum Backend {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PgStore>),
}

/// Makes sure the data directory exists and is a directory we can write to.
fn prepare_data_dir(config: &Config) -> Result<()> {
    let dir = &config.data_dir;
    if dir.exists() && !dir.is_dir() {
        anyhow::bail!(
            "the data directory {} exists but is a file, not a folder",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("could not create the data directory {}", dir.display()))?;
    let probe = dir.join(".moves-write-check");
    std::fs::write(&probe, b"ok")
        .with_context(|| format!("the data directory {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

impl Backend {
    /// Opens the database without changing its schema.
    pub async fn open(config: &Config) -> Result<Self> {
        match &config.database {
            Database::Sqlite(path) => {
                if path.parent() == Some(config.data_dir.as_path()) {
                    prepare_data_dir(config)?;
                }
                let settings = SqliteSettings {
                    readers: config.database_max_connections,
                    ..SqliteSettings::default()
                };
                Ok(Self::Sqlite(Arc::new(
                    SqliteStore::open(path, &settings).await?,
                )))
            }
            Database::Postgres(url) => {
                let settings = PgSettings {
                    max_connections: config.database_max_connections,
                    ..PgSettings::default()
                };
                Ok(Self::Postgres(Arc::new(
                    PgStore::open(url, &settings).await?,
                )))
            }
        }
    }

    /// Opens the database and brings its schema up to date.
    pub async fn open_migrated(config: &Config) -> Result<Self> {
        let backend = Self::open(config).await?;
        backend.migrate().await?;
        Ok(backend)
    }

    pub async fn migrate(&self) -> Result<()> {
        match self {
            Self::Sqlite(s) => s.migrate().await?,
            Self::Postgres(s) => s.migrate().await?,
        }
        Ok(())
    }

    pub async fn pending_migrations(&self) -> StoreResult<Vec<String>> {
        match self {
            Self::Sqlite(s) => s.pending_migrations().await,
            Self::Postgres(s) => s.pending_migrations().await,
        }
    }

    pub fn store(&self) -> Arc<dyn Store> {
        match self {
            Self::Sqlite(s) => s.clone(),
            Self::Postgres(s) => s.clone(),
        }
    }

    /// Where the data lives, for people (no password).
    pub fn describe(&self, config: &Config) -> String {
        match (self, &config.database) {
            (Self::Sqlite(s), _) => format!("SQLite database {}", s.path().display()),
            (Self::Postgres(_), Database::Postgres(url)) => {
                format!("PostgreSQL {}", moves_store_postgres::describe_url(url))
            }
            (Self::Postgres(_), _) => "PostgreSQL".to_owned(),
        }
    }
}

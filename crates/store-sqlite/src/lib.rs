//! SQLite: the embedded default. A small charity runs the platform on one machine
//! with nothing else to install; the database is one file in the data directory.

use async_trait::async_trait;
use moves_domain::keys::Keyring;
use moves_store::{PoolStats, StoreError, StoreHealth, StoreResult};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, SqlitePool};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use thiserror::Error;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Error)]
pub enum OpenError {
    #[error("could not open the SQLite database at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error(
        "the file {path} is not a Resilient Moves database, or it is damaged ({reason}); restore it from a backup, or move it away to start afresh"
    )]
    NotADatabase { path: String, reason: String },
    #[error("could not update the database schema at {path}: {reason}")]
    Migrate { path: String, reason: String },
}

/// Connection settings. The defaults favour never losing an acknowledged write.
#[derive(Debug, Clone)]
pub struct SqliteSettings {
    /// Connections for reading; writes always go through a single connection.
    pub readers: u32,
    pub busy_timeout: Duration,
    /// The installation's keys (second-factor secrets are sealed with them,
    /// the audit log chained); a throwaway keyring when not given, for tests.
    pub keys: Option<Arc<Keyring>>,
}

impl Default for SqliteSettings {
    fn default() -> Self {
        Self {
            readers: 8,
            busy_timeout: Duration::from_secs(10),
            keys: None,
        }
    }
}

pub struct SqliteStore {
    path: PathBuf,
    /// One connection: SQLite allows one writer at a time, and a single writer
    /// connection avoids "database is locked" errors when a read transaction
    /// would otherwise have to upgrade to a write.
    writer: SqlitePool,
    reader: SqlitePool,
    max_readers: u32,
    keys: Arc<Keyring>,
}

fn classify(path: &Path, e: sqlx::Error) -> OpenError {
    let reason = e.to_string();
    let path = path.display().to_string();
    if reason.contains("not a database") || reason.contains("malformed") {
        OpenError::NotADatabase { path, reason }
    } else {
        OpenError::Open { path, reason }
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file. Does not change the schema:
    /// call [`SqliteStore::migrate`] for that.
    pub async fn open(path: &Path, settings: &SqliteSettings) -> Result<Self, OpenError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a write acknowledged to the user is on disk, even after a power cut.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(settings.busy_timeout)
            .disable_statement_logging();
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(|e| classify(path, e))?;
        // Touch the schema so a file that is not SQLite fails now, not on first use.
        sqlx::query("SELECT count(*) FROM sqlite_master")
            .fetch_one(&writer)
            .await
            .map_err(|e| classify(path, e))?;
        let reader = SqlitePoolOptions::new()
            .max_connections(settings.readers.max(1))
            .connect_with(options.read_only(true))
            .await
            .map_err(|e| classify(path, e))?;
        Ok(Self {
            path: path.to_owned(),
            writer,
            reader,
            max_readers: settings.readers.max(1),
            keys: settings
                .keys
                .clone()
                .unwrap_or_else(|| Arc::new(Keyring::ephemeral())),
        })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub async fn migrate(&self) -> Result<(), OpenError> {
        MIGRATOR
            .run(&self.writer)
            .await
            .map_err(|e| OpenError::Migrate {
                path: self.path.display().to_string(),
                reason: e.to_string(),
            })
    }

    /// Migrations known to this build that the database has not had yet.
    pub async fn pending_migrations(&self) -> StoreResult<Vec<String>> {
        let exists: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
        )
        .fetch_one(&self.reader)
        .await
        .map_err(moves_store_sql::map_err)?;
        let applied: Vec<i64> = if exists > 0 {
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.reader)
                .await
                .map_err(moves_store_sql::map_err)?
        } else {
            Vec::new()
        };
        Ok(MIGRATOR
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .map(|m| format!("{} {}", m.version, m.description))
            .collect())
    }

    /// A consistent copy of the live database, taken while it is in use
    /// (`VACUUM INTO`). Refuses to overwrite an existing file.
    pub async fn backup_to(&self, target: &Path) -> StoreResult<()> {
        if target.exists() {
            return Err(StoreError::Conflict(format!(
                "{} already exists",
                target.display()
            )));
        }
        let target = target.to_str().ok_or_else(|| {
            StoreError::Unavailable("the backup path must be valid UTF-8".to_owned())
        })?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.writer)
            .await
            .map_err(moves_store_sql::map_err)?;
        Ok(())
    }

    /// No extra lock for the first-run setup: the single writer connection already
    /// serialises it in this process, and SQLite's transactions are serialisable
    /// between processes.
    const SETUP_LOCK: Option<&'static str> = None;

    /// Sweeping old sign-in counts: one writer, so no lock to step around.
    const SWEEP_ATTEMPTS: &'static str = "DELETE FROM sign_in_attempts WHERE window_began < $1";

    /// A read transaction sees one moment throughout already (in WAL mode,
    /// from its first read).
    const SNAPSHOT: Option<&'static str> = None;

    fn reader(&self) -> &SqlitePool {
        &self.reader
    }
    fn keys(&self) -> &Keyring {
        &self.keys
    }

    fn writer(&self) -> &SqlitePool {
        &self.writer
    }
}

/// Parses `sqlite://path` or `sqlite:path` into a file path.
pub fn path_from_url(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let rest = rest.split('?').next().unwrap_or(rest);
    (!rest.is_empty()).then(|| PathBuf::from(rest))
}

moves_store_sql::impl_shared_stores!(SqliteStore);

#[async_trait]
impl StoreHealth for SqliteStore {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.reader)
            .await
            .map_err(moves_store_sql::map_err)?;
        Ok(())
    }

    fn pool_stats(&self) -> PoolStats {
        PoolStats {
            connections: self.reader.size() + self.writer.size(),
            idle: u32::try_from(self.reader.num_idle() + self.writer.num_idle())
                .unwrap_or(u32::MAX),
            max: self.max_readers + 1,
        }
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

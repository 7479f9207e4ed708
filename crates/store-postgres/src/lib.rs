//! PostgreSQL: for an installation that outgrows one machine. Several `moves serve`
//! processes share one database; nothing that must hold across requests lives in
//! a process.

use async_trait::async_trait;
use moves_domain::keys::Keyring;
use moves_store::{PoolStats, StoreHealth, StoreResult};
use sqlx::migrate::MigrateDatabase;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgPool, Postgres};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use thiserror::Error;

pub mod testing;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Error)]
pub enum OpenError {
    #[error("the database URL is not valid: {0}")]
    BadUrl(String),
    #[error("could not connect to PostgreSQL at {target}: {reason}")]
    Connect { target: String, reason: String },
    #[error(
        "the database {database} does not exist on {target} and could not be created ({reason}); create it with `createdb {database}` as a user allowed to, or point --database-url at an existing database"
    )]
    CannotCreate {
        database: String,
        target: String,
        reason: String,
    },
    #[error("could not update the database schema: {0}")]
    Migrate(String),
}

#[derive(Debug, Clone)]
pub struct PgSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    /// The installation's keys (second-factor secrets are sealed with them,
    /// the audit log chained); a throwaway keyring when not given, for tests.
    pub keys: Option<Arc<Keyring>>,
}

impl Default for PgSettings {
    fn default() -> Self {
        Self {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(10),
            keys: None,
        }
    }
}

pub struct PgStore {
    pool: PgPool,
    max: u32,
    keys: Arc<Keyring>,
}

/// Host, port and database of a URL, without the password, for messages.
pub fn describe_url(url: &str) -> String {
    match PgConnectOptions::from_str(url) {
        Ok(o) => format!(
            "{}:{}/{}",
            o.get_host(),
            o.get_port(),
            o.get_database().unwrap_or("(default database)")
        ),
        Err(_) => "(an unreadable URL)".to_owned(),
    }
}

impl PgStore {
    /// Connects, creating the database first if it does not exist yet.
    pub async fn open(url: &str, settings: &PgSettings) -> Result<Self, OpenError> {
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| OpenError::BadUrl(e.to_string()))?
            .disable_statement_logging();
        let target = describe_url(url);
        let exists = Postgres::database_exists(url)
            .await
            .map_err(|e| OpenError::Connect {
                target: target.clone(),
                reason: e.to_string(),
            })?;
        if !exists {
            Postgres::create_database(url)
                .await
                .map_err(|e| OpenError::CannotCreate {
                    database: options.get_database().unwrap_or("").to_owned(),
                    target: target.clone(),
                    reason: e.to_string(),
                })?;
        }
        let pool = PgPoolOptions::new()
            .max_connections(settings.max_connections.max(1))
            .acquire_timeout(settings.acquire_timeout)
            .connect_with(options)
            .await
            .map_err(|e| OpenError::Connect {
                target,
                reason: e.to_string(),
            })?;
        Ok(Self {
            pool,
            max: settings.max_connections.max(1),
            keys: settings
                .keys
                .clone()
                .unwrap_or_else(|| Arc::new(Keyring::ephemeral())),
        })
    }

    pub async fn migrate(&self) -> Result<(), OpenError> {
        MIGRATOR
            .run(&self.pool)
            .await
            .map_err(|e| OpenError::Migrate(e.to_string()))
    }

    /// Migrations known to this build that the database has not had yet.
    pub async fn pending_migrations(&self) -> StoreResult<Vec<String>> {
        let exists: bool = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
            .fetch_one(&self.pool)
            .await
            .map_err(moves_store_sql::map_err)?;
        let applied: Vec<i64> = if exists {
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.pool)
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

    /// Makes two first-run setups wait for each other, so the second sees the
    /// first's organisation (and answers "already set up") instead of adding its own.
    const SETUP_LOCK: Option<&'static str> = Some("LOCK TABLE setup_codes IN EXCLUSIVE MODE");

    /// Sweeping old sign-in counts passes over rows a sign-in holds: an attempt
    /// locks its counts in one order, and a sweep locking many in another could
    /// deadlock with it. A row skipped now is swept next time.
    const SWEEP_ATTEMPTS: &'static str = "DELETE FROM sign_in_attempts WHERE throttle_key IN
         (SELECT throttle_key FROM sign_in_attempts WHERE window_began < $1
          FOR UPDATE SKIP LOCKED)";

    /// Checking an audit chain reads its head and its entries as of one
    /// moment, so an entry appended meanwhile is not taken for tampering.
    const SNAPSHOT: Option<&'static str> =
        Some("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");

    fn reader(&self) -> &PgPool {
        &self.pool
    }
    fn keys(&self) -> &Keyring {
        &self.keys
    }

    fn writer(&self) -> &PgPool {
        &self.pool
    }
}

moves_store_sql::impl_shared_stores!(PgStore);

#[async_trait]
impl StoreHealth for PgStore {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(moves_store_sql::map_err)?;
        Ok(())
    }

    fn pool_stats(&self) -> PoolStats {
        PoolStats {
            connections: self.pool.size(),
            idle: u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX),
            max: self.max,
        }
    }

    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

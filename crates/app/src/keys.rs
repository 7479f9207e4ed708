//! The installation's keys, outside the database: read from `MOVES_KEYS` or
//! the keys file (`keys.toml` in the data directory by default), made on the
//! first start, and checked against what the database recorded, so a server
//! given other keys (a second server without the first one's file, a lost
//! file) refuses to start instead of writing what nobody could read back.

use crate::config::{Config, KeysSource};
use anyhow::{Context, Result, bail};
use moves_core::keys::Keyring;
use moves_store::Store;
use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name the database records the keyring under.
const RECORDED_AS: &str = "keyring-check";

/// The keys, and the file to write them to once the database has accepted
/// them (only when they were just made).
pub struct Keys {
    pub ring: Arc<Keyring>,
    new_file: Option<PathBuf>,
}

/// Reads the installation's keys; when there is no keys file yet, makes new
/// ones (written by [`Keys::settle`], after the database accepted them).
pub fn read(config: &Config) -> Result<Keys> {
    match &config.keys {
        KeysSource::Environment => {
            let text = std::env::var("MOVES_KEYS").context("MOVES_KEYS is not valid text")?;
            let ring = Keyring::parse(&text).context("the keys in MOVES_KEYS are not valid")?;
            Ok(Keys {
                ring: Arc::new(ring),
                new_file: None,
            })
        }
        KeysSource::File(path) if path.exists() => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("could not read the keys file {}", path.display()))?;
            let ring = Keyring::parse(&text)
                .with_context(|| format!("the keys file {} is not valid", path.display()))?;
            Ok(Keys {
                ring: Arc::new(ring),
                new_file: None,
            })
        }
        KeysSource::File(path) => Ok(Keys {
            ring: Arc::new(Keyring::generate()?),
            new_file: Some(path.clone()),
        }),
    }
}

impl Keys {
    /// Checks that the database was written with these keys (recording them
    /// when it is new), then writes a new keys file if the keys were just
    /// made. A database that recorded other keys is refused, with what to do.
    pub async fn settle(&self, store: &dyn Store) -> Result<()> {
        let ours = self.ring.check_value();
        let recorded = store
            .installation_secret(RECORDED_AS, ours.as_bytes())
            .await
            .context("could not read which keys the database was written with")?;
        let recorded = String::from_utf8_lossy(&recorded).into_owned();
        if !self.ring.recognises(&recorded) {
            let id = recorded.split(':').next().unwrap_or("?");
            match &self.new_file {
                Some(path) => bail!(
                    "the keys file {} is missing, but this database was written with the \
                     installation key {id}: put that keys file back (it is in every backup \
                     made by `moves backup`), or set MOVES_KEYS to its text",
                    path.display()
                ),
                None => bail!(
                    "this database was written with the installation key {id}, which these keys \
                     do not hold: give this server the same keys file (or MOVES_KEYS) as the \
                     others, with every key it ever had (see docs/security.md: Keys)"
                ),
            }
        }
        if let Some(path) = &self.new_file {
            write_private(path, self.ring.to_file().as_bytes())?;
            tracing::info!(
                "made the installation's keys in {} (keep it secret; back it up)",
                path.display()
            );
        }
        Ok(())
    }
}

/// Writes a new file only its owner can read (mode 0600), never over an
/// existing one.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("could not create {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("could not write {}", path.display()))
}

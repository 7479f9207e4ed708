//! One server per data directory. `serve` holds an exclusive lock on
//! `moves.lock` for its lifetime; `restore` takes the same lock, so it cannot
//! swap the database under a running server. The operating system releases the
//! lock when the process ends, even after `kill -9`.

use anyhow::{Context, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

pub struct DataLock {
    _file: File,
}

impl DataLock {
    pub fn acquire(data_dir: &Path) -> Result<Self> {
        if data_dir.exists() && !data_dir.is_dir() {
            anyhow::bail!(
                "the data directory {} exists but is a file, not a folder",
                data_dir.display()
            );
        }
        std::fs::create_dir_all(data_dir).with_context(|| {
            format!("could not create the data directory {}", data_dir.display())
        })?;
        let path = data_dir.join("moves.lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("could not open {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => anyhow::bail!(
                "another `moves serve` (or restore) is using the data directory {}; stop it first",
                data_dir.display()
            ),
            Err(TryLockError::Error(e)) => {
                Err(e).with_context(|| format!("could not lock {}", path.display()))
            }
        }
    }
}

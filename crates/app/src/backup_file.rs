//! The backup file: a tar archive of the SQLite database and the
//! installation's keys (without the keys, second factors and the audit chain
//! could not be read on another machine), encrypted to the operator's age
//! recipients, so `age -d -i key.txt backup | tar x` opens it with standard
//! tools. Without recipients it is written unencrypted, and the operator is
//! told so plainly.

use crate::keys::write_private;
use anyhow::{Context, Result, bail};
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::Path;
use std::str::FromStr as _;

/// The database's name inside the archive.
pub const DATABASE_ENTRY: &str = "moves.db";
/// The keys file's name inside the archive.
pub const KEYS_ENTRY: &str = "keys.toml";
const AGE_HEADER: &[u8] = b"age-encryption.org/v1";
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// The recipients, checked; each must be an age public key (`age1...`).
pub fn recipients(given: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    given
        .iter()
        .map(|r| {
            age::x25519::Recipient::from_str(r.trim()).map_err(|e| {
                anyhow::anyhow!(
                    "the backup recipient {r:?} is not an age public key (age1...): {e}"
                )
            })
        })
        .collect()
}

/// Writes the archive of `database` (a consistent copy) and `keys` to `to`,
/// which must not exist, readable by its owner only.
pub fn write(
    to: &Path,
    database: &Path,
    keys: &str,
    recipients: &[age::x25519::Recipient],
) -> Result<()> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(to)
        .with_context(|| format!("could not create the backup file {}", to.display()))?;
    let result = if recipients.is_empty() {
        archive(file, database, keys).map(|_| ())
    } else {
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .context("could not start encrypting the backup")?;
        encryptor
            .wrap_output(file)
            .context("could not start encrypting the backup")
            .and_then(|w| archive(w, database, keys))
            .and_then(|w| w.finish().context("could not finish encrypting the backup"))
            .map(|_| ())
    };
    if result.is_err() {
        // Never leave half a backup that looks like a whole one.
        let _ = std::fs::remove_file(to);
    }
    result
}

fn archive<W: Write>(out: W, database: &Path, keys: &str) -> Result<W> {
    let mut tar = tar::Builder::new(out);
    tar.append_path_with_name(database, DATABASE_ENTRY)
        .context("could not add the database to the backup")?;
    let mut header = tar::Header::new_gnu();
    header.set_size(keys.len() as u64);
    header.set_mode(0o600);
    header.set_cksum();
    tar.append_data(&mut header, KEYS_ENTRY, keys.as_bytes())
        .context("could not add the keys to the backup")?;
    tar.into_inner().context("could not finish the backup")
}

/// What a backup file held.
pub struct Opened {
    /// The database, unpacked into the scratch folder.
    pub database: std::path::PathBuf,
    /// The keys file's text; `None` for a backup from before keys were kept
    /// outside the database (a bare SQLite file).
    pub keys: Option<String>,
}

/// Opens a backup into `scratch`: an encrypted archive (with `identity`), a
/// plain archive, or a bare SQLite file from before keys were backed up.
pub fn open(from: &Path, identity: Option<&Path>, scratch: &Path) -> Result<Opened> {
    let mut start = [0u8; 512];
    let read = std::fs::File::open(from)
        .and_then(|mut f| f.read(&mut start))
        .with_context(|| format!("could not read the backup file {}", from.display()))?;
    let start = &start[..read];
    let file = std::fs::File::open(from)
        .with_context(|| format!("could not read the backup file {}", from.display()))?;
    if start.starts_with(AGE_HEADER) {
        let Some(identity) = identity else {
            bail!(
                "{} is encrypted: give the age identity file that opens it with --identity FILE",
                from.display()
            );
        };
        let identities = age::IdentityFile::from_file(identity.display().to_string())
            .map_err(|e| {
                anyhow::anyhow!(
                    "could not read the identity file {}: {e}",
                    identity.display()
                )
            })?
            .into_identities()
            .map_err(|e| {
                anyhow::anyhow!(
                    "the identity file {} is not usable: {e}",
                    identity.display()
                )
            })?;
        let decryptor = age::Decryptor::new(file).map_err(|e| {
            anyhow::anyhow!("{} is not a readable encrypted backup: {e}", from.display())
        })?;
        let reader = decryptor
            .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
            .map_err(|e| {
                anyhow::anyhow!("could not open {} with that identity: {e}", from.display())
            })?;
        unpack(reader, from, scratch)
    } else if start.starts_with(SQLITE_HEADER) {
        let database = scratch.join(DATABASE_ENTRY);
        std::fs::copy(from, &database)
            .with_context(|| format!("could not read {}", from.display()))?;
        Ok(Opened {
            database,
            keys: None,
        })
    } else if start.len() >= 262 && &start[257..262] == b"ustar" {
        unpack(file, from, scratch)
    } else {
        bail!("{} is not a Resilient Moves backup", from.display())
    }
}

fn unpack<R: Read>(reader: R, from: &Path, scratch: &Path) -> Result<Opened> {
    let mut database = None;
    let mut keys = None;
    let mut tar = tar::Archive::new(reader);
    let entries = tar
        .entries()
        .with_context(|| format!("{} is not a Resilient Moves backup", from.display()))?;
    for entry in entries {
        let mut entry = entry.with_context(|| format!("{} is damaged", from.display()))?;
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        match name.as_str() {
            DATABASE_ENTRY => {
                let path = scratch.join(DATABASE_ENTRY);
                // Readable by its owner only, like the database it becomes.
                let mut out = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&path)
                    .with_context(|| format!("could not unpack into {}", scratch.display()))?;
                std::io::copy(&mut entry, &mut out)
                    .with_context(|| format!("{} is damaged", from.display()))?;
                database = Some(path);
            }
            KEYS_ENTRY => {
                let mut text = String::new();
                entry
                    .read_to_string(&mut text)
                    .with_context(|| format!("{} is damaged", from.display()))?;
                keys = Some(text);
            }
            // Nothing else is ours: never written anywhere.
            _ => {}
        }
    }
    match (database, keys) {
        (Some(database), Some(keys)) => Ok(Opened {
            database,
            keys: Some(keys),
        }),
        _ => bail!(
            "{} is not a whole Resilient Moves backup (it needs {DATABASE_ENTRY} and {KEYS_ENTRY})",
            from.display()
        ),
    }
}

/// Writes the keys of a restored backup to `path`, keeping any keys file
/// there aside (as `<name>.before-restore-<stamp>`).
pub fn install_keys(path: &Path, text: &str, stamp: u64) -> Result<()> {
    if path.exists() {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current == text {
            return Ok(());
        }
        let mut aside = path.as_os_str().to_owned();
        aside.push(format!(".before-restore-{stamp}"));
        std::fs::rename(path, &aside)
            .with_context(|| format!("could not move {} aside", path.display()))?;
    }
    write_private(path, text.as_bytes())
}

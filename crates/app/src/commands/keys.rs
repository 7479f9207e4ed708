//! `moves keys list|add|activate`: rotating the installation's keys in two
//! steps that several servers can follow (see `docs/security.md`: Keys).

use crate::cli::KeysCommand;
use crate::config::{Config, KeysSource};
use anyhow::{Context, Result, bail};
use moves_core::keys::Keyring;
use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt as _;

pub fn run(command: KeysCommand) -> Result<()> {
    match command {
        KeysCommand::List(data) => {
            let config = Config::load(&data, None)?;
            let ring = read(&config)?;
            for id in ring.ids() {
                let active = if id == ring.active().id {
                    " (active)"
                } else {
                    ""
                };
                println!("{id}{active}");
            }
        }
        KeysCommand::Add(data) => {
            let config = Config::load(&data, None)?;
            let mut ring = read(&config)?;
            let id = ring.add_key()?;
            save(&config, &ring)?;
            println!(
                "Added the key {id}, not yet active. Give every server the new keys and restart \
                 them; then run `moves keys activate {id}`."
            );
        }
        KeysCommand::Activate { data, id } => {
            let config = Config::load(&data, None)?;
            let mut ring = read(&config)?;
            ring.activate(&id)?;
            save(&config, &ring)?;
            println!(
                "The key {id} is now the active one. Give every server the new keys and restart \
                 them. Keep every older key: what it sealed is still read with it."
            );
        }
    }
    Ok(())
}

fn read(config: &Config) -> Result<Keyring> {
    let text = match &config.keys {
        KeysSource::Environment => std::env::var("MOVES_KEYS").context("MOVES_KEYS is not text")?,
        KeysSource::File(path) => std::fs::read_to_string(path).with_context(|| {
            format!(
                "could not read the keys file {} (the server makes it at its first start)",
                path.display()
            )
        })?,
    };
    Ok(Keyring::parse(&text)?)
}

/// Replaces the keys file whole (a new file renamed over the old, so a
/// server never reads half of one), or prints the keys for MOVES_KEYS.
fn save(config: &Config, ring: &Keyring) -> Result<()> {
    let KeysSource::File(path) = &config.keys else {
        println!("The keys come from MOVES_KEYS: set it to this text.\n");
        println!("{}", ring.to_file());
        return Ok(());
    };
    let Some(dir) = path.parent() else {
        bail!("the keys file {} has no folder", path.display());
    };
    let mut next = path.as_os_str().to_owned();
    next.push(".new");
    let next = std::path::PathBuf::from(next);
    let _ = std::fs::remove_file(&next);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&next)
        .with_context(|| format!("could not write in {}", dir.display()))?;
    file.write_all(ring.to_file().as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("could not write {}", next.display()))?;
    std::fs::rename(&next, path).with_context(|| format!("could not replace {}", path.display()))
}

//! The framework the history's checks and plans are made with: the shipped
//! edition as published (adaptation version 0), which is what a demo
//! organisation that adapted nothing has in force.

use anyhow::{Result, anyhow};
use moves_core::framework::adaptation::resolve_adapted;
use moves_core::framework::{Adaptation, AdaptedFramework, parse_framework};

/// The edition `moves seed-demo`'s organisations use.
pub const EDITION_FILE: &str = "resilience-framework-cyp.toml";
const EDITION: &str = include_str!("../../../../frameworks/resilience-framework-cyp.toml");

/// The shipped edition, as an organisation that adapted nothing has it.
pub fn shipped() -> Result<AdaptedFramework> {
    let base = parse_framework(EDITION_FILE, EDITION).map_err(|e| anyhow!("{e}"))?;
    Ok(resolve_adapted(
        &base,
        None,
        &Adaptation::initial(base.id.clone()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_edition_as_published() {
        let fw = shipped().unwrap();
        assert_eq!(fw.version.edition.as_str(), "resilience-framework-cyp");
        assert_eq!(fw.version.adaptation_version, 0);
        assert_eq!(fw.framework.moves.len(), 42);
        assert!(fw.hidden.is_empty());
    }
}

//! The framework files shipped with the program (`frameworks/*.toml` and
//! `frameworks/overlays/*.toml`), embedded in the binary and loaded once.
//!
//! They are checked when first used. `moves serve` calls [`catalogue`] before it
//! listens, so a broken file stops the server at start with every problem named
//! by file and line, instead of failing on the first visit to a framework page.

use moves_core::framework::{Catalogue, FrameworkError, LoadErrors, LoadOptions};
use rust_embed::RustEmbed;
use std::sync::LazyLock;

/// Every file in the `frameworks` folder at the root of the workspace.
#[derive(RustEmbed)]
#[folder = "../../frameworks/"]
struct FrameworkFiles;

/// The base edition the public framework pages show, and the one new checks
/// and plans use in an organisation that has not chosen one. It replaces
/// `resilience-framework-cyp`, which stays so that records made with it keep
/// their wording.
pub const PUBLIC_FRAMEWORK: &str = "resilience-framework-cyp-2012";

/// How messages name the shipped files: as they are in the source tree.
const FOLDER: &str = "frameworks";

/// Files as `(name, text)`.
type Files = Vec<(String, String)>;

static CATALOGUE: LazyLock<Result<Catalogue, LoadErrors>> = LazyLock::new(load);

/// The shipped frameworks and overlays, or every problem found in them.
pub fn catalogue() -> Result<&'static Catalogue, &'static LoadErrors> {
    CATALOGUE.as_ref()
}

/// The shipped files as `(name, text)`: base editions, then overlays, each in
/// file-name order. Names are as in the source tree, like
/// `frameworks/overlays/cyp-sv.toml`. Files that are not UTF-8 are reported in
/// `errors`.
fn shipped_files(errors: &mut Vec<FrameworkError>) -> (Files, Files) {
    let mut names: Vec<String> = FrameworkFiles::iter()
        .map(|name| name.into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    let mut bases = Vec::new();
    let mut overlays = Vec::new();
    for name in names {
        let shown = format!("{FOLDER}/{name}");
        let Some(file) = FrameworkFiles::get(&name) else {
            continue;
        };
        let text = match String::from_utf8(file.data.into_owned()) {
            Ok(text) => text,
            Err(_) => {
                errors.push(FrameworkError::new(
                    shown,
                    None,
                    "is not UTF-8 text; framework files must be saved as UTF-8",
                ));
                continue;
            }
        };
        match name.split_once('/') {
            None => bases.push((shown, text)),
            Some(("overlays", rest)) if !rest.contains('/') => overlays.push((shown, text)),
            // Files in other folders are not framework files.
            Some(_) => {}
        }
    }
    (bases, overlays)
}

fn load() -> Result<Catalogue, LoadErrors> {
    let mut errors = Vec::new();
    let (bases, overlays) = shipped_files(&mut errors);
    let base_refs: Vec<(&str, &str)> = bases
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let overlay_refs: Vec<(&str, &str)> = overlays
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    match Catalogue::from_sources(&base_refs, &overlay_refs, LoadOptions::default()) {
        Ok(catalogue) => {
            if catalogue.framework(PUBLIC_FRAMEWORK).is_none() {
                errors.push(FrameworkError::new(
                    FOLDER,
                    None,
                    format!(
                        "the base edition \"{PUBLIC_FRAMEWORK}\", which the public pages show, is missing"
                    ),
                ));
            }
            if errors.is_empty() {
                Ok(catalogue)
            } else {
                Err(LoadErrors(errors))
            }
        }
        Err(more) => {
            errors.extend(more);
            Err(LoadErrors(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_load() {
        let catalogue = match catalogue() {
            Ok(c) => c,
            Err(e) => panic!("the shipped framework files are broken:\n{e}"),
        };
        let framework = catalogue.framework(PUBLIC_FRAMEWORK).unwrap();
        assert_eq!(framework.compartment_count(), 5);
        assert_eq!(framework.move_count(), 42);
        assert_eq!(framework.noble_truth_count(), 4);
        assert_eq!(catalogue.overlays_for(PUBLIC_FRAMEWORK).len(), 4);
        assert!(
            catalogue.replacement_for(PUBLIC_FRAMEWORK).is_none(),
            "the public edition is the newest"
        );
        // The edition it replaces stays, with its overlays, for old records.
        assert_eq!(
            catalogue
                .replacement_for("resilience-framework-cyp")
                .map(|f| f.id.as_str()),
            Some(PUBLIC_FRAMEWORK)
        );
        assert_eq!(catalogue.overlays_for("resilience-framework-cyp").len(), 4);
        assert!(
            catalogue.overlay("cyp-2012-sv").unwrap().file()
                == "frameworks/overlays/cyp-2012-sv.toml",
            "files are named as in the source tree"
        );
    }
}

//! Every framework an installation offers: the base editions (`frameworks/*.toml`)
//! and the overlays that reword or translate them (`frameworks/overlays/*.toml`).

use super::error::{FrameworkError, LoadErrors, LoadOptions, Warning};
use super::keyword::plain_list;
use super::load::parse_framework;
use super::model::Framework;
use super::overlay::{Overlay, parse_overlay};
use super::wording::{ResolvedFramework, resolve};
use std::collections::HashMap;
use std::path::Path;
use toml::de::DeTable;

/// The loaded base editions and overlays, all checked.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    frameworks: Vec<Framework>,
    overlays: Vec<Overlay>,
    warnings: Vec<Warning>,
}

/// What [`Catalogue::check_file`] found in one file.
#[derive(Debug, Clone)]
pub enum CheckedFile {
    Framework(Framework),
    Overlay {
        overlay: Overlay,
        warnings: Vec<Warning>,
    },
}

/// The line of the top-level `id = ...` in a file that has already parsed.
fn id_line(text: &str) -> Option<usize> {
    let doc = DeTable::parse(text).ok()?;
    let (key, _) = doc.get_ref().get_key_value("id")?;
    let start = key.span().start.min(text.len());
    Some(
        text.as_bytes()[..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
    )
}

/// The top-level `id` a file declares, if it can be read at all.
fn declared_id(text: &str) -> Option<String> {
    let doc = DeTable::parse(text).ok()?;
    doc.get_ref()
        .get("id")?
        .get_ref()
        .as_str()
        .map(str::to_owned)
}

impl Catalogue {
    /// Loads from file names and contents, such as files embedded with
    /// `include_str!`. Collects every problem in every file.
    pub fn from_sources(
        bases: &[(&str, &str)],
        overlays: &[(&str, &str)],
        opts: LoadOptions,
    ) -> Result<Catalogue, LoadErrors> {
        let mut errors = Vec::new();
        let mut catalogue = Catalogue::default();

        let mut framework_files: HashMap<String, &str> = HashMap::new();
        let mut failed_bases: Vec<String> = Vec::new();
        for &(file, text) in bases {
            match parse_framework(file, text) {
                Ok(framework) => {
                    let id = framework.id.to_string();
                    if let Some(first) = framework_files.get(&id) {
                        errors.push(FrameworkError::new(
                            file,
                            id_line(text),
                            format!(
                                "framework id \"{id}\" is already used by {first}; each base edition needs its own id"
                            ),
                        ));
                    } else {
                        framework_files.insert(id, file);
                        catalogue.frameworks.push(framework);
                    }
                }
                Err(e) => {
                    failed_bases.extend(declared_id(text));
                    errors.extend(e);
                }
            }
        }

        let mut overlay_files: HashMap<String, &str> = HashMap::new();
        for &(file, text) in overlays {
            let overlay = match parse_overlay(file, text) {
                Ok(overlay) => overlay,
                Err(e) => {
                    errors.extend(e);
                    continue;
                }
            };
            let id = overlay.id.to_string();
            if let Some(first) = overlay_files.get(&id) {
                errors.push(FrameworkError::new(
                    file,
                    id_line(text),
                    format!("overlay id \"{id}\" is already used by {first}; each overlay needs its own id"),
                ));
                continue;
            }
            overlay_files.insert(id, file);
            let Some(base) = catalogue.framework(overlay.base.as_str()) else {
                // If the base failed to load, its own errors already say why.
                if !failed_bases.iter().any(|id| overlay.base == id.as_str()) {
                    errors.push(catalogue.unknown_base(&overlay));
                }
                continue;
            };
            match overlay.check_against(base, opts) {
                Ok(warnings) => {
                    catalogue.warnings.extend(warnings);
                    catalogue.overlays.push(overlay);
                }
                Err(e) => errors.extend(e),
            }
        }

        if errors.is_empty() {
            Ok(catalogue)
        } else {
            Err(LoadErrors(errors))
        }
    }

    fn unknown_base(&self, overlay: &Overlay) -> FrameworkError {
        FrameworkError::new(
            overlay.file(),
            overlay.base_line(),
            format!(
                "overlay \"{}\" is for base edition \"{}\", which is not loaded (known: {})",
                overlay.id,
                overlay.base,
                plain_list(self.frameworks.iter().map(|f| f.id.as_str()))
            ),
        )
    }

    /// Loads `dir/*.toml` as base editions and `dir/overlays/*.toml` as overlays,
    /// in file-name order. Files are named in messages as `dir/name.toml`.
    pub fn load_dir(dir: &Path, opts: LoadOptions) -> Result<Catalogue, LoadErrors> {
        let mut errors = Vec::new();
        let bases = read_toml_files(dir, &mut errors);
        let overlay_dir = dir.join("overlays");
        let overlays = if overlay_dir.is_dir() {
            read_toml_files(&overlay_dir, &mut errors)
        } else {
            Vec::new()
        };
        let base_refs: Vec<(&str, &str)> = bases
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let overlay_refs: Vec<(&str, &str)> = overlays
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        match Catalogue::from_sources(&base_refs, &overlay_refs, opts) {
            Ok(catalogue) if errors.is_empty() => Ok(catalogue),
            Ok(_) => Err(LoadErrors(errors)),
            Err(more) => {
                errors.extend(more);
                Err(LoadErrors(errors))
            }
        }
    }

    pub fn frameworks(&self) -> &[Framework] {
        &self.frameworks
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    pub fn overlay(&self, id: &str) -> Option<&Overlay> {
        self.overlays.iter().find(|o| o.id == id)
    }

    /// The overlays of one base edition, in file order.
    pub fn overlays_for(&self, framework_id: &str) -> Vec<&Overlay> {
        self.overlays
            .iter()
            .filter(|o| o.base == framework_id)
            .collect()
    }

    /// Warnings from loading (labels that fall back to the base edition).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// A base edition with an overlay's wording, or `None` if either is unknown
    /// or the overlay belongs to another base edition.
    pub fn resolve(
        &self,
        framework_id: &str,
        overlay_id: Option<&str>,
    ) -> Option<ResolvedFramework> {
        let base = self.framework(framework_id)?;
        let overlay = match overlay_id {
            Some(id) => Some(self.overlay(id).filter(|o| o.base == base.id)?),
            None => None,
        };
        Some(resolve(base, overlay))
    }

    /// Whether a file's text is an overlay rather than a base edition: an overlay
    /// has a top-level `base` key. Text that does not parse counts as a base
    /// edition, whose checks then report the syntax error.
    pub fn is_overlay_source(text: &str) -> bool {
        DeTable::parse(text).is_ok_and(|doc| doc.get_ref().contains_key("base"))
    }

    /// This catalogue with `framework` added, replacing a base edition with the
    /// same id. `moves framework check` uses it so that overlays are checked
    /// against a base edition given in the same call. Overlays already loaded are
    /// kept as they are, without being checked again.
    pub fn with_framework(mut self, framework: Framework) -> Catalogue {
        match self.frameworks.iter_mut().find(|f| f.id == framework.id) {
            Some(existing) => *existing = framework,
            None => self.frameworks.push(framework),
        }
        self
    }

    /// Checks one file, as `moves framework check FILE` does. A file with a
    /// top-level `base` key is an overlay, checked against the base edition in this
    /// catalogue; any other file is a base edition.
    pub fn check_file(
        &self,
        file: &str,
        text: &str,
        opts: LoadOptions,
    ) -> Result<CheckedFile, LoadErrors> {
        if !Catalogue::is_overlay_source(text) {
            return parse_framework(file, text).map(CheckedFile::Framework);
        }
        let overlay = parse_overlay(file, text)?;
        let Some(base) = self.framework(overlay.base.as_str()) else {
            return Err(self.unknown_base(&overlay).into());
        };
        let warnings = overlay.check_against(base, opts)?;
        Ok(CheckedFile::Overlay { overlay, warnings })
    }
}

/// Reads every `*.toml` file directly in `dir`, sorted by name.
fn read_toml_files(dir: &Path, errors: &mut Vec<FrameworkError>) -> Vec<(String, String)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(FrameworkError::new(
                dir.display().to_string(),
                None,
                format!("cannot be read: {e}"),
            ));
            return Vec::new();
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((name, text)),
            Err(e) => errors.push(FrameworkError::new(
                name,
                None,
                format!("cannot be read: {e}"),
            )),
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::fixtures::{MINI, MINI_SV, edited};
    use crate::framework::overlay::OverlayKind;

    const BASE: &str = "frameworks/mini.toml";
    const SV: &str = "frameworks/overlays/mini-sv.toml";

    fn errors_of(result: Result<Catalogue, LoadErrors>) -> Vec<String> {
        match result {
            Ok(_) => panic!("expected errors"),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn bases_and_overlays_load_from_embedded_sources() {
        let partial = edited(
            MINI_SV,
            &[
                ("id = \"mini-sv\"", "id = \"mini-sv-partial\""),
                ("label = \"Att vara modig\"\n", ""),
            ],
        );
        let overlays = [
            (SV, MINI_SV),
            ("frameworks/overlays/partial.toml", partial.as_str()),
        ];
        let catalogue =
            Catalogue::from_sources(&[(BASE, MINI)], &overlays, LoadOptions::default()).unwrap();
        assert_eq!(catalogue.frameworks().len(), 1);
        assert_eq!(catalogue.overlays().len(), 2);
        assert_eq!(catalogue.overlays_for("mini").len(), 2);
        assert!(catalogue.overlays_for("other").is_empty());
        assert_eq!(catalogue.framework("mini").unwrap().move_count(), 3);
        assert_eq!(
            catalogue.overlay("mini-sv").unwrap().kind,
            OverlayKind::Translation
        );
        let warnings: Vec<String> = catalogue
            .warnings()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "frameworks/overlays/partial.toml:23: move \"coping.brave\" has no label in this overlay, so the base label \"Being brave\" (language \"en\") will be shown"
            ]
        );
        let resolved = catalogue.resolve("mini", Some("mini-sv")).unwrap();
        assert_eq!(resolved.language, "sv");
        assert_eq!(catalogue.resolve("mini", None).unwrap().language, "en");
        assert!(catalogue.resolve("mini", Some("nope")).is_none());
        assert!(catalogue.resolve("nope", None).is_none());

        let strict = Catalogue::from_sources(&[(BASE, MINI)], &overlays, LoadOptions::STRICT);
        assert_eq!(
            errors_of(strict),
            [
                "frameworks/overlays/partial.toml:23: move \"coping.brave\" has no label in this overlay, so the base label \"Being brave\" (language \"en\") will be shown"
            ]
        );
    }

    #[test]
    fn duplicate_ids_across_files() {
        let result = Catalogue::from_sources(
            &[(BASE, MINI), ("frameworks/mini-copy.toml", MINI)],
            &[
                (SV, MINI_SV),
                ("frameworks/overlays/mini-sv-copy.toml", MINI_SV),
            ],
            LoadOptions::default(),
        );
        assert_eq!(
            errors_of(result),
            [
                "frameworks/mini-copy.toml:1: framework id \"mini\" is already used by frameworks/mini.toml; each base edition needs its own id",
                "frameworks/overlays/mini-sv-copy.toml:1: overlay id \"mini-sv\" is already used by frameworks/overlays/mini-sv.toml; each overlay needs its own id",
            ]
        );
    }

    #[test]
    fn an_overlay_for_a_base_that_is_not_loaded() {
        let text = edited(MINI_SV, &[("base = \"mini\"", "base = \"maxi\"")]);
        let result =
            Catalogue::from_sources(&[(BASE, MINI)], &[(SV, &text)], LoadOptions::default());
        assert_eq!(
            errors_of(result),
            [
                "frameworks/overlays/mini-sv.toml:2: overlay \"mini-sv\" is for base edition \"maxi\", which is not loaded (known: mini)"
            ]
        );
    }

    #[test]
    fn a_broken_base_is_reported_once() {
        let broken = edited(MINI, &[("colour = \"#AA0000\"", "colour = \"red\"")]);
        let result =
            Catalogue::from_sources(&[(BASE, &broken)], &[(SV, MINI_SV)], LoadOptions::default());
        assert_eq!(
            errors_of(result),
            [
                "frameworks/mini.toml:20: compartment \"coping\": colour \"red\" is not a colour written as \"#\" and six hex digits, like \"#1f6f8b\""
            ]
        );
    }

    #[test]
    fn check_file_tells_bases_from_overlays() {
        let catalogue =
            Catalogue::from_sources(&[(BASE, MINI)], &[], LoadOptions::default()).unwrap();
        assert!(matches!(
            catalogue.check_file(BASE, MINI, LoadOptions::default()),
            Ok(CheckedFile::Framework(f)) if f.id == "mini"
        ));
        match catalogue.check_file(SV, MINI_SV, LoadOptions::STRICT) {
            Ok(CheckedFile::Overlay { overlay, warnings }) => {
                assert_eq!(overlay.id, "mini-sv");
                assert!(warnings.is_empty());
            }
            other => panic!("{other:?}"),
        }
        let unknown = edited(MINI_SV, &[("base = \"mini\"", "base = \"maxi\"")]);
        let errors = catalogue
            .check_file(SV, &unknown, LoadOptions::default())
            .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors.errors()[0].line, Some(2));
    }

    #[test]
    fn overlays_are_told_from_bases_by_their_base_key() {
        assert!(Catalogue::is_overlay_source(MINI_SV));
        assert!(!Catalogue::is_overlay_source(MINI));
        assert!(!Catalogue::is_overlay_source("id = \"broken"));
    }

    #[test]
    fn with_framework_adds_or_replaces_a_base_edition() {
        let catalogue =
            Catalogue::from_sources(&[(BASE, MINI)], &[(SV, MINI_SV)], LoadOptions::default())
                .unwrap();
        let retitled = edited(MINI, &[("A small framework", "A retitled framework")]);
        let replaced =
            catalogue.with_framework(parse_framework("other/mini.toml", &retitled).unwrap());
        assert_eq!(replaced.frameworks().len(), 1);
        assert_eq!(
            replaced.framework("mini").unwrap().title,
            "A retitled framework"
        );
        assert_eq!(replaced.overlays().len(), 1);

        let renamed = edited(MINI, &[("id = \"mini\"", "id = \"maxi\"")]);
        let added = replaced.with_framework(parse_framework("maxi.toml", &renamed).unwrap());
        assert_eq!(added.frameworks().len(), 2);
        let overlay = edited(MINI_SV, &[("base = \"mini\"", "base = \"maxi\"")]);
        assert!(matches!(
            added.check_file(SV, &overlay, LoadOptions::default()),
            Ok(CheckedFile::Overlay { .. })
        ));
    }

    #[test]
    fn load_dir_reads_bases_and_overlays() {
        let dir = std::env::temp_dir().join(format!("moves-framework-test-{}", std::process::id()));
        let overlays = dir.join("overlays");
        std::fs::create_dir_all(&overlays).unwrap();
        std::fs::write(dir.join("mini.toml"), MINI).unwrap();
        std::fs::write(dir.join("README.md"), "not a framework").unwrap();
        std::fs::write(overlays.join("mini-sv.toml"), MINI_SV).unwrap();
        let catalogue = Catalogue::load_dir(&dir, LoadOptions::STRICT);
        std::fs::write(overlays.join("broken.toml"), "id = ").unwrap();
        let broken = Catalogue::load_dir(&dir, LoadOptions::default());
        std::fs::remove_dir_all(&dir).unwrap();

        let catalogue = catalogue.unwrap();
        assert_eq!(catalogue.frameworks().len(), 1);
        assert_eq!(catalogue.overlays().len(), 1);
        let errors = broken.unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors.errors()[0].file.ends_with("broken.toml"), "{errors}");
        assert_eq!(errors.errors()[0].line, Some(1));
    }

    /// The framework shipped in `frameworks/`: it must be there and must load.
    #[test]
    fn the_shipped_framework_and_its_overlays_load() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../frameworks");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../frameworks/resilience-framework-cyp.toml"
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let framework = parse_framework("frameworks/resilience-framework-cyp.toml", &text)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(framework.id, "resilience-framework-cyp");
        assert_eq!(framework.compartment_count(), 5);
        assert_eq!(framework.move_count(), 42);
        assert_eq!(framework.noble_truth_count(), 4);
        let counts: Vec<(&str, usize)> = framework
            .move_counts()
            .into_iter()
            .map(|(c, n)| (c.as_str(), n))
            .collect();
        assert_eq!(
            counts,
            [
                ("basics", 9),
                ("belonging", 12),
                ("learning", 6),
                ("coping", 9),
                ("core_self", 6)
            ]
        );

        let overlay_dir = Path::new(root).join("overlays");
        let mut overlay_files: Vec<_> = std::fs::read_dir(&overlay_dir)
            .unwrap_or_else(|e| panic!("{}: {e}", overlay_dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        overlay_files.sort();
        assert!(
            !overlay_files.is_empty(),
            "no overlays in {}",
            overlay_dir.display()
        );
        for file in &overlay_files {
            let name = format!(
                "frameworks/overlays/{}",
                file.file_name().unwrap().to_string_lossy()
            );
            let text = std::fs::read_to_string(file).unwrap();
            crate::framework::load_overlay(&name, &text, &framework, LoadOptions::default())
                .unwrap_or_else(|e| panic!("{e}"));
        }

        let catalogue = Catalogue::load_dir(Path::new(root), LoadOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(catalogue.frameworks().len(), 1);
        assert_eq!(catalogue.overlays().len(), overlay_files.len());
    }
}

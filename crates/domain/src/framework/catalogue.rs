//! Every framework an installation offers: the base editions (`frameworks/*.toml`)
//! and the overlays that reword or translate them (`frameworks/overlays/*.toml`).

use super::error::{FrameworkError, LoadErrors, LoadOptions, Warning};
use super::ids::FrameworkId;
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
    key_line(text, "id")
}

/// The line of a top-level `key = ...` in a file that has already parsed.
fn key_line(text: &str, key: &str) -> Option<usize> {
    let doc = DeTable::parse(text).ok()?;
    let (key, _) = doc.get_ref().get_key_value(key)?;
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

        let mut framework_files: HashMap<String, (&str, &str)> = HashMap::new();
        let mut failed_bases: Vec<String> = Vec::new();
        for &(file, text) in bases {
            match parse_framework(file, text) {
                Ok(framework) => {
                    let id = framework.id.to_string();
                    if let Some((first, _)) = framework_files.get(&id) {
                        errors.push(FrameworkError::new(
                            file,
                            id_line(text),
                            format!(
                                "framework id \"{id}\" is already used by {first}; each base edition needs its own id"
                            ),
                        ));
                    } else {
                        framework_files.insert(id, (file, text));
                        catalogue.frameworks.push(framework);
                    }
                }
                Err(e) => {
                    failed_bases.extend(declared_id(text));
                    errors.extend(e);
                }
            }
        }

        for framework in &catalogue.frameworks {
            let Some(replaced) = &framework.replaces else {
                continue;
            };
            let (file, text) = framework_files[framework.id.as_str()];
            let at =
                |message: String| FrameworkError::new(file, key_line(text, "replaces"), message);
            errors.extend(
                catalogue
                    .replacement_problem(framework, replaced, &failed_bases)
                    .map(at),
            );
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

    /// What is wrong with `framework` replacing `replaced`, if anything: the
    /// replaced edition must be loaded (one that failed to load has said why
    /// already), be another edition, be replaced by no other, and have every
    /// compartment and move id kept, so that an organisation's rewordings,
    /// hidden moves and own moves carry over when it moves to the new one.
    fn replacement_problem(
        &self,
        framework: &Framework,
        replaced: &FrameworkId,
        failed: &[String],
    ) -> Option<String> {
        if failed.iter().any(|id| replaced == id.as_str()) {
            return None;
        }
        if *replaced == framework.id {
            return Some(format!(
                "replaces \"{replaced}\": an edition cannot replace itself"
            ));
        }
        let Some(old) = self.framework(replaced.as_str()) else {
            return Some(format!(
                "replaces \"{replaced}\", which is not loaded (known: {})",
                plain_list(self.frameworks.iter().map(|f| f.id.as_str()))
            ));
        };
        if let Some(other) = self
            .frameworks
            .iter()
            .find(|f| f.id != framework.id && f.replaces.as_ref() == Some(replaced))
            .filter(|other| other.id.as_str() < framework.id.as_str())
        {
            return Some(format!(
                "replaces \"{replaced}\", which \"{}\" already replaces; an edition is replaced by one edition only",
                other.id
            ));
        }
        let mut missing: Vec<&str> = old
            .compartments
            .iter()
            .filter(|c| framework.compartment_by_id(c.id.as_str()).is_none())
            .map(|c| c.id.as_str())
            .chain(
                old.moves
                    .iter()
                    .filter(|m| framework.move_by_id(m.id.as_str()).is_none())
                    .map(|m| m.id.as_str()),
            )
            .collect();
        if !missing.is_empty() {
            missing.sort_unstable();
            return Some(format!(
                "replaces \"{replaced}\" but lacks its ids {}; a new edition keeps every compartment and move id of the one it replaces",
                plain_list(missing.into_iter())
            ));
        }
        if self.in_a_loop(framework) {
            return Some(format!(
                "replaces \"{replaced}\", which leads back to \"{}\"; editions replace one another in a line, never a loop",
                framework.id
            ));
        }
        None
    }

    /// Whether following `replaces` from `framework` comes back to it.
    fn in_a_loop(&self, framework: &Framework) -> bool {
        let mut at = framework;
        // One step more than there are editions: `framework` may be a file
        // checked on its own, not in the catalogue.
        for _ in 0..=self.frameworks.len() {
            let Some(next) = at
                .replaces
                .as_ref()
                .and_then(|id| self.framework(id.as_str()))
            else {
                return false;
            };
            if next.id == framework.id {
                return true;
            }
            at = next;
        }
        true
    }

    /// The edition that replaces `id`, and any that replaced that one in turn:
    /// the newest, or `None` when nothing replaces `id`. An organisation whose
    /// adaptation is on `id` is offered this one.
    pub fn replacement_for(&self, id: &str) -> Option<&Framework> {
        let successor = |id: &str| {
            self.frameworks
                .iter()
                .find(|f| f.replaces.as_ref().is_some_and(|r| r == id))
        };
        let mut newest = successor(id)?;
        // Bounded: a loop is refused when loading, but never trusted here.
        for _ in 0..self.frameworks.len() {
            match successor(newest.id.as_str()) {
                Some(next) if next.id != id => newest = next,
                _ => break,
            }
        }
        Some(newest)
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
            let framework = parse_framework(file, text)?;
            if let Some(replaced) = &framework.replaces
                && let Some(problem) = self.replacement_problem(&framework, replaced, &[])
            {
                return Err(FrameworkError::new(file, key_line(text, "replaces"), problem).into());
            }
            return Ok(CheckedFile::Framework(framework));
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

    /// MINI as another edition with id `id` replacing `replaces`.
    fn edition(id: &str, replaces: &str) -> String {
        edited(
            MINI,
            &[(
                "id = \"mini\"\n",
                &format!("id = \"{id}\"\nreplaces = \"{replaces}\"\n"),
            )],
        )
    }

    #[test]
    fn a_new_edition_replaces_an_old_one_and_is_the_one_offered() {
        let two = edition("mini-2", "mini");
        let three = edition("mini-3", "mini-2");
        let catalogue = Catalogue::from_sources(
            &[(BASE, MINI), ("two.toml", &two), ("three.toml", &three)],
            &[],
            LoadOptions::default(),
        )
        .unwrap();
        assert_eq!(
            catalogue
                .framework("mini-2")
                .unwrap()
                .replaces
                .as_ref()
                .unwrap(),
            "mini"
        );
        // The newest in the line, from any edition before it.
        assert_eq!(catalogue.replacement_for("mini").unwrap().id, "mini-3");
        assert_eq!(catalogue.replacement_for("mini-2").unwrap().id, "mini-3");
        assert!(catalogue.replacement_for("mini-3").is_none());
        assert!(catalogue.replacement_for("nope").is_none());
    }

    #[test]
    fn a_replacing_edition_must_keep_every_id_of_the_one_it_replaces() {
        let fewer = edited(
            &edition("mini-2", "mini"),
            &[("id = \"basics.money\"", "id = \"basics.cash\"")],
        );
        let result = Catalogue::from_sources(
            &[(BASE, MINI), ("two.toml", &fewer)],
            &[],
            LoadOptions::default(),
        );
        assert_eq!(
            errors_of(result),
            [
                "two.toml:2: replaces \"mini\" but lacks its ids basics.money; a new edition keeps every compartment and move id of the one it replaces"
            ]
        );
    }

    #[test]
    fn what_an_edition_replaces_must_be_another_loaded_edition_in_a_line() {
        let unknown = edition("mini-2", "nope");
        let itself = edition("mini-2", "mini-2");
        let result = Catalogue::from_sources(
            &[(BASE, MINI), ("two.toml", &unknown)],
            &[],
            LoadOptions::default(),
        );
        assert_eq!(
            errors_of(result),
            ["two.toml:2: replaces \"nope\", which is not loaded (known: mini, mini-2)"]
        );

        let itself =
            Catalogue::from_sources(&[("self.toml", &itself)], &[], LoadOptions::default());
        assert_eq!(
            errors_of(itself),
            ["self.toml:2: replaces \"mini-2\": an edition cannot replace itself"]
        );

        let a = edition("a", "b");
        let b = edition("b", "a");
        let looped = Catalogue::from_sources(
            &[("a.toml", &a), ("b.toml", &b)],
            &[],
            LoadOptions::default(),
        );
        let errors = errors_of(looped);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("a.toml:2: replaces \"b\", which leads back to \"a\""),
            "{errors:?}"
        );

        let two = edition("mini-2", "mini");
        let rival = edition("mini-x", "mini");
        let both = Catalogue::from_sources(
            &[(BASE, MINI), ("two.toml", &two), ("x.toml", &rival)],
            &[],
            LoadOptions::default(),
        );
        assert_eq!(
            errors_of(both),
            [
                "x.toml:2: replaces \"mini\", which \"mini-2\" already replaces; an edition is replaced by one edition only"
            ]
        );

        // One file checked on its own, against what is loaded.
        let loaded = Catalogue::from_sources(&[(BASE, MINI)], &[], LoadOptions::default()).unwrap();
        if let Err(e) = loaded.check_file("two.toml", &two, LoadOptions::default()) {
            panic!("{e}");
        }
        let message = match loaded.check_file("two.toml", &unknown, LoadOptions::STRICT) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        };
        assert!(
            message.contains("two.toml:2: replaces \"nope\", which is not loaded"),
            "{message}"
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

    /// The frameworks shipped in `frameworks/`: both editions are there and
    /// every file loads, even under `--strict`; the 2012 edition replaces
    /// the first.
    #[test]
    fn the_shipped_framework_and_its_overlays_load() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../frameworks");
        for id in ["resilience-framework-cyp", "resilience-framework-cyp-2012"] {
            let path = Path::new(root).join(format!("{id}.toml"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let framework = parse_framework(&format!("frameworks/{id}.toml"), &text)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(framework.id, id);
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
        }

        let overlay_dir = Path::new(root).join("overlays");
        let overlay_files = std::fs::read_dir(&overlay_dir)
            .unwrap_or_else(|e| panic!("{}: {e}", overlay_dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .count();
        let catalogue = Catalogue::load_dir(Path::new(root), LoadOptions::STRICT)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(catalogue.frameworks().len(), 2);
        assert_eq!(catalogue.overlays().len(), overlay_files);
        assert_eq!(catalogue.overlays_for("resilience-framework-cyp").len(), 4);
        assert_eq!(
            catalogue
                .overlays_for("resilience-framework-cyp-2012")
                .len(),
            4
        );
        assert_eq!(
            catalogue
                .replacement_for("resilience-framework-cyp")
                .map(|f| f.id.as_str()),
            Some("resilience-framework-cyp-2012")
        );
    }
}

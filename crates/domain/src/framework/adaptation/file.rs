//! An adaptation as a TOML file, for communities of practice that work on files:
//! written by [`Adaptation::to_toml`], read back by [`parse_adaptation`] and
//! checked by [`ParsedAdaptation::check`], with every problem named by file and
//! line like the framework loader. The format is in `docs/framework-format.md`.

use super::{Adaptation, LocalMove, Rewording, is_local_move_id};
use crate::framework::catalogue::Catalogue;
use crate::framework::category::Category;
use crate::framework::error::{FrameworkError, LoadErrors};
use crate::framework::ids::{FrameworkId, MOVE_ID_RULE, MoveId, OverlayId, SIMPLE_ID_RULE};
use crate::framework::keyword::plain_list;
use crate::framework::load::{DESCRIPTION_MAX, LABEL_MAX, LOCAL_PREFIX};
use crate::framework::model::Framework;
use crate::framework::overlay::{Overlay, OverlayStatus};
use crate::framework::source::{Section, Source, describe};
use serde::Serialize;
use std::collections::BTreeMap;
use toml::de::DeValue;

/// The longest file accepted, in characters: far more than any real adaptation,
/// small enough that a pasted mistake cannot hold up the server.
pub const ADAPTATION_TEXT_MAX: usize = 200_000;

const TOP_KEYS: &[&str] = &[
    "base",
    "version",
    "overlay",
    "co_produced_by",
    "hidden",
    "moves",
    "local_moves",
];
const MOVE_KEYS: &[&str] = &["label", "description"];
const LOCAL_KEYS: &[&str] = &["label", "description", "category"];

/// An adaptation file as read, before it is checked against the catalogue and
/// the version in force. Remembers the line of each entry for messages.
#[derive(Debug, Clone)]
pub struct ParsedAdaptation {
    file: String,
    /// The version the file was exported from, if it says.
    pub exported_from: Option<u32>,
    /// Everything but the version number, which [`Self::check`] gives.
    pub adaptation: Adaptation,
    lines: Lines,
}

#[derive(Debug, Clone, Default)]
struct Lines {
    base: Option<usize>,
    version: Option<usize>,
    overlay: Option<usize>,
    moves: BTreeMap<MoveId, usize>,
    local_moves: BTreeMap<MoveId, usize>,
    hidden: BTreeMap<MoveId, usize>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    base: &'a str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    overlay: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    co_produced_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hidden: Vec<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    moves: BTreeMap<&'a str, RewordingOut<'a>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    local_moves: BTreeMap<&'a str, LocalOut<'a>>,
}

#[derive(Serialize)]
struct RewordingOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct LocalOut<'a> {
    label: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
}

const HEADER: &str = "# An organisation's adaptation of the Resilience Framework (Resilient Moves).\n\
# Edit it and import it again; the format is in docs/framework-format.md.\n\n";

impl Adaptation {
    /// The adaptation as a file to download: [`Adaptation::to_toml`] with
    /// whose work the framework is in comments at the top, so that the credit
    /// travels with the file. Reading it back ignores them.
    pub fn to_credited_toml(&self, base: &Framework) -> Result<String, toml::ser::Error> {
        let mut credit = format!(
            "# {} ({}) is the work of:\n",
            base.title.trim(),
            base.edition.trim()
        );
        for line in base.attribution.lines() {
            credit.push_str(&format!("#   {}\n", line.trim_end()));
        }
        Ok(credit + &self.to_toml()?)
    }

    /// The adaptation as a TOML file. Reading it back gives the same adaptation.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        let out = FileOut {
            base: self.base.as_str(),
            version: self.version,
            overlay: self.overlay.as_ref().map(OverlayId::as_str),
            co_produced_by: self.co_produced_by.as_deref(),
            hidden: self.hidden.iter().map(MoveId::as_str).collect(),
            moves: self
                .rewordings
                .iter()
                .map(|(id, r)| {
                    (
                        id.as_str(),
                        RewordingOut {
                            label: r.label.as_deref(),
                            description: r.description.as_deref(),
                        },
                    )
                })
                .collect(),
            local_moves: self
                .local_moves
                .iter()
                .map(|(id, m)| {
                    (
                        id.as_str(),
                        LocalOut {
                            label: &m.label,
                            description: &m.description,
                            category: m.category.map(Category::as_str),
                        },
                    )
                })
                .collect(),
        };
        Ok(format!("{HEADER}{}", toml::to_string(&out)?))
    }
}

fn move_id(src: &mut Source<'_>, key: &str, span: &std::ops::Range<usize>) -> Option<MoveId> {
    match MoveId::parse(key) {
        Ok(id) => Some(id),
        Err(_) => {
            src.error(
                span,
                format!("move id \"{key}\" is not valid: {MOVE_ID_RULE}"),
            );
            None
        }
    }
}

/// Reads an adaptation file. Ids are checked for shape only; [`ParsedAdaptation::check`]
/// checks them against the edition.
pub fn parse_adaptation(file: &str, text: &str) -> Result<ParsedAdaptation, LoadErrors> {
    if text.chars().count() > ADAPTATION_TEXT_MAX {
        return Err(FrameworkError::new(
            file,
            None,
            format!(
                "is longer than {ADAPTATION_TEXT_MAX} characters; this is not an adaptation file"
            ),
        )
        .into());
    }
    let mut src = Source::new(file, text);
    let Some(doc) = src.parse() else {
        return Err(LoadErrors(src.into_errors()));
    };
    let top = Section {
        table: doc.get_ref(),
        span: None,
        what: None,
    };
    src.check_keys(&top, TOP_KEYS);
    let mut lines = Lines::default();

    let base = match src.raw_str(&top, "base", true) {
        Some((raw, span)) => {
            lines.base = Some(src.line(&span));
            match FrameworkId::parse(raw) {
                Ok(id) => Some(id),
                Err(_) => {
                    src.error(
                        &span,
                        format!("base \"{raw}\" is not valid: {SIMPLE_ID_RULE}"),
                    );
                    None
                }
            }
        }
        None => None,
    };
    let exported_from = if top.get("version").is_some() {
        src.order(&top, "version").map(|(v, span)| {
            lines.version = Some(src.line(&span));
            v
        })
    } else {
        None
    };
    let overlay = match src.raw_str(&top, "overlay", false) {
        Some((raw, span)) => {
            lines.overlay = Some(src.line(&span));
            match OverlayId::parse(raw) {
                Ok(id) => Some(id),
                Err(_) => {
                    src.error(
                        &span,
                        format!("overlay \"{raw}\" is not valid: {SIMPLE_ID_RULE}"),
                    );
                    None
                }
            }
        }
        None => None,
    };
    let co_produced_by = src
        .text(&top, "co_produced_by", false, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);

    let mut hidden = std::collections::BTreeSet::new();
    if let Some(value) = top.get("hidden") {
        match value.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(raw) => {
                            if let Some(id) = move_id(&mut src, raw, &item.span()) {
                                lines.hidden.insert(id.clone(), src.line(&item.span()));
                                hidden.insert(id);
                            }
                        }
                        other => src.error(
                            &item.span(),
                            format!(
                                "each entry in hidden must be a move id in quotes (this one is {})",
                                describe(other)
                            ),
                        ),
                    }
                }
            }
            other => src.error(
                &value.span(),
                format!(
                    "hidden must be a list of move ids, like hidden = [\"basics.housing\"] (it is {})",
                    describe(other)
                ),
            ),
        }
    }

    let mut rewordings = BTreeMap::new();
    for (key, span, mut entry) in src.keyed_sections(&top, "moves") {
        entry.what = Some(format!("move \"{key}\""));
        src.check_keys(&entry, MOVE_KEYS);
        let label = src
            .text(&entry, "label", false, LABEL_MAX, false)
            .map(|(t, _)| t);
        let description = src
            .text(&entry, "description", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        if let Some(id) = move_id(&mut src, key, &span) {
            lines.moves.insert(id.clone(), src.line(&span));
            let rewording = Rewording { label, description };
            if rewording != Rewording::default() {
                rewordings.insert(id, rewording);
            }
        }
    }

    let mut local_moves = BTreeMap::new();
    for (key, span, mut entry) in src.keyed_sections(&top, "local_moves") {
        entry.what = Some(format!("local move \"{key}\""));
        src.check_keys(&entry, LOCAL_KEYS);
        let label = src
            .text(&entry, "label", true, LABEL_MAX, false)
            .map(|(t, _)| t);
        let description = src
            .text(&entry, "description", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t)
            .unwrap_or_default();
        let category = match src.raw_str(&entry, "category", false) {
            None => Some(None),
            Some((raw, cspan)) => match raw.parse::<Category>() {
                Ok(c) => Some(Some(c)),
                Err(_) => {
                    src.error(
                        &cspan,
                        format!(
                            "{} \"{raw}\" is not one of the fixed categories ({}); leave it out if none fits",
                            entry.subject("category"),
                            plain_list(Category::NAMES)
                        ),
                    );
                    None
                }
            },
        };
        let Some(id) = move_id(&mut src, key, &span) else {
            continue;
        };
        if !is_local_move_id(&id) {
            src.error(
                &span,
                format!(
                    "local move \"{id}\": the name after the \".\" must start with \"{LOCAL_PREFIX}\", \
                     like \"{}.{LOCAL_PREFIX}1\"; to reword a published move use [moves.\"{id}\"]",
                    id.compartment_part()
                ),
            );
            continue;
        }
        lines.local_moves.insert(id.clone(), src.line(&span));
        if let (Some(label), Some(category)) = (label, category) {
            local_moves.insert(
                id,
                LocalMove {
                    label,
                    description,
                    category,
                },
            );
        }
    }

    if src.has_errors() {
        return Err(LoadErrors(src.into_errors()));
    }
    let Some(base) = base else {
        return Err(
            FrameworkError::new(file, None, "could not be read as an adaptation file").into(),
        );
    };
    Ok(ParsedAdaptation {
        file: file.to_owned(),
        exported_from,
        adaptation: Adaptation {
            version: exported_from.unwrap_or(0),
            base,
            overlay,
            co_produced_by,
            local_moves,
            rewordings,
            hidden,
        },
        lines,
    })
}

impl ParsedAdaptation {
    fn error(&self, line: Option<usize>, message: String) -> FrameworkError {
        FrameworkError::new(&self.file, line, message)
    }

    /// The overlay the file accepts, if it is a draft that `previous` had not
    /// already accepted: importing it needs the administrator's confirmation.
    pub fn new_draft_overlay<'c>(
        &self,
        catalogue: &'c Catalogue,
        previous: &Adaptation,
    ) -> Option<&'c Overlay> {
        let id = self.adaptation.overlay.as_ref()?;
        let overlay = catalogue.overlay(id.as_str())?;
        (overlay.status == OverlayStatus::Draft && previous.overlay.as_ref() != Some(id))
            .then_some(overlay)
    }

    /// Checks the file against the catalogue and the version in force, and gives
    /// the adaptation as the version after `previous`. Every problem at once.
    pub fn check(
        &self,
        catalogue: &Catalogue,
        previous: &Adaptation,
    ) -> Result<Adaptation, LoadErrors> {
        let a = &self.adaptation;
        let mut errors = Vec::new();
        if let Some(v) = self.exported_from
            && v != previous.version
        {
            errors.push(self.error(
                self.lines.version,
                format!(
                    "this file was exported from version {v}, but version {} is the latest; \
                     export the latest version and make your changes to that file, so nobody's \
                     changes are lost",
                    previous.version
                ),
            ));
        }
        let Some(base) = catalogue.framework(a.base.as_str()) else {
            errors.push(self.error(
                self.lines.base,
                format!(
                    "base edition \"{}\" is not available here (known: {})",
                    a.base,
                    plain_list(catalogue.frameworks().iter().map(|f| f.id.as_str()))
                ),
            ));
            return Err(LoadErrors(errors));
        };
        if let Some(id) = &a.overlay {
            match catalogue.overlay(id.as_str()) {
                Some(o) if o.base == base.id => {}
                Some(o) => errors.push(self.error(
                    self.lines.overlay,
                    format!(
                        "overlay \"{id}\" is for base edition \"{}\", not \"{}\"",
                        o.base, base.id
                    ),
                )),
                None => errors.push(self.error(
                    self.lines.overlay,
                    format!(
                            "overlay \"{id}\" is not available here (known for this edition: {})",
                            plain_list(
                                catalogue
                                    .overlays_for(base.id.as_str())
                                    .iter()
                                    .map(|o| o.id.as_str())
                            )
                        ),
                )),
            }
        }
        for id in a.rewordings.keys() {
            let line = self.lines.moves.get(id).copied();
            if is_local_move_id(id) {
                errors.push(self.error(
                    line,
                    format!("move \"{id}\" is a local move: reword it in its [local_moves.\"{id}\"] section"),
                ));
            } else if base.move_by_id(id.as_str()).is_none() {
                errors.push(self.error(
                    line,
                    format!("move \"{id}\" is not in the base edition \"{}\"", base.id),
                ));
            }
        }
        for id in a.local_moves.keys() {
            if base.compartment_by_id(id.compartment_part()).is_none() {
                errors.push(self.error(
                    self.lines.local_moves.get(id).copied(),
                    format!(
                        "local move \"{id}\" is in compartment \"{}\", which the base edition does not have (known: {})",
                        id.compartment_part(),
                        base.compartment_list()
                    ),
                ));
            }
        }
        for id in &a.hidden {
            if !a.knows_move(base, id.as_str()) {
                errors.push(self.error(
                    self.lines.hidden.get(id).copied(),
                    format!("hidden move \"{id}\" is not a move of this framework"),
                ));
            }
        }
        // An id, once given, keeps its meaning: a local move may be hidden but
        // never dropped, or its id could later be given to a different move.
        for (id, m) in &previous.local_moves {
            if !a.local_moves.contains_key(id) {
                errors.push(self.error(
                    None,
                    format!(
                        "local move \"{id}\" (\"{}\") is missing; it must stay, so records that name it \
                         still read: keep its [local_moves.\"{id}\"] section, and add it to hidden to stop offering it",
                        m.label
                    ),
                ));
            }
        }
        if !errors.is_empty() {
            errors.sort_by_key(|e| e.line);
            return Err(LoadErrors(errors));
        }
        let mut next = a.clone();
        next.version = previous.version.saturating_add(1);
        Ok(next)
    }
}

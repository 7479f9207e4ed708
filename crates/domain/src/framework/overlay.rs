//! Overlays: a translation or an audience wording of a base edition, keyed by the
//! same ids. An overlay never adds or removes moves and never changes what an id
//! means; a label it leaves out falls back to the base label, with a warning.

use super::error::{FrameworkError, LoadErrors, LoadOptions, Warning};
use super::ids::{
    CompartmentId, FrameworkId, MOVE_ID_RULE, MoveId, NobleTruthId, OverlayId, SIMPLE_ID_RULE,
    is_move_id, is_simple_id,
};
use super::keyword::{keyword_enum, plain_list, quoted_choices};
use super::load::{DESCRIPTION_MAX, LABEL_MAX, TITLE_MAX, read_id, read_language};
use super::model::Framework;
use super::source::{Section, Source};
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::str::FromStr;
use toml::de::DeValue;

keyword_enum! {
    /// What an overlay does to the base edition.
    OverlayKind, "overlay kind" {
        /// The labels in another language.
        Translation => "translation",
        /// The labels reworded for an audience, usually in the same language.
        Wording => "wording",
    }
}

keyword_enum! {
    /// Who an audience wording is written for.
    Audience, "audience" {
        /// Young people's own words.
        YoungPeople => "young-people",
        Family => "family",
        /// For people with learning disabilities.
        EasyRead => "easy-read",
        Adult => "adult",
        /// For primary schools.
        Primary => "primary",
    }
}

keyword_enum! {
    /// Whether an overlay may be used for records. A draft is previewed, never
    /// used for records until accepted.
    OverlayStatus, "status" {
        Draft => "draft",
        Reviewed => "reviewed",
    }
}

/// An overlay's wording for one compartment. `None` falls back to the base.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CompartmentText {
    pub label: Option<String>,
    pub description: Option<String>,
}

/// An overlay's wording for one move. `None` falls back to the base.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MoveText {
    pub label: Option<String>,
    pub description: Option<String>,
}

/// An overlay's wording for one noble truth. `None` falls back to the base.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NobleTruthText {
    pub label: Option<String>,
    pub description: Option<String>,
    pub planning_prompt: Option<String>,
    pub review_prompt: Option<String>,
}

/// A translation or audience wording of a base edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overlay {
    pub id: OverlayId,
    /// The base edition this rewords.
    pub base: FrameworkId,
    pub kind: OverlayKind,
    /// Required for a wording; optional for a translation.
    pub audience: Option<Audience>,
    /// BCP 47 tag of the labels in this overlay.
    pub language: String,
    pub title: String,
    pub status: OverlayStatus,
    /// Who made it.
    pub co_produced_by: String,
    pub licence: String,
    /// Shown wherever the overlay is offered.
    pub note: Option<String>,
    pub compartments: BTreeMap<CompartmentId, CompartmentText>,
    pub moves: BTreeMap<MoveId, MoveText>,
    pub noble_truths: BTreeMap<NobleTruthId, NobleTruthText>,
    #[serde(skip)]
    origin: Origin,
}

/// Where the overlay came from, so checks against a base can name file and line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Origin {
    file: String,
    base_line: Option<usize>,
    language_line: Option<usize>,
    compartments: BTreeMap<String, usize>,
    moves: BTreeMap<String, usize>,
    noble_truths: BTreeMap<String, usize>,
}

const TOP_KEYS: &[&str] = &[
    "id",
    "base",
    "kind",
    "audience",
    "language",
    "title",
    "status",
    "co_produced_by",
    "licence",
    "note",
    "compartments",
    "moves",
    "noble_truths",
];
const COMPARTMENT_KEYS: &[&str] = &["label", "description"];
const MOVE_KEYS: &[&str] = &["label", "description"];
const NOBLE_TRUTH_KEYS: &[&str] = &["label", "description", "planning_prompt", "review_prompt"];

/// Reads one of the fixed words, reporting anything else with the choices.
fn read_keyword<T: FromStr + Copy>(
    src: &mut Source<'_>,
    top: &Section<'_, '_>,
    key: &str,
    required: bool,
    names: &[&str],
) -> Option<(T, Range<usize>)> {
    let (raw, span) = src.raw_str(top, key, required)?;
    match raw.parse::<T>() {
        Ok(value) => Some((value, span)),
        Err(_) => {
            src.error(
                &span,
                format!("{key} \"{raw}\" must be {}", quoted_choices(names)),
            );
            None
        }
    }
}

/// Parses an overlay on its own. Checking it against its base edition is
/// [`Overlay::check_against`].
pub fn parse_overlay(file: &str, text: &str) -> Result<Overlay, LoadErrors> {
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

    let id = read_id(&mut src, &top, "", is_simple_id, SIMPLE_ID_RULE)
        .and_then(|(id, _)| OverlayId::parse(id).ok());
    let base = match src.raw_str(&top, "base", true) {
        Some((raw, span)) => match FrameworkId::parse(raw) {
            Ok(base) => Some((base, src.line(&span))),
            Err(_) => {
                src.error(
                    &span,
                    format!("base \"{raw}\" is not valid: {SIMPLE_ID_RULE}"),
                );
                None
            }
        },
        None => None,
    };
    let kind = read_keyword::<OverlayKind>(&mut src, &top, "kind", true, OverlayKind::NAMES);
    let audience = read_keyword::<Audience>(&mut src, &top, "audience", false, Audience::NAMES);
    if let Some((OverlayKind::Wording, span)) = &kind
        && top.get("audience").is_none()
    {
        src.error(
            span,
            format!(
                "a wording overlay needs an audience: add audience = {}",
                quoted_choices(Audience::NAMES)
            ),
        );
    }
    let language = read_language(&mut src, &top);
    let title = src
        .text(&top, "title", true, TITLE_MAX, false)
        .map(|(t, _)| t);
    let status =
        read_keyword::<OverlayStatus>(&mut src, &top, "status", true, OverlayStatus::NAMES);
    let co_produced_by = src
        .text(&top, "co_produced_by", true, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);
    let licence = src
        .text(&top, "licence", true, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);
    let note = src
        .text(&top, "note", false, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);

    let mut origin = Origin {
        file: file.to_owned(),
        ..Origin::default()
    };

    let mut compartments = BTreeMap::new();
    for (key, span, mut entry) in src.keyed_sections(&top, "compartments") {
        entry.what = Some(format!("compartment \"{key}\""));
        src.check_keys(&entry, COMPARTMENT_KEYS);
        let label = src
            .text(&entry, "label", false, LABEL_MAX, false)
            .map(|(t, _)| t);
        let description = src
            .text(&entry, "description", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        match CompartmentId::parse(key) {
            Ok(id) => {
                origin.compartments.insert(key.to_owned(), src.line(&span));
                compartments.insert(id, CompartmentText { label, description });
            }
            Err(_) => src.error(
                &span,
                format!("compartment id \"{key}\" is not valid: {SIMPLE_ID_RULE}"),
            ),
        }
    }

    let mut moves = BTreeMap::new();
    for (key, span, mut entry) in src.keyed_sections(&top, "moves") {
        if !is_move_id(key)
            && let Some(hint) = unquoted_move_id(key, &entry)
        {
            src.error(&span, hint);
            continue;
        }
        entry.what = Some(format!("move \"{key}\""));
        src.check_keys(&entry, MOVE_KEYS);
        let label = src
            .text(&entry, "label", false, LABEL_MAX, false)
            .map(|(t, _)| t);
        let description = src
            .text(&entry, "description", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        match MoveId::parse(key) {
            Ok(id) => {
                origin.moves.insert(key.to_owned(), src.line(&span));
                moves.insert(id, MoveText { label, description });
            }
            Err(_) => src.error(
                &span,
                format!("move id \"{key}\" is not valid: {MOVE_ID_RULE}"),
            ),
        }
    }

    let mut noble_truths = BTreeMap::new();
    for (key, span, mut entry) in src.keyed_sections(&top, "noble_truths") {
        entry.what = Some(format!("noble truth \"{key}\""));
        src.check_keys(&entry, NOBLE_TRUTH_KEYS);
        let label = src
            .text(&entry, "label", false, LABEL_MAX, false)
            .map(|(t, _)| t);
        let description = src
            .text(&entry, "description", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        let planning_prompt = src
            .text(&entry, "planning_prompt", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        let review_prompt = src
            .text(&entry, "review_prompt", false, DESCRIPTION_MAX, true)
            .map(|(t, _)| t);
        match NobleTruthId::parse(key) {
            Ok(id) => {
                origin.noble_truths.insert(key.to_owned(), src.line(&span));
                noble_truths.insert(
                    id,
                    NobleTruthText {
                        label,
                        description,
                        planning_prompt,
                        review_prompt,
                    },
                );
            }
            Err(_) => src.error(
                &span,
                format!("noble truth id \"{key}\" is not valid: {SIMPLE_ID_RULE}"),
            ),
        }
    }

    if src.has_errors() {
        return Err(LoadErrors(src.into_errors()));
    }
    let (
        Some(id),
        Some((base, base_line)),
        Some((kind, _)),
        Some(language),
        Some(title),
        Some((status, _)),
        Some(co_produced_by),
        Some(licence),
    ) = (
        id,
        base,
        kind,
        language,
        title,
        status,
        co_produced_by,
        licence,
    )
    else {
        return Err(LoadErrors(vec![FrameworkError::new(
            file,
            None,
            "could not be read as an overlay file",
        )]));
    };
    origin.base_line = Some(base_line);
    origin.language_line = top.get("language").map(|v| src.line(&v.span()));
    Ok(Overlay {
        id,
        base,
        kind,
        audience: audience.map(|(a, _)| a),
        language,
        title,
        status,
        co_produced_by,
        licence,
        note,
        compartments,
        moves,
        noble_truths,
        origin,
    })
}

/// `[moves.basics.housing]` (without quotes) makes a section "basics" holding a
/// section "housing". Say how to write it instead.
fn unquoted_move_id(key: &str, entry: &Section<'_, '_>) -> Option<String> {
    let mut inner = entry.table.iter().peekable();
    inner.peek()?;
    let mut names = Vec::new();
    for (name, value) in inner {
        if !matches!(value.get_ref(), DeValue::Table(_)) {
            return None;
        }
        let name: &str = name.get_ref();
        names.push(name);
    }
    let first = names.first()?;
    Some(format!(
        "write each move id in quotes, like [moves.\"{key}.{first}\"]; without quotes, \
         [moves.{key}.{first}] is read as a section \"{key}\" inside moves"
    ))
}

impl Overlay {
    /// Parses an overlay on its own; see [`parse_overlay`].
    pub fn from_toml(file: &str, text: &str) -> Result<Overlay, LoadErrors> {
        parse_overlay(file, text)
    }

    /// The file it was read from, as named in messages.
    pub fn file(&self) -> &str {
        &self.origin.file
    }

    /// The line of `base = ...`.
    pub fn base_line(&self) -> Option<usize> {
        self.origin.base_line
    }

    /// Checks the overlay against its base edition. Ids the base does not have
    /// are errors; labels the overlay leaves out are warnings (errors when strict).
    pub fn check_against(
        &self,
        base: &Framework,
        opts: LoadOptions,
    ) -> Result<Vec<Warning>, LoadErrors> {
        let file = self.file();
        let mut errors = Vec::new();
        let mut warnings = Vec::new();

        if self.base != base.id {
            errors.push(FrameworkError::new(
                file,
                self.base_line(),
                format!(
                    "overlay \"{}\" is for base edition \"{}\", not \"{}\"",
                    self.id, self.base, base.id
                ),
            ));
        }

        for key in self.compartments.keys() {
            if base.compartment_by_id(key.as_str()).is_none() {
                errors.push(FrameworkError::new(
                    file,
                    self.origin.compartments.get(key.as_str()).copied(),
                    format!(
                        "compartment \"{key}\" is not in the base edition \"{}\" (known: {})",
                        base.id,
                        base.compartment_list()
                    ),
                ));
            }
        }
        for key in self.moves.keys() {
            if base.move_by_id(key.as_str()).is_none() {
                let known = base.moves_in(key.compartment_part());
                let hint = if known.is_empty() {
                    format!("known compartments: {}", base.compartment_list())
                } else {
                    format!(
                        "moves in {}: {}",
                        key.compartment_part(),
                        plain_list(known.iter().map(|m| m.id.as_str()))
                    )
                };
                errors.push(FrameworkError::new(
                    file,
                    self.origin.moves.get(key.as_str()).copied(),
                    format!(
                        "move \"{key}\" is not in the base edition \"{}\" ({hint})",
                        base.id
                    ),
                ));
            }
        }
        for key in self.noble_truths.keys() {
            if base.noble_truth_by_id(key.as_str()).is_none() {
                errors.push(FrameworkError::new(
                    file,
                    self.origin.noble_truths.get(key.as_str()).copied(),
                    format!(
                        "noble truth \"{key}\" is not in the base edition \"{}\" (known: {})",
                        base.id,
                        plain_list(base.noble_truths.iter().map(|n| n.id.as_str()))
                    ),
                ));
            }
        }

        if self.kind == OverlayKind::Translation && self.language == base.language {
            warnings.push(Warning::new(
                file,
                self.origin.language_line,
                format!(
                    "this translation is in the same language as its base edition (\"{}\"); \
                     if it rewords rather than translates, use kind = \"wording\" with an audience",
                    base.language
                ),
            ));
        }

        let fallback = |what: String, label: &str, line: Option<usize>| {
            Warning::new(
                file,
                line,
                format!(
                    "{what} has no label in this overlay, so the base label \"{label}\" \
                     (language \"{}\") will be shown",
                    base.language
                ),
            )
        };
        for c in &base.compartments {
            if self
                .compartments
                .get(&c.id)
                .and_then(|t| t.label.as_ref())
                .is_none()
            {
                let line = self.origin.compartments.get(c.id.as_str()).copied();
                warnings.push(fallback(
                    format!("compartment \"{}\"", c.id),
                    &c.label,
                    line,
                ));
            }
        }
        for m in &base.moves {
            if self
                .moves
                .get(&m.id)
                .and_then(|t| t.label.as_ref())
                .is_none()
            {
                let line = self.origin.moves.get(m.id.as_str()).copied();
                warnings.push(fallback(format!("move \"{}\"", m.id), &m.label, line));
            }
        }
        for n in &base.noble_truths {
            if self
                .noble_truths
                .get(&n.id)
                .and_then(|t| t.label.as_ref())
                .is_none()
            {
                let line = self.origin.noble_truths.get(n.id.as_str()).copied();
                warnings.push(fallback(
                    format!("noble truth \"{}\"", n.id),
                    &n.label,
                    line,
                ));
            }
        }

        if opts.strict {
            errors.extend(warnings.drain(..).map(Warning::into_error));
        }
        if errors.is_empty() {
            Ok(warnings)
        } else {
            errors.sort_by_key(|e| e.line);
            Err(LoadErrors(errors))
        }
    }
}

/// Parses an overlay and checks it against its base edition in one go.
pub fn load_overlay(
    file: &str,
    text: &str,
    base: &Framework,
    opts: LoadOptions,
) -> Result<(Overlay, Vec<Warning>), LoadErrors> {
    let overlay = parse_overlay(file, text)?;
    let warnings = overlay.check_against(base, opts)?;
    Ok((overlay, warnings))
}

#[cfg(test)]
mod tests;

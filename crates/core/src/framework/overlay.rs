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
mod tests {
    use super::*;
    use crate::framework::fixtures::{MINI, MINI_SV, edited};
    use crate::framework::load::parse_framework;

    const FILE: &str = "frameworks/overlays/mini-sv.toml";

    fn base() -> Framework {
        parse_framework("frameworks/mini.toml", MINI).unwrap()
    }

    fn parse_errors(text: &str) -> Vec<String> {
        match parse_overlay(FILE, text) {
            Ok(_) => panic!("expected errors"),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    fn check_errors(text: &str, opts: LoadOptions) -> Vec<String> {
        let overlay = parse_overlay(FILE, text).unwrap();
        match overlay.check_against(&base(), opts) {
            Ok(_) => panic!("expected errors"),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn a_complete_translation_loads_without_warnings() {
        let (overlay, warnings) =
            load_overlay(FILE, MINI_SV, &base(), LoadOptions::STRICT).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(overlay.id, "mini-sv");
        assert_eq!(overlay.base, "mini");
        assert_eq!(overlay.kind, OverlayKind::Translation);
        assert_eq!(overlay.audience, None);
        assert_eq!(overlay.language, "sv");
        assert_eq!(overlay.status, OverlayStatus::Draft);
        assert_eq!(overlay.note, None);
        assert_eq!(overlay.file(), FILE);
        assert_eq!(overlay.base_line(), Some(2));
        let basics = overlay.compartments.get("basics").unwrap();
        assert_eq!(basics.label.as_deref(), Some("Grunder"));
        assert_eq!(basics.description.as_deref(), Some("Vardagliga saker."));
        let brave = overlay.moves.get("coping.brave").unwrap();
        assert_eq!(brave.label.as_deref(), Some("Att vara modig"));
        assert_eq!(brave.description, None);
        let accepting = overlay.noble_truths.get("accepting").unwrap();
        assert_eq!(accepting.planning_prompt.as_deref(), Some("Var börjar vi?"));
        assert_eq!(accepting.review_prompt, None);
    }

    #[test]
    fn a_missing_label_falls_back_with_a_warning() {
        let text = edited(
            MINI_SV,
            &[
                ("label = \"Att vara modig\"\n", ""),
                ("[noble_truths.conserving]\nlabel = \"Att bevara\"\n", ""),
            ],
        );
        let overlay = parse_overlay(FILE, &text).unwrap();
        let warnings: Vec<String> = overlay
            .check_against(&base(), LoadOptions::default())
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "frameworks/overlays/mini-sv.toml:23: move \"coping.brave\" has no label in this overlay, so the base label \"Being brave\" (language \"en\") will be shown",
                "frameworks/overlays/mini-sv.toml: noble truth \"conserving\" has no label in this overlay, so the base label \"Conserving\" (language \"en\") will be shown",
            ]
        );
    }

    #[test]
    fn a_missing_label_is_an_error_when_strict() {
        let text = edited(
            MINI_SV,
            &[("[compartments.coping]\nlabel = \"Att hantera\"\n", "")],
        );
        assert_eq!(
            check_errors(&text, LoadOptions::STRICT),
            [
                "frameworks/overlays/mini-sv.toml: compartment \"coping\" has no label in this overlay, so the base label \"Coping\" (language \"en\") will be shown"
            ]
        );
    }

    #[test]
    fn ids_the_base_does_not_have_are_errors() {
        let text = edited(
            MINI_SV,
            &[
                ("[compartments.coping]", "[compartments.copin]"),
                ("[moves.\"coping.brave\"]", "[moves.\"coping.bravee\"]"),
                ("[moves.\"basics.money\"]", "[moves.\"learning.school\"]"),
                ("[noble_truths.conserving]", "[noble_truths.conserve]"),
            ],
        );
        assert_eq!(
            check_errors(&text, LoadOptions::default()),
            [
                "frameworks/overlays/mini-sv.toml:14: compartment \"copin\" is not in the base edition \"mini\" (known: basics, coping)",
                "frameworks/overlays/mini-sv.toml:20: move \"learning.school\" is not in the base edition \"mini\" (known compartments: basics, coping)",
                "frameworks/overlays/mini-sv.toml:23: move \"coping.bravee\" is not in the base edition \"mini\" (moves in coping: coping.brave)",
                "frameworks/overlays/mini-sv.toml:30: noble truth \"conserve\" is not in the base edition \"mini\" (known: accepting, conserving)",
            ]
        );
    }

    #[test]
    fn an_overlay_for_another_base() {
        let text = edited(MINI_SV, &[("base = \"mini\"", "base = \"maxi\"")]);
        let errors = check_errors(&text, LoadOptions::default());
        assert_eq!(
            errors[0],
            "frameworks/overlays/mini-sv.toml:2: overlay \"mini-sv\" is for base edition \"maxi\", not \"mini\""
        );
    }

    #[test]
    fn a_translation_into_the_base_language_is_suspicious() {
        let text = edited(MINI_SV, &[("language = \"sv\"", "language = \"en\"")]);
        let overlay = parse_overlay(FILE, &text).unwrap();
        let warnings = overlay
            .check_against(&base(), LoadOptions::default())
            .unwrap();
        let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "frameworks/overlays/mini-sv.toml:4: this translation is in the same language as its base edition (\"en\"); if it rewords rather than translates, use kind = \"wording\" with an audience"
            ]
        );
        assert_eq!(check_errors(&text, LoadOptions::STRICT).len(), 1);
    }

    #[test]
    fn a_wording_needs_an_audience() {
        let text = edited(
            MINI_SV,
            &[
                ("kind = \"translation\"", "kind = \"wording\""),
                ("language = \"sv\"", "language = \"en\""),
            ],
        );
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml:3: a wording overlay needs an audience: add audience = \"young-people\", \"family\", \"easy-read\", \"adult\" or \"primary\""
            ]
        );
        let with_audience = edited(
            &text,
            &[(
                "kind = \"wording\"",
                "kind = \"wording\"\naudience = \"easy-read\"",
            )],
        );
        let overlay = parse_overlay(FILE, &with_audience).unwrap();
        assert_eq!(overlay.kind, OverlayKind::Wording);
        assert_eq!(overlay.audience, Some(Audience::EasyRead));
    }

    #[test]
    fn fixed_words_and_language_are_checked() {
        let text = edited(
            MINI_SV,
            &[
                ("kind = \"translation\"", "kind = \"translated\""),
                ("language = \"sv\"", "language = \"\""),
                ("status = \"draft\"", "status = \"accepted\""),
                ("co_produced_by = \"Tests\"", "co_produced_by = \" \""),
            ],
        );
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml:3: kind \"translated\" must be \"translation\" or \"wording\"",
                "frameworks/overlays/mini-sv.toml:4: language \"\" is not valid: use a language tag like \"en\", \"sv\" or \"pt-BR\" (letters and digits, parts joined by \"-\")",
                "frameworks/overlays/mini-sv.toml:6: status \"accepted\" must be \"draft\" or \"reviewed\"",
                "frameworks/overlays/mini-sv.toml:7: co_produced_by is empty",
            ]
        );
    }

    #[test]
    fn unknown_keys_and_empty_labels_in_an_overlay() {
        let text = edited(
            MINI_SV,
            &[
                (
                    "title = \"Ett litet ramverk\"",
                    "titel = \"Ett litet ramverk\"",
                ),
                (
                    "label = \"Ett tillräckligt bra boende\"",
                    "lable = \"Ett tillräckligt bra boende\"",
                ),
                ("label = \"Att acceptera\"", "label = \"\""),
            ],
        );
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml: title is missing",
                "frameworks/overlays/mini-sv.toml:5: unknown key \"titel\" at the top of the file (keys allowed here: id, base, kind, audience, language, title, status, co_produced_by, licence, note, compartments, moves, noble_truths)",
                "frameworks/overlays/mini-sv.toml:18: unknown key \"lable\" in move \"basics.housing\" (keys allowed here: label, description)",
                "frameworks/overlays/mini-sv.toml:27: noble truth \"accepting\": label is empty",
            ]
        );
    }

    #[test]
    fn a_move_id_without_quotes_gets_a_hint() {
        let text = edited(
            MINI_SV,
            &[("[moves.\"basics.housing\"]", "[moves.basics.housing]")],
        );
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml:17: write each move id in quotes, like [moves.\"basics.housing\"]; without quotes, [moves.basics.housing] is read as a section \"basics\" inside moves"
            ]
        );
    }

    #[test]
    fn badly_shaped_ids_in_an_overlay() {
        let text = edited(
            MINI_SV,
            &[
                ("[compartments.coping]", "[compartments.Coping]"),
                ("[moves.\"coping.brave\"]", "[moves.\"coping\"]"),
            ],
        );
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml:14: compartment id \"Coping\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
                "frameworks/overlays/mini-sv.toml:23: move id \"coping\" is not valid: write it as <compartment>.<name>, with exactly one \".\", using only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            ]
        );
    }

    #[test]
    fn a_duplicate_overlay_entry_is_a_syntax_error_at_the_second() {
        let text = format!("{MINI_SV}\n[moves.\"coping.brave\"]\nlabel = \"Modig\"\n");
        assert_eq!(
            parse_errors(&text),
            [
                "frameworks/overlays/mini-sv.toml:33: \"coping.brave\" is set a second time here; each key and each [section] may appear only once"
            ]
        );
    }

    #[test]
    fn overlay_keywords() {
        let names: Vec<&str> = Audience::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(
            names,
            ["young-people", "family", "easy-read", "adult", "primary"]
        );
        assert_eq!(
            "wording".parse::<OverlayKind>().unwrap(),
            OverlayKind::Wording
        );
        assert_eq!(
            "reviewed".parse::<OverlayStatus>().unwrap(),
            OverlayStatus::Reviewed
        );
    }
}

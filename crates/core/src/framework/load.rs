//! Loading a base edition from its TOML file, checking every rule in
//! `docs/framework-format.md` and reporting every problem with its file and line.

use super::category::Category;
use super::error::{FrameworkError, LoadErrors};
use super::ids::{
    CompartmentId, FrameworkId, LANGUAGE_RULE, MOVE_ID_RULE, MoveId, NobleTruthId, SIMPLE_ID_RULE,
    is_language_tag, is_move_id, is_simple_id, parse_colour,
};
use super::keyword::{plain_list, quoted_choices};
use super::model::{Compartment, Framework, Move, NobleTruth, Provenance};
use super::source::{Section, Source};
use std::collections::HashMap;
use std::ops::Range;

/// Longest label (one line).
pub const LABEL_MAX: usize = 200;
/// Longest title (one line).
pub const TITLE_MAX: usize = 200;
/// Longest description, prompt or note (may span lines).
pub const DESCRIPTION_MAX: usize = 2000;
/// Longest edition name.
pub const EDITION_MAX: usize = 60;
/// How the name of an organisation's own move starts (`basics.local-1`). Base
/// editions may not use it, so a local id can never collide with a published one.
pub const LOCAL_PREFIX: &str = "local-";

const TOP_KEYS: &[&str] = &[
    "id",
    "title",
    "edition",
    "language",
    "attribution",
    "licence",
    "compartments",
    "moves",
    "noble_truths",
];
/// The provenances a base edition's file may give (`local` is only for an
/// organisation's own moves).
const FILE_PROVENANCES: &[&str] = &["published", "commonly-reproduced"];
const COMPARTMENT_KEYS: &[&str] = &["id", "order", "label", "description", "colour"];
const MOVE_KEYS: &[&str] = &[
    "id",
    "compartment",
    "order",
    "label",
    "description",
    "category",
    "provenance",
];
const NOBLE_TRUTH_KEYS: &[&str] = &[
    "id",
    "order",
    "label",
    "description",
    "planning_prompt",
    "review_prompt",
];

/// Parses and checks a base edition. `file` is how messages name the file, such as
/// `frameworks/resilience-framework-cyp.toml`.
pub fn parse_framework(file: &str, text: &str) -> Result<Framework, LoadErrors> {
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
        .and_then(|(id, _)| FrameworkId::parse(id).ok());
    let title = src
        .text(&top, "title", true, TITLE_MAX, false)
        .map(|(t, _)| t);
    let edition = src
        .text(&top, "edition", true, EDITION_MAX, false)
        .map(|(t, _)| t);
    let language = read_language(&mut src, &top);
    let attribution = src
        .text(&top, "attribution", true, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);
    let licence = src
        .text(&top, "licence", true, DESCRIPTION_MAX, true)
        .map(|(t, _)| t);

    let compartments = read_compartments(&mut src, &top);
    let moves = read_moves(&mut src, &top, &compartments);
    let noble_truths = read_noble_truths(&mut src, &top);

    if src.has_errors() {
        return Err(LoadErrors(src.into_errors()));
    }
    let (Some(id), Some(title), Some(edition), Some(language), Some(attribution), Some(licence)) =
        (id, title, edition, language, attribution, licence)
    else {
        return Err(could_not_read(file));
    };

    let mut compartments: Vec<Compartment> = compartments.entries;
    compartments.sort_by_key(|c| c.order);
    let position = |id: &CompartmentId| compartments.iter().position(|c| &c.id == id);
    let mut moves = moves;
    moves.sort_by_key(|m| (position(&m.compartment), m.order));
    let mut noble_truths = noble_truths;
    noble_truths.sort_by_key(|n| n.order);

    Ok(Framework {
        id,
        title,
        edition,
        language,
        attribution,
        licence,
        compartments,
        moves,
        noble_truths,
    })
}

impl Framework {
    /// Parses and checks a base edition; see [`parse_framework`].
    pub fn from_toml(file: &str, text: &str) -> Result<Framework, LoadErrors> {
        parse_framework(file, text)
    }
}

/// A safety net: something was missing but no message was recorded.
fn could_not_read(file: &str) -> LoadErrors {
    LoadErrors(vec![FrameworkError::new(
        file,
        None,
        "could not be read as a framework file",
    )])
}

/// Reads an id and checks its shape. `kind` names it in messages ("compartment"),
/// empty at the top level. Returns the id as written even if its shape is wrong,
/// so later messages can still name the entry.
pub(crate) fn read_id<'t>(
    src: &mut Source<'_>,
    section: &Section<'t, '_>,
    kind: &str,
    check: fn(&str) -> bool,
    rule: &str,
) -> Option<(&'t str, Range<usize>)> {
    let (id, span) = src.raw_str(section, "id", true)?;
    if !check(id) {
        let name = if kind.is_empty() {
            "id".to_owned()
        } else {
            format!("{kind} id")
        };
        src.error(&span, format!("{name} \"{id}\" is not valid: {rule}"));
    }
    Some((id, span))
}

pub(crate) fn read_language(src: &mut Source<'_>, section: &Section<'_, '_>) -> Option<String> {
    let (tag, span) = src.raw_str(section, "language", true)?;
    if is_language_tag(tag) {
        Some(tag.to_owned())
    } else {
        src.error(
            &span,
            format!("language \"{tag}\" is not valid: {LANGUAGE_RULE}"),
        );
        None
    }
}

/// Ids already seen in one list, with the line of their first appearance.
struct Seen<'t> {
    kind: &'static str,
    lines: HashMap<&'t str, usize>,
}

impl<'t> Seen<'t> {
    fn new(kind: &'static str) -> Self {
        Self {
            kind,
            lines: HashMap::new(),
        }
    }

    /// Records the id; reports it if it was already defined.
    fn check(&mut self, src: &mut Source<'_>, id: &'t str, span: &Range<usize>) {
        let line = src.line(span);
        match self.lines.get(id) {
            Some(first) => src.error(
                span,
                format!(
                    "{} \"{id}\" is already defined on line {first}; each id may be used only once",
                    self.kind
                ),
            ),
            None => {
                self.lines.insert(id, line);
            }
        }
    }
}

/// Orders already used in one list, so two entries cannot claim the same place.
struct Orders<'t> {
    used: HashMap<(&'t str, u32), (&'t str, usize)>,
}

impl<'t> Orders<'t> {
    fn new() -> Self {
        Self {
            used: HashMap::new(),
        }
    }

    /// `group` is the compartment for moves, empty otherwise.
    fn check(
        &mut self,
        src: &mut Source<'_>,
        section: &Section<'_, '_>,
        kind: &str,
        group: &'t str,
        id: &'t str,
        (order, span): (u32, Range<usize>),
    ) {
        let line = src.line(&span);
        match self.used.get(&(group, order)) {
            Some((other, other_line)) => {
                let place = if group.is_empty() {
                    String::new()
                } else {
                    format!(" in compartment \"{group}\"")
                };
                src.error(
                    &span,
                    format!(
                        "{}: order {order} is already used by {kind} \"{other}\"{place} (line {other_line}); \
                         give each its own place",
                        section.what.as_deref().unwrap_or(kind),
                    ),
                );
            }
            None => {
                self.used.insert((group, order), (id, line));
            }
        }
    }
}

struct Compartments<'t> {
    /// Every id declared, in file order, even of entries with other problems, so a
    /// move is not also blamed for its compartment's mistakes.
    declared: Vec<&'t str>,
    /// The compartments that were read without problems.
    entries: Vec<Compartment>,
}

fn read_compartments<'t>(src: &mut Source<'_>, top: &Section<'t, '_>) -> Compartments<'t> {
    let sections = src.sections(top, "compartments");
    if sections.is_empty() && top.get("compartments").is_none() {
        src.error_in(
            top,
            "this file defines no compartments: add at least one [[compartments]] section",
        );
    }
    let mut seen = Seen::new("compartment");
    let mut orders = Orders::new();
    let mut out = Compartments {
        declared: Vec::new(),
        entries: Vec::new(),
    };
    for mut entry in sections {
        let id = read_id(src, &entry, "compartment", is_simple_id, SIMPLE_ID_RULE);
        if let Some((id, span)) = &id {
            entry.what = Some(format!("compartment \"{id}\""));
            seen.check(src, id, span);
            if !out.declared.contains(id) {
                out.declared.push(id);
            }
        }
        src.check_keys(&entry, COMPARTMENT_KEYS);
        let order = src.order(&entry, "order");
        if let (Some((id, _)), Some(order)) = (&id, &order) {
            orders.check(src, &entry, "compartment", "", id, order.clone());
        }
        let label = src.text(&entry, "label", true, LABEL_MAX, false);
        let description = src.text(&entry, "description", true, DESCRIPTION_MAX, true);
        let colour = match src.raw_str(&entry, "colour", true) {
            Some((raw, span)) => {
                let colour = parse_colour(raw);
                if colour.is_none() {
                    src.error(
                        &span,
                        format!(
                            "{} \"{raw}\" is not a colour written as \"#\" and six hex digits, like \"#1f6f8b\"",
                            entry.subject("colour")
                        ),
                    );
                }
                colour
            }
            None => None,
        };
        if let (
            Some((id, _)),
            Some((order, _)),
            Some((label, _)),
            Some((description, _)),
            Some(colour),
        ) = (id, order, label, description, colour)
            && let Ok(id) = CompartmentId::parse(id)
        {
            out.entries.push(Compartment {
                id,
                order,
                label,
                description,
                colour,
            });
        }
    }
    out
}

fn read_moves<'t>(
    src: &mut Source<'_>,
    top: &Section<'t, '_>,
    compartments: &Compartments<'t>,
) -> Vec<Move> {
    let mut seen = Seen::new("move");
    let mut orders = Orders::new();
    let mut out = Vec::new();
    for mut entry in src.sections(top, "moves") {
        let id = read_id(src, &entry, "move", is_move_id, MOVE_ID_RULE);
        if let Some((id, span)) = &id {
            entry.what = Some(format!("move \"{id}\""));
            seen.check(src, id, span);
        }
        src.check_keys(&entry, MOVE_KEYS);
        let compartment = match src.raw_str(&entry, "compartment", true) {
            Some((name, span)) if !compartments.declared.contains(&name) => {
                src.error(
                    &span,
                    format!(
                        "{} is in compartment \"{name}\", which this file does not define (known: {})",
                        entry.what.as_deref().unwrap_or("this move"),
                        plain_list(&compartments.declared)
                    ),
                );
                None
            }
            found => found,
        };
        if let (Some((id, span)), Some((name, _))) = (&id, &compartment)
            && is_move_id(id)
            && is_simple_id(name)
            && !id.starts_with(&format!("{name}."))
        {
            src.error(
                span,
                format!(
                    "move \"{id}\" is in compartment \"{name}\", so its id must start with \"{name}.\""
                ),
            );
        }
        if let Some((id, span)) = &id
            && let Some((_, name)) = id.split_once('.')
            && name.starts_with(LOCAL_PREFIX)
        {
            // Organisations name their own moves this way; a base edition that did
            // too could one day give an organisation's id a second meaning.
            src.error(
                span,
                format!(
                    "move \"{id}\": names starting with \"{LOCAL_PREFIX}\" are kept for an \
                     organisation's own moves; choose another name"
                ),
            );
        }
        let order = src.order(&entry, "order");
        if let (Some((id, _)), Some((name, _)), Some(order)) = (&id, &compartment, &order) {
            orders.check(src, &entry, "move", name, id, order.clone());
        }
        let label = src.text(&entry, "label", true, LABEL_MAX, false);
        let description = src.text(&entry, "description", true, DESCRIPTION_MAX, true);
        let category = match src.raw_str(&entry, "category", false) {
            None => Some(None),
            Some((raw, span)) => match raw.parse::<Category>() {
                Ok(category) => Some(Some(category)),
                Err(_) => {
                    src.error(
                        &span,
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
        let provenance = match src.raw_str(&entry, "provenance", true) {
            None => None,
            Some((raw, span)) => match raw.parse::<Provenance>() {
                Ok(p) if p != Provenance::Local => Some(p),
                _ => {
                    src.error(
                        &span,
                        format!(
                            "{} \"{raw}\" must be {}",
                            entry.subject("provenance"),
                            quoted_choices(FILE_PROVENANCES)
                        ),
                    );
                    None
                }
            },
        };
        if let (
            Some((id, _)),
            Some((compartment, _)),
            Some((order, _)),
            Some((label, _)),
            Some((description, _)),
            Some(category),
            Some(provenance),
        ) = (
            id,
            compartment,
            order,
            label,
            description,
            category,
            provenance,
        ) && let (Ok(id), Ok(compartment)) =
            (MoveId::parse(id), CompartmentId::parse(compartment))
        {
            out.push(Move {
                id,
                compartment,
                order,
                label,
                description,
                category,
                provenance,
            });
        }
    }
    out
}

fn read_noble_truths(src: &mut Source<'_>, top: &Section<'_, '_>) -> Vec<NobleTruth> {
    let mut seen = Seen::new("noble truth");
    let mut orders = Orders::new();
    let mut out = Vec::new();
    for mut entry in src.sections(top, "noble_truths") {
        let id = read_id(src, &entry, "noble truth", is_simple_id, SIMPLE_ID_RULE);
        if let Some((id, span)) = &id {
            entry.what = Some(format!("noble truth \"{id}\""));
            seen.check(src, id, span);
        }
        src.check_keys(&entry, NOBLE_TRUTH_KEYS);
        let order = src.order(&entry, "order");
        if let (Some((id, _)), Some(order)) = (&id, &order) {
            orders.check(src, &entry, "noble truth", "", id, order.clone());
        }
        let label = src.text(&entry, "label", true, LABEL_MAX, false);
        let description = src.text(&entry, "description", true, DESCRIPTION_MAX, true);
        let planning_prompt = src.text(&entry, "planning_prompt", true, DESCRIPTION_MAX, true);
        let review_prompt = src.text(&entry, "review_prompt", true, DESCRIPTION_MAX, true);
        if let (
            Some((id, _)),
            Some((order, _)),
            Some((label, _)),
            Some((description, _)),
            Some((planning_prompt, _)),
            Some((review_prompt, _)),
        ) = (
            id,
            order,
            label,
            description,
            planning_prompt,
            review_prompt,
        ) && let Ok(id) = NobleTruthId::parse(id)
        {
            out.push(NobleTruth {
                id,
                order,
                label,
                description,
                planning_prompt,
                review_prompt,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::fixtures::{MINI, edited};

    const FILE: &str = "frameworks/mini.toml";

    fn errors_of(text: &str) -> Vec<String> {
        match parse_framework(FILE, text) {
            Ok(_) => panic!("expected errors"),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    fn errors_after(edits: &[(&str, &str)]) -> Vec<String> {
        errors_of(&edited(MINI, edits))
    }

    #[test]
    fn a_valid_minimal_framework_loads_in_display_order() {
        let f = parse_framework(FILE, MINI).unwrap();
        assert_eq!(f.id, "mini");
        assert_eq!(f.title, "A small framework");
        assert_eq!(f.edition, "2007");
        assert_eq!(f.language, "en");
        assert_eq!(
            f.attribution,
            "Hart, Blincow & Thomas (2007) and BoingBoing"
        );
        assert_eq!(
            (f.compartment_count(), f.move_count(), f.noble_truth_count()),
            (2, 3, 2)
        );
        let moves: Vec<&str> = f.moves.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(moves, ["basics.housing", "basics.money", "coping.brave"]);
        let truths: Vec<&str> = f.noble_truths.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(truths, ["accepting", "conserving"]);
        assert_eq!(f.compartment_by_id("coping").unwrap().colour, "#aa0000");
        let housing = f.move_by_id("basics.housing").unwrap();
        assert_eq!(housing.category, Some(Category::Housing));
        assert_eq!(housing.provenance, Provenance::Published);
        assert_eq!(housing.compartment, "basics");
        let brave = f.move_by_id("coping.brave").unwrap();
        assert_eq!(brave.category, None);
        assert_eq!(brave.provenance, Provenance::CommonlyReproduced);
        assert_eq!(
            f.noble_truth_by_id("accepting").unwrap().review_prompt,
            "What has changed?"
        );
        assert_eq!(Framework::from_toml(FILE, MINI).unwrap(), f);
    }

    #[test]
    fn a_toml_syntax_error_names_its_line() {
        let errors = errors_after(&[("label = \"Coping\"", "label = \"Coping")]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0]
                .starts_with("frameworks/mini.toml:18: this line is not valid TOML (at column "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_key_set_twice_is_reported_at_the_second() {
        let errors = errors_after(&[("order = 2\nlabel = \"Coping\"", "order = 2\norder = 3")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:18: \"order\" is set a second time here; each key and each [section] may appear only once"
            ]
        );
    }

    #[test]
    fn unknown_keys_are_all_reported() {
        let errors = errors_after(&[
            ("edition = \"2007\"", "editon = \"2007\""),
            ("colour = \"#1f6f8b\"", "color = \"#1f6f8b\""),
            ("label = \"Being brave\"", "lable = \"Being brave\""),
        ]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml: edition is missing",
                "frameworks/mini.toml:3: unknown key \"editon\" at the top of the file (keys allowed here: id, title, edition, language, attribution, licence, compartments, moves, noble_truths)",
                "frameworks/mini.toml:8: compartment \"basics\": colour is missing",
                "frameworks/mini.toml:13: unknown key \"color\" in compartment \"basics\" (keys allowed here: id, order, label, description, colour)",
                "frameworks/mini.toml:31: move \"coping.brave\": label is missing",
                "frameworks/mini.toml:35: unknown key \"lable\" in move \"coping.brave\" (keys allowed here: id, compartment, order, label, description, category, provenance)",
            ]
        );
    }

    #[test]
    fn a_duplicate_compartment_is_reported_at_the_second() {
        let errors = errors_after(&[("id = \"coping\"", "id = \"basics\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:16: compartment \"basics\" is already defined on line 9; each id may be used only once",
                "frameworks/mini.toml:33: move \"coping.brave\" is in compartment \"coping\", which this file does not define (known: basics)",
            ]
        );
    }

    #[test]
    fn a_duplicate_move_is_reported_at_the_second() {
        let errors = errors_after(&[("id = \"basics.money\"", "id = \"basics.housing\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:40: move \"basics.housing\" is already defined on line 23; each id may be used only once"
            ]
        );
    }

    #[test]
    fn a_duplicate_noble_truth_is_reported_at_the_second() {
        let errors = errors_after(&[("id = \"accepting\"", "id = \"conserving\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:57: noble truth \"conserving\" is already defined on line 49; each id may be used only once"
            ]
        );
    }

    #[test]
    fn a_move_in_an_unknown_compartment() {
        let errors = errors_after(&[("compartment = \"coping\"", "compartment = \"copin\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:33: move \"coping.brave\" is in compartment \"copin\", which this file does not define (known: basics, coping)"
            ]
        );
    }

    #[test]
    fn an_unknown_category() {
        let errors = errors_after(&[("category = \"housing\"", "category = \"houses\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:28: move \"basics.housing\": category \"houses\" is not one of the fixed categories (housing, money, safety, transport, discrimination, other); leave it out if none fits"
            ]
        );
    }

    #[test]
    fn a_missing_label_and_an_empty_description() {
        let errors = errors_after(&[
            ("label = \"Good enough housing\"", ""),
            (
                "description = \"Trying things that feel hard.\"",
                "description = \"   \"",
            ),
        ]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:22: move \"basics.housing\": label is missing",
                "frameworks/mini.toml:36: move \"coping.brave\": description is empty",
            ]
        );
    }

    #[test]
    fn missing_noble_truth_prompts() {
        let errors = errors_after(&[("review_prompt = \"What did we keep?\"", "")]);
        assert_eq!(
            errors,
            ["frameworks/mini.toml:48: noble truth \"conserving\": review_prompt is missing"]
        );
    }

    #[test]
    fn a_hidden_control_character_in_a_label() {
        let errors = errors_after(&[("label = \"Basics\"", "label = \"Bas\u{202E}ics\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:11: compartment \"basics\": label contains a hidden control character (code 0x202e)"
            ]
        );
    }

    #[test]
    fn a_move_id_must_start_with_its_compartment() {
        let errors = errors_after(&[("id = \"coping.brave\"", "id = \"basics.brave\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:32: move \"basics.brave\" is in compartment \"coping\", so its id must start with \"coping.\""
            ]
        );
    }

    #[test]
    fn the_local_prefix_is_kept_for_organisations() {
        let errors = errors_after(&[("id = \"coping.brave\"", "id = \"coping.local-brave\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:32: move \"coping.local-brave\": names starting with \"local-\" are kept for an organisation's own moves; choose another name"
            ]
        );
    }

    #[test]
    fn an_invalid_colour() {
        let errors = errors_after(&[("colour = \"#AA0000\"", "colour = \"red\"")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:20: compartment \"coping\": colour \"red\" is not a colour written as \"#\" and six hex digits, like \"#1f6f8b\""
            ]
        );
    }

    #[test]
    fn invalid_id_shapes() {
        let errors = errors_after(&[
            ("id = \"mini\"", "id = \"Mini Framework\""),
            ("id = \"coping.brave\"", "id = \"coping.brave.x\""),
            ("id = \"accepting\"", "id = \"Accepting!\""),
        ]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:1: id \"Mini Framework\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
                "frameworks/mini.toml:32: move id \"coping.brave.x\" is not valid: write it as <compartment>.<name>, with exactly one \".\", using only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
                "frameworks/mini.toml:57: noble truth id \"Accepting!\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            ]
        );
    }

    #[test]
    fn an_invalid_compartment_id() {
        let errors = errors_after(&[
            ("id = \"coping\"", "id = \"Coping\""),
            ("compartment = \"coping\"", "compartment = \"Coping\""),
        ]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:16: compartment id \"Coping\" is not valid: use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)",
            ]
        );
    }

    #[test]
    fn an_invalid_language_provenance_and_types() {
        let errors = errors_after(&[
            ("title = \"A small framework\"", "title = 2007"),
            ("language = \"en\"", "language = \"English (UK)\""),
            (
                "order = 2\nlabel = \"Coping\"",
                "order = \"2\"\nlabel = \"Coping\"",
            ),
            (
                "provenance = \"commonly-reproduced\"",
                "provenance = \"confirmed\"",
            ),
        ]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:2: title must be text in quotes, like title = \"...\" (it is a number)",
                "frameworks/mini.toml:4: language \"English (UK)\" is not valid: use a language tag like \"en\", \"sv\" or \"pt-BR\" (letters and digits, parts joined by \"-\")",
                "frameworks/mini.toml:17: compartment \"coping\": order must be a whole number, 0 or more, like order = 3",
                "frameworks/mini.toml:37: move \"coping.brave\": provenance \"confirmed\" must be \"published\" or \"commonly-reproduced\"",
            ]
        );
    }

    #[test]
    fn two_moves_in_one_place() {
        let errors =
            errors_after(&[("order = 2\nlabel = \"Enough", "order = 1\nlabel = \"Enough")]);
        assert_eq!(
            errors,
            [
                "frameworks/mini.toml:42: move \"basics.money\": order 1 is already used by move \"basics.housing\" in compartment \"basics\" (line 25); give each its own place"
            ]
        );
    }

    #[test]
    fn a_file_without_compartments() {
        let text = "id = \"x\"\ntitle = \"t\"\nedition = \"1\"\nlanguage = \"en\"\nattribution = \"a\"\nlicence = \"l\"\n";
        assert_eq!(
            errors_of(text),
            [
                "frameworks/mini.toml: this file defines no compartments: add at least one [[compartments]] section"
            ]
        );
    }

    #[test]
    fn a_moves_section_after_a_moves_list() {
        let text = edited(
            MINI,
            &[(
                "[[moves]]\nid = \"coping.brave\"",
                "[moves]\nid = \"coping.brave\"",
            )],
        );
        assert_eq!(
            errors_of(&text),
            [
                "frameworks/mini.toml:31: \"moves\" is set a second time here; each key and each [section] may appear only once",
                "frameworks/mini.toml:39: \"moves\" is set a second time here; each key and each [section] may appear only once",
            ]
        );
    }

    #[test]
    fn moves_written_as_one_section_instead_of_a_list() {
        let head = MINI.split("[[moves]]").next().unwrap();
        let text = format!("{head}[moves]\nid = \"basics.housing\"\n");
        assert_eq!(
            errors_of(&text),
            [
                "frameworks/mini.toml:22: moves must be a list of [[moves]] sections (it is a section)"
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_in_one_go() {
        let errors = errors_after(&[
            ("colour = \"#1f6f8b\"", "colour = \"#1f6f8\""),
            ("compartment = \"coping\"", "compartment = \"copin\""),
            ("category = \"money\"", "category = \"cash\""),
            ("label = \"Accepting\"", "label = \"\""),
        ]);
        let lines: Vec<&str> = errors
            .iter()
            .map(|e| e.split(": ").next().unwrap())
            .collect();
        assert_eq!(
            lines,
            [
                "frameworks/mini.toml:13",
                "frameworks/mini.toml:33",
                "frameworks/mini.toml:45",
                "frameworks/mini.toml:59"
            ]
        );
    }
}

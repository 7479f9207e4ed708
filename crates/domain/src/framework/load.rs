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
    "replaces",
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

    let replaces = read_replaces(&mut src, &top);
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
        replaces,
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

/// The optional `replaces`: the id of the base edition this one replaces.
/// Whether that edition is loaded, and whether this one keeps its ids, is
/// checked by the catalogue, which sees every edition.
fn read_replaces(src: &mut Source<'_>, top: &Section<'_, '_>) -> Option<FrameworkId> {
    let (raw, span) = src.raw_str(top, "replaces", false)?;
    match FrameworkId::parse(raw) {
        Ok(id) => Some(id),
        Err(_) => {
            src.error(
                &span,
                format!("replaces \"{raw}\" is not valid: {SIMPLE_ID_RULE}"),
            );
            None
        }
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
mod tests;

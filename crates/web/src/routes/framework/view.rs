//! What the framework pages share: the framework in the chosen wording, the
//! wording switch, and the notices about the wording in use.

use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::i18n::Tr;
use axum::http::StatusCode;
use moves_core::framework::{
    Category, Compartment, OverlayStatus, ResolvedCompartment, ResolvedFramework, ResolvedMove,
    Wording,
};

/// The Fluent key naming a "changing the odds" category.
pub fn category_key(category: Category) -> &'static str {
    match category {
        Category::Housing => "framework-category-housing",
        Category::Money => "framework-category-money",
        Category::Safety => "framework-category-safety",
        Category::Transport => "framework-category-transport",
        Category::Discrimination => "framework-category-discrimination",
        Category::Education => "framework-category-education",
        Category::HealthAndCare => "framework-category-health-and-care",
        Category::Food => "framework-category-food",
        Category::PlayAndYouth => "framework-category-play-and-youth",
        Category::DigitalAccess => "framework-category-digital-access",
        Category::Other => "framework-category-other",
    }
}

/// One choice in the wording switch.
pub struct WordingOption {
    /// The overlay id, or empty for the standard wording.
    pub value: String,
    pub text: String,
    pub selected: bool,
}

/// What the page says about the overlay in use.
pub struct OverlayNotice {
    pub title: Wording,
    pub draft: bool,
    pub co_produced_by: String,
    pub note: Option<String>,
    /// Some texts fell back to the standard wording.
    pub partial: bool,
}

/// The parts every framework page has.
pub struct Chrome {
    pub framework: ResolvedFramework,
    /// `""`, or `?wording=ID` to carry the chosen wording in links.
    pub query: String,
    /// Where the wording switch sends its GET form: the page itself.
    pub action: String,
    pub options: Vec<WordingOption>,
    pub notice: Option<OverlayNotice>,
}

impl Chrome {
    /// The public framework in the wording `overlay` (standard when `None`).
    /// An unknown wording is 404, like an unknown compartment or move.
    pub fn new(tr: &Tr, overlay: Option<&str>, action: &str) -> Result<Self, StatusCode> {
        let catalogue = catalogue().map_err(|errors| {
            tracing::error!(%errors, "the shipped framework files are broken");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;
        let framework = catalogue
            .resolve(PUBLIC_FRAMEWORK, overlay)
            .ok_or(StatusCode::NOT_FOUND)?;
        let mut options = vec![WordingOption {
            value: String::new(),
            text: tr.t("framework-wording-standard"),
            selected: overlay.is_none(),
        }];
        for o in catalogue.overlays_for(PUBLIC_FRAMEWORK) {
            let key = match o.status {
                OverlayStatus::Draft => "framework-wording-option-draft",
                OverlayStatus::Reviewed => "framework-wording-option",
            };
            options.push(WordingOption {
                value: o.id.to_string(),
                text: tr.t_args(
                    key,
                    &[
                        ("title", o.title.clone()),
                        ("language", language_name(tr, &o.language)),
                    ],
                ),
                selected: overlay == Some(o.id.as_str()),
            });
        }
        let notice = framework.overlay.as_ref().map(|info| OverlayNotice {
            title: framework.title.clone(),
            draft: info.status == OverlayStatus::Draft,
            co_produced_by: info.co_produced_by.clone(),
            note: info.note.clone(),
            partial: any_fell_back(&framework),
        });
        let query = match &framework.overlay {
            Some(info) => format!("?wording={}", info.id),
            None => String::new(),
        };
        Ok(Self {
            framework,
            query,
            action: action.to_owned(),
            options,
            notice,
        })
    }
}

/// The name of a language in the interface's words, from its tag.
fn language_name(tr: &Tr, tag: &str) -> String {
    // Regional tags (`pt-BR`) are named by their language.
    let primary = tag.split('-').next().unwrap_or(tag);
    tr.t_args("framework-language-name", &[("tag", primary.to_owned())])
}

/// Whether any label of the framework came from the base edition because the
/// overlay left it out. Descriptions and prompts are often left out on purpose
/// (label-only translations), so only labels count.
fn any_fell_back(fw: &ResolvedFramework) -> bool {
    fw.compartments.iter().any(|c| c.label.fell_back)
        || fw.moves.iter().any(|m| m.label.fell_back)
        || fw.noble_truths.iter().any(|n| n.label.fell_back)
}

/// A compartment with its moves, for the overview.
pub struct CompartmentBlock {
    pub compartment: ResolvedCompartment,
    pub moves: Vec<ResolvedMove>,
}

/// A link to the compartment or move before or after this one.
pub struct Neighbour {
    pub href: String,
    pub label: Wording,
}

impl Neighbour {
    pub fn compartment(c: &ResolvedCompartment, query: &str) -> Self {
        Self {
            href: format!("/framework/compartments/{}{query}", c.id),
            label: c.label.clone(),
        }
    }

    pub fn a_move(m: &ResolvedMove, query: &str) -> Self {
        Self {
            href: format!("/framework/moves/{}{query}", m.id),
            label: m.label.clone(),
        }
    }
}

/// `.fw-c-ID { --fw-colour: #rrggbb }` for each compartment. Ids are `a-z 0-9 _ -`
/// and colours `#rrggbb` (both checked when the file was loaded), so both are
/// safe to write into CSS as they are.
pub fn colour_classes(compartments: &[Compartment]) -> String {
    let mut css = String::from(
        "/* Compartment colours, from the framework file. Decoration only: every\n   \
         compartment's name is always written out. */\n",
    );
    for c in compartments {
        css.push_str(&format!(
            ".fw-c-{} {{ --fw-colour: {}; }}\n",
            c.id, c.colour
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_a_key() {
        for c in Category::ALL {
            assert!(Tr::has(category_key(*c)), "{c}");
        }
    }

    #[test]
    fn colour_classes_name_each_compartment() {
        let Ok(catalogue) = catalogue() else {
            panic!("the shipped framework files are broken")
        };
        let Some(fw) = catalogue.framework(PUBLIC_FRAMEWORK) else {
            panic!("no public framework")
        };
        let css = colour_classes(&fw.compartments);
        assert!(
            css.contains(".fw-c-basics { --fw-colour: #1d5e8c; }"),
            "{css}"
        );
        assert_eq!(css.matches("--fw-colour").count(), 5);
    }

    #[test]
    fn language_names() {
        let tr = Tr::default();
        let name = |tag| language_name(&tr, tag).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(name("sv"), "Swedish");
        assert_eq!(name("cy"), "Welsh");
        assert_eq!(name("el"), "Greek");
        assert_eq!(name("pt-BR"), "Portuguese");
        assert_eq!(name("xx"), "language “xx”");
    }
}

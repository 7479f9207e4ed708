//! The framework as people see it: a base edition with an overlay's wording laid
//! over it. Every piece of text carries its own language, so a page in Swedish can
//! mark a label that fell back to English with `lang="en"`.

use super::category::Category;
use super::ids::{CompartmentId, FrameworkId, MoveId, NobleTruthId, OverlayId};
use super::model::{Framework, Provenance};
use super::overlay::{Audience, Overlay, OverlayKind, OverlayStatus};
use serde::Serialize;

/// A piece of text and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wording {
    pub text: String,
    /// BCP 47 tag, for the `lang` attribute.
    pub lang: String,
    /// True when an overlay was in use but did not supply this text, so the base
    /// edition's text is shown instead.
    pub fell_back: bool,
}

impl Wording {
    fn pick(
        overlay_text: Option<&String>,
        overlay_lang: Option<&str>,
        base_text: &str,
        base_lang: &str,
    ) -> Self {
        match (overlay_text, overlay_lang) {
            (Some(text), Some(lang)) => Wording {
                text: text.clone(),
                lang: lang.to_owned(),
                fell_back: false,
            },
            _ => Wording {
                text: base_text.to_owned(),
                lang: base_lang.to_owned(),
                fell_back: overlay_lang.is_some(),
            },
        }
    }
}

impl std::fmt::Display for Wording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The overlay in use, for notices ("draft", who made it, its licence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverlayInfo {
    pub id: OverlayId,
    pub kind: OverlayKind,
    pub audience: Option<Audience>,
    pub language: String,
    pub status: OverlayStatus,
    pub co_produced_by: String,
    pub licence: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedCompartment {
    pub id: CompartmentId,
    pub order: u32,
    pub colour: String,
    pub label: Wording,
    pub description: Wording,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedMove {
    pub id: MoveId,
    pub compartment: CompartmentId,
    pub order: u32,
    pub category: Option<Category>,
    pub provenance: Provenance,
    pub label: Wording,
    pub description: Wording,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedNobleTruth {
    pub id: NobleTruthId,
    pub order: u32,
    pub label: Wording,
    pub description: Wording,
    pub planning_prompt: Wording,
    pub review_prompt: Wording,
}

/// A base edition with an overlay's wording applied, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedFramework {
    /// The base edition's id: records always refer to the base ids.
    pub id: FrameworkId,
    /// The overlay's title when there is one.
    pub title: Wording,
    /// The main language of this view: the overlay's, or the base edition's.
    pub language: String,
    pub edition: String,
    /// The base edition's attribution, shown whatever the wording.
    pub attribution: String,
    /// The base edition's licence note.
    pub licence: String,
    pub overlay: Option<OverlayInfo>,
    pub compartments: Vec<ResolvedCompartment>,
    pub moves: Vec<ResolvedMove>,
    pub noble_truths: Vec<ResolvedNobleTruth>,
}

/// Lays `overlay` over `base`. Text the overlay leaves out comes from the base,
/// in the base's language. Overlay entries for ids the base does not have are
/// ignored (loading reports them as errors).
pub fn resolve(base: &Framework, overlay: Option<&Overlay>) -> ResolvedFramework {
    let base_lang = base.language.as_str();
    let lang = overlay.map(|o| o.language.as_str());

    let compartments = base
        .compartments
        .iter()
        .map(|c| {
            let o = overlay.and_then(|o| o.compartments.get(&c.id));
            ResolvedCompartment {
                id: c.id.clone(),
                order: c.order,
                colour: c.colour.clone(),
                label: Wording::pick(o.and_then(|o| o.label.as_ref()), lang, &c.label, base_lang),
                description: Wording::pick(
                    o.and_then(|o| o.description.as_ref()),
                    lang,
                    &c.description,
                    base_lang,
                ),
            }
        })
        .collect();

    let moves = base
        .moves
        .iter()
        .map(|m| {
            let o = overlay.and_then(|o| o.moves.get(&m.id));
            ResolvedMove {
                id: m.id.clone(),
                compartment: m.compartment.clone(),
                order: m.order,
                category: m.category,
                provenance: m.provenance,
                label: Wording::pick(o.and_then(|o| o.label.as_ref()), lang, &m.label, base_lang),
                description: Wording::pick(
                    o.and_then(|o| o.description.as_ref()),
                    lang,
                    &m.description,
                    base_lang,
                ),
            }
        })
        .collect();

    let noble_truths = base
        .noble_truths
        .iter()
        .map(|n| {
            let o = overlay.and_then(|o| o.noble_truths.get(&n.id));
            let pick = |text: Option<&String>, base_text: &str| {
                Wording::pick(text, lang, base_text, base_lang)
            };
            ResolvedNobleTruth {
                id: n.id.clone(),
                order: n.order,
                label: pick(o.and_then(|o| o.label.as_ref()), &n.label),
                description: pick(o.and_then(|o| o.description.as_ref()), &n.description),
                planning_prompt: pick(
                    o.and_then(|o| o.planning_prompt.as_ref()),
                    &n.planning_prompt,
                ),
                review_prompt: pick(o.and_then(|o| o.review_prompt.as_ref()), &n.review_prompt),
            }
        })
        .collect();

    ResolvedFramework {
        id: base.id.clone(),
        title: Wording::pick(overlay.map(|o| &o.title), lang, &base.title, base_lang),
        language: lang.unwrap_or(base_lang).to_owned(),
        edition: base.edition.clone(),
        attribution: base.attribution.clone(),
        licence: base.licence.clone(),
        overlay: overlay.map(|o| OverlayInfo {
            id: o.id.clone(),
            kind: o.kind,
            audience: o.audience,
            language: o.language.clone(),
            status: o.status,
            co_produced_by: o.co_produced_by.clone(),
            licence: o.licence.clone(),
            note: o.note.clone(),
        }),
        compartments,
        moves,
        noble_truths,
    }
}

impl ResolvedFramework {
    pub fn compartment_by_id(&self, id: &str) -> Option<&ResolvedCompartment> {
        self.compartments.iter().find(|c| c.id == id)
    }

    pub fn move_by_id(&self, id: &str) -> Option<&ResolvedMove> {
        self.moves.iter().find(|m| m.id == id)
    }

    pub fn noble_truth_by_id(&self, id: &str) -> Option<&ResolvedNobleTruth> {
        self.noble_truths.iter().find(|n| n.id == id)
    }

    /// The moves of one compartment, by `order`.
    pub fn moves_in(&self, compartment: &str) -> Vec<&ResolvedMove> {
        let mut moves: Vec<&ResolvedMove> = self
            .moves
            .iter()
            .filter(|m| m.compartment == compartment)
            .collect();
        moves.sort_by_key(|m| m.order);
        moves
    }

    /// The compartments before and after `id`, in display order, for reading
    /// through the framework one compartment at a time.
    pub fn compartments_around(
        &self,
        id: &str,
    ) -> (Option<&ResolvedCompartment>, Option<&ResolvedCompartment>) {
        let mut ordered: Vec<&ResolvedCompartment> = self.compartments.iter().collect();
        ordered.sort_by_key(|c| c.order);
        neighbours(&ordered, |c| c.id == id)
    }

    /// The moves before and after `id` in its own compartment.
    pub fn moves_around(&self, id: &str) -> (Option<&ResolvedMove>, Option<&ResolvedMove>) {
        match self.move_by_id(id) {
            Some(m) => neighbours(&self.moves_in(m.compartment.as_str()), |x| x.id == id),
            None => (None, None),
        }
    }
}

/// The items either side of the first item that `is_it` picks.
fn neighbours<'a, T>(
    items: &[&'a T],
    is_it: impl Fn(&T) -> bool,
) -> (Option<&'a T>, Option<&'a T>) {
    match items.iter().position(|item| is_it(item)) {
        Some(i) => (
            i.checked_sub(1).and_then(|p| items.get(p)).copied(),
            items.get(i + 1).copied(),
        ),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::fixtures::{MINI, MINI_SV, edited};
    use crate::framework::load::parse_framework;
    use crate::framework::overlay::parse_overlay;

    fn w(text: &str, lang: &str, fell_back: bool) -> Wording {
        Wording {
            text: text.to_owned(),
            lang: lang.to_owned(),
            fell_back,
        }
    }

    #[test]
    fn without_an_overlay_everything_is_the_base_language() {
        let base = parse_framework("f.toml", MINI).unwrap();
        let r = resolve(&base, None);
        assert_eq!(r.language, "en");
        assert_eq!(r.title, w("A small framework", "en", false));
        assert_eq!(r.overlay, None);
        assert_eq!(
            r.move_by_id("basics.housing").unwrap().label,
            w("Good enough housing", "en", false)
        );
        assert_eq!(r.compartments.len(), 2);
        assert_eq!(r.moves.len(), 3);
        assert_eq!(r.noble_truths.len(), 2);
    }

    #[test]
    fn each_text_carries_the_language_it_is_in() {
        let base = parse_framework("f.toml", MINI).unwrap();
        let text = edited(MINI_SV, &[("label = \"Att vara modig\"\n", "")]);
        let overlay = parse_overlay("o.toml", &text).unwrap();
        let r = resolve(&base, Some(&overlay));
        assert_eq!(r.language, "sv");
        assert_eq!(r.title, w("Ett litet ramverk", "sv", false));
        assert_eq!(r.attribution, base.attribution);
        let info = r.overlay.as_ref().unwrap();
        assert_eq!(
            (info.id.as_str(), info.status),
            ("mini-sv", OverlayStatus::Draft)
        );

        let basics = r.compartment_by_id("basics").unwrap();
        assert_eq!(basics.label, w("Grunder", "sv", false));
        assert_eq!(basics.description, w("Vardagliga saker.", "sv", false));
        assert_eq!(basics.colour, "#1f6f8b");
        let coping = r.compartment_by_id("coping").unwrap();
        assert_eq!(
            coping.description,
            w("Getting through hard times.", "en", true)
        );

        let housing = r.move_by_id("basics.housing").unwrap();
        assert_eq!(housing.label, w("Ett tillräckligt bra boende", "sv", false));
        assert_eq!(
            housing.description,
            w("A home that is good enough.", "en", true)
        );
        assert_eq!(housing.category, Some(Category::Housing));
        let brave = r.move_by_id("coping.brave").unwrap();
        assert_eq!(brave.label, w("Being brave", "en", true));
        assert_eq!(brave.provenance, Provenance::CommonlyReproduced);

        let accepting = r.noble_truth_by_id("accepting").unwrap();
        assert_eq!(accepting.label, w("Att acceptera", "sv", false));
        assert_eq!(accepting.planning_prompt, w("Var börjar vi?", "sv", false));
        assert_eq!(accepting.review_prompt, w("What has changed?", "en", true));

        let ids: Vec<&str> = r.moves_in("basics").iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["basics.housing", "basics.money"]);
        assert_eq!(brave.label.to_string(), "Being brave");
    }

    #[test]
    fn neighbours_for_reading_through() {
        let base = parse_framework("f.toml", MINI).unwrap();
        let r = resolve(&base, None);
        fn ids<'a>(
            (a, b): (Option<&'a ResolvedMove>, Option<&'a ResolvedMove>),
        ) -> (Option<&'a str>, Option<&'a str>) {
            (a.map(|m| m.id.as_str()), b.map(|m| m.id.as_str()))
        }
        assert_eq!(
            ids(r.moves_around("basics.housing")),
            (None, Some("basics.money"))
        );
        assert_eq!(
            ids(r.moves_around("basics.money")),
            (Some("basics.housing"), None)
        );
        assert_eq!(ids(r.moves_around("coping.brave")), (None, None));
        assert_eq!(ids(r.moves_around("nope.nope")), (None, None));

        let (before, after) = r.compartments_around("basics");
        assert!(before.is_none());
        assert_eq!(after.map(|c| c.id.as_str()), Some("coping"));
        let (before, after) = r.compartments_around("coping");
        assert_eq!(before.map(|c| c.id.as_str()), Some("basics"));
        assert!(after.is_none());
        assert_eq!(r.compartments_around("nope"), (None, None));
    }
}

//! The Resilience Framework as data: a base edition with its compartments, resilient
//! moves and noble truths. Built by [`parse_framework`](super::parse_framework), which checks
//! every rule in `docs/framework-format.md`.

use super::category::Category;
use super::ids::{CompartmentId, FrameworkId, MoveId, NobleTruthId};
use super::keyword::keyword_enum;
use serde::Serialize;

keyword_enum! {
    /// Whether a move's wording was checked against the published framework.
    Provenance, "provenance" {
        /// Confirmed against the published framework.
        Published => "published",
        /// The commonly reproduced wording, not yet confirmed against the published
        /// framework; a maintainer can confirm it later.
        CommonlyReproduced => "commonly-reproduced",
        /// An organisation's own move, added in its adaptation. Never in a file of
        /// a base edition.
        Local => "local",
    }
}

/// A base edition of the framework, such as the 2007 framework for children and
/// young people. Compartments, moves and noble truths are kept in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Framework {
    pub id: FrameworkId,
    pub title: String,
    /// Which edition of the published framework.
    pub edition: String,
    /// BCP 47 tag of the labels.
    pub language: String,
    pub attribution: String,
    /// Licence note for the wording.
    pub licence: String,
    /// The base edition this one replaces, if any: organisations on that one
    /// are offered this one. It keeps every compartment and move id of the one
    /// it replaces, so an adaptation carries over (checked when loading).
    pub replaces: Option<FrameworkId>,
    /// In `order`.
    pub compartments: Vec<Compartment>,
    /// In compartment order, then in `order` within each compartment.
    pub moves: Vec<Move>,
    /// In `order`.
    pub noble_truths: Vec<NobleTruth>,
}

/// One of the framework's compartments, such as Basics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Compartment {
    pub id: CompartmentId,
    pub order: u32,
    pub label: String,
    /// Short, in the project's own words.
    pub description: String,
    /// `#rrggbb`, lowercase. Never the only carrier of meaning.
    pub colour: String,
}

/// A resilient move, such as "Good enough housing".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    pub id: MoveId,
    pub compartment: CompartmentId,
    pub order: u32,
    pub label: String,
    /// Short, in the project's own words.
    pub description: String,
    /// The "changing the odds" category, for moves about the world around the person.
    pub category: Option<Category>,
    pub provenance: Provenance,
}

/// One of the four noble truths: the stance behind every move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NobleTruth {
    pub id: NobleTruthId,
    pub order: u32,
    pub label: String,
    pub description: String,
    /// Asked when making a plan.
    pub planning_prompt: String,
    /// Asked at a review.
    pub review_prompt: String,
}

impl Framework {
    pub fn compartment_by_id(&self, id: &str) -> Option<&Compartment> {
        self.compartments.iter().find(|c| c.id == id)
    }

    pub fn move_by_id(&self, id: &str) -> Option<&Move> {
        self.moves.iter().find(|m| m.id == id)
    }

    pub fn noble_truth_by_id(&self, id: &str) -> Option<&NobleTruth> {
        self.noble_truths.iter().find(|n| n.id == id)
    }

    /// The moves of one compartment, by `order`; empty for an unknown compartment.
    pub fn moves_in(&self, compartment: &str) -> Vec<&Move> {
        let mut moves: Vec<&Move> = self
            .moves
            .iter()
            .filter(|m| m.compartment == compartment)
            .collect();
        moves.sort_by_key(|m| m.order);
        moves
    }

    pub fn compartment_count(&self) -> usize {
        self.compartments.len()
    }

    pub fn move_count(&self) -> usize {
        self.moves.len()
    }

    pub fn noble_truth_count(&self) -> usize {
        self.noble_truths.len()
    }

    /// How many moves each compartment holds, in compartment order.
    pub fn move_counts(&self) -> Vec<(&CompartmentId, usize)> {
        self.compartments
            .iter()
            .map(|c| (&c.id, self.moves_in(c.id.as_str()).len()))
            .collect()
    }

    /// The compartment ids, in order, joined for messages: `basics, belonging, ...`.
    pub(crate) fn compartment_list(&self) -> String {
        super::keyword::plain_list(self.compartments.iter().map(|c| c.id.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Framework {
        let compartment = |id: &str, order| Compartment {
            id: CompartmentId::parse(id).unwrap(),
            order,
            label: id.to_owned(),
            description: "d".to_owned(),
            colour: "#000000".to_owned(),
        };
        let a_move = |id: &str, order| Move {
            id: MoveId::parse(id).unwrap(),
            compartment: CompartmentId::parse(id.split('.').next().unwrap()).unwrap(),
            order,
            label: id.to_owned(),
            description: "d".to_owned(),
            category: None,
            provenance: Provenance::Published,
        };
        Framework {
            id: FrameworkId::parse("f").unwrap(),
            title: "t".to_owned(),
            edition: "1".to_owned(),
            language: "en".to_owned(),
            attribution: "a".to_owned(),
            licence: "l".to_owned(),
            replaces: None,
            compartments: vec![compartment("basics", 1), compartment("coping", 2)],
            moves: vec![
                a_move("basics.b", 2),
                a_move("coping.x", 1),
                a_move("basics.a", 1),
            ],
            noble_truths: vec![],
        }
    }

    #[test]
    fn lookups() {
        let f = sample();
        let ids: Vec<&str> = f.moves_in("basics").iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["basics.a", "basics.b"]);
        assert!(f.moves_in("nowhere").is_empty());
        assert_eq!(f.move_by_id("coping.x").unwrap().order, 1);
        assert!(f.move_by_id("coping.y").is_none());
        assert_eq!(f.compartment_by_id("coping").unwrap().order, 2);
        assert_eq!(
            (f.compartment_count(), f.move_count(), f.noble_truth_count()),
            (2, 3, 0)
        );
        let counts: Vec<(&str, usize)> = f
            .move_counts()
            .into_iter()
            .map(|(c, n)| (c.as_str(), n))
            .collect();
        assert_eq!(counts, [("basics", 2), ("coping", 1)]);
        assert_eq!(f.compartment_list(), "basics, coping");
    }

    #[test]
    fn provenance_spellings() {
        assert_eq!(
            Provenance::CommonlyReproduced.as_str(),
            "commonly-reproduced"
        );
        assert_eq!(
            "published".parse::<Provenance>().unwrap(),
            Provenance::Published
        );
    }
}

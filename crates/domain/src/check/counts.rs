//! How many moves of each compartment stand where, for one set of answers.
//! Counts per compartment are all a check ever sums: no total, no
//! percentage, no ranking of people.

use crate::check::answer::Answer;
use crate::check::status::AnswerStatus;
use crate::framework::CompartmentId;
use crate::framework::adaptation::AdaptedFramework;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompartmentCounts {
    pub compartment: CompartmentId,
    /// In the order of [`AnswerStatus::ALL`].
    pub by_status: [(AnswerStatus, u32); 4],
    /// Moves offered in the compartment that were left.
    pub left: u32,
}

/// The counts for every compartment, in display order.
pub fn counts(framework: &AdaptedFramework, answers: &[Answer]) -> Vec<CompartmentCounts> {
    let mut compartments: Vec<_> = framework.framework.compartments.iter().collect();
    compartments.sort_by_key(|c| c.order);
    compartments
        .into_iter()
        .map(|c| {
            let here: Vec<&Answer> = answers
                .iter()
                .filter(|a| a.compartment() == c.id.as_str())
                .collect();
            let by_status = AnswerStatus::ALL.map(|s| {
                let n = here.iter().filter(|a| a.status == s).count();
                (s, u32::try_from(n).unwrap_or(u32::MAX))
            });
            let left = framework
                .offered_moves_in(c.id.as_str())
                .iter()
                .filter(|m| !here.iter().any(|a| a.move_id == m.id))
                .count();
            CompartmentCounts {
                compartment: c.id.clone(),
                by_status,
                left: u32::try_from(left).unwrap_or(u32::MAX),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests_support::adapted;
    use crate::framework::MoveId;

    #[test]
    fn counted_per_compartment_only() {
        let f = adapted(&[]);
        let answers = vec![Answer {
            move_id: MoveId::parse("basics.money").unwrap(),
            status: AnswerStatus::NotYet,
            note: None,
        }];
        let c = counts(&f, &answers);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].compartment.as_str(), "basics");
        assert_eq!(
            c[0].by_status,
            [
                (AnswerStatus::InPlace, 0),
                (AnswerStatus::Partly, 0),
                (AnswerStatus::NotYet, 1),
                (AnswerStatus::NotForNow, 0)
            ]
        );
        assert_eq!(c[0].left, 1);
        assert_eq!(c[1].left, 1);
    }
}

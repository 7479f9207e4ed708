//! The side-by-side view: every move with each shared perspective's answer,
//! whether they agree, and what was agreed together. Agreement is about
//! answers only; it is never turned into a number.

use crate::check::answer::Answer;
use crate::check::perspective::Perspective;
use crate::check::record::Check;
use crate::framework::ResolvedMove;
use crate::framework::adaptation::AdaptedFramework;

/// How the perspectives' answers on one move stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Two or more answered, all alike.
    Same,
    /// Two or more answered, not all alike: a conversation to have.
    Differ,
    /// Fewer than two answered: nothing to compare yet.
    TooFew,
}

#[derive(Debug)]
pub struct CompareRow<'a> {
    pub framework_move: &'a ResolvedMove,
    /// One per perspective, in the order given; `None` where it was left.
    pub answers: Vec<Option<&'a Answer>>,
    pub agreement: Agreement,
    pub agreed: Option<&'a Answer>,
}

/// The rows of the comparison, in the framework's order: every move that is
/// offered, and any hidden one someone answered. With `only_differ`, only the
/// moves where the perspectives differ.
pub fn compare<'a>(
    framework: &'a AdaptedFramework,
    check: &'a Check,
    perspectives: &[&'a Perspective],
    only_differ: bool,
) -> Vec<CompareRow<'a>> {
    let mut compartments: Vec<_> = framework.framework.compartments.iter().collect();
    compartments.sort_by_key(|c| c.order);
    compartments
        .into_iter()
        .flat_map(|c| framework.framework.moves_in(c.id.as_str()))
        .filter_map(|m| {
            let answers: Vec<Option<&Answer>> = perspectives
                .iter()
                .map(|p| p.answer(m.id.as_str()))
                .collect();
            let agreed = check.agreed_on(m.id.as_str());
            let answered: Vec<&Answer> = answers.iter().flatten().copied().collect();
            if framework.hidden.contains(&m.id) && answered.is_empty() && agreed.is_none() {
                return None;
            }
            let agreement = match answered.split_first() {
                Some((first, rest)) if !rest.is_empty() => {
                    if rest.iter().all(|a| a.status == first.status) {
                        Agreement::Same
                    } else {
                        Agreement::Differ
                    }
                }
                _ => Agreement::TooFew,
            };
            (!only_differ || agreement == Agreement::Differ).then_some(CompareRow {
                framework_move: m,
                answers,
                agreement,
                agreed,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::status::AnswerStatus;
    use crate::check::tests_support::{adapted, members};
    use crate::circle::Byline;
    use crate::clock::Timestamp;
    use crate::framework::MoveId;
    use crate::ids::{CheckId, PerspectiveId};

    fn answer(id: &str, status: AnswerStatus) -> Answer {
        Answer {
            move_id: MoveId::parse(id).unwrap(),
            status,
            note: None,
        }
    }

    #[test]
    fn agreement_and_difference_move_by_move() {
        let f = adapted(&["basics.money"]);
        let people = members();
        let check = Check {
            org_id: people[0].org_id,
            id: CheckId::new(),
            circle_id: people[0].circle_id,
            framework: f.version.clone(),
            started_by: people[0].id,
            started_at: Timestamp::from_millis(0),
            version: 1,
            agreed: vec![answer("coping.brave", AnswerStatus::Partly)],
            agreed_at: Some(Timestamp::from_millis(9)),
        };
        let mut young = Perspective::start(
            PerspectiveId::new(),
            &check,
            Byline::own(people[0].id),
            Timestamp::from_millis(1),
        );
        young.answers = vec![
            answer("basics.housing", AnswerStatus::InPlace),
            answer("coping.brave", AnswerStatus::NotYet),
        ];
        let mut worker = young.clone();
        worker.answers = vec![
            answer("basics.housing", AnswerStatus::InPlace),
            answer("coping.brave", AnswerStatus::InPlace),
        ];
        let rows = compare(&f, &check, &[&young, &worker], false);
        let ids: Vec<&str> = rows.iter().map(|r| r.framework_move.id.as_str()).collect();
        // The hidden move nobody answered is left out.
        assert_eq!(ids, ["basics.housing", "coping.brave"]);
        assert_eq!(rows[0].agreement, Agreement::Same);
        assert_eq!(rows[1].agreement, Agreement::Differ);
        assert_eq!(rows[1].agreed.map(|a| a.status), Some(AnswerStatus::Partly));
        let differ = compare(&f, &check, &[&young, &worker], true);
        assert_eq!(differ.len(), 1);
        assert_eq!(differ[0].framework_move.id.as_str(), "coping.brave");
        let alone = compare(&f, &check, &[&young], false);
        assert!(alone.iter().all(|r| r.agreement == Agreement::TooFew));
        // The agreed version is not anyone's view.
        assert_eq!(
            young.answer("coping.brave").unwrap().status,
            AnswerStatus::NotYet
        );
    }
}

//! A short check: instead of going through all 42 moves, a person picks the
//! moves that matter now and answers only those. The rest stay unanswered,
//! which is not "not yet": nothing is said about them.
//!
//! The choice is kept with the perspective, so every screen of it shows the
//! chosen moves only, and an answer given earlier to a move not chosen now is
//! kept, not lost, when a compartment is saved again.

use super::answer::Answer;
use crate::framework::MoveId;
use crate::framework::adaptation::AdaptedFramework;
use std::collections::BTreeSet;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChooseError {
    #[error("no move was picked")]
    NoneChosen,
    #[error("\"{0}\" is not a move offered in this check")]
    NotOffered(String),
}

/// The moves picked, as sent (`move` fields of the form), each an offered move
/// of the check's framework. Sent twice counts once; the framework's order is
/// kept so the screens read as the framework does.
pub fn read_chosen(
    framework: &AdaptedFramework,
    sent: &[&str],
) -> Result<Vec<MoveId>, ChooseError> {
    let mut picked = BTreeSet::new();
    for s in sent {
        let id = s.trim();
        let offered = framework
            .framework
            .move_by_id(id)
            .filter(|m| !framework.hidden.contains(&m.id));
        match offered {
            Some(m) => {
                picked.insert(m.id.clone());
            }
            None => return Err(ChooseError::NotOffered(id.to_owned())),
        }
    }
    if picked.is_empty() {
        return Err(ChooseError::NoneChosen);
    }
    Ok(framework
        .framework
        .moves
        .iter()
        .filter(|m| picked.contains(&m.id))
        .map(|m| m.id.clone())
        .collect())
}

/// `framework` as a short check shows it: only the chosen moves are offered,
/// and only compartments with a chosen move are left to go through.
pub fn narrowed(framework: &AdaptedFramework, chosen: &[MoveId]) -> AdaptedFramework {
    let mut narrow = framework.clone();
    for m in &framework.framework.moves {
        if !chosen.contains(&m.id) {
            narrow.hidden.insert(m.id.clone());
        }
    }
    narrow
        .framework
        .compartments
        .retain(|c| chosen.iter().any(|m| m.compartment_part() == c.id.as_str()));
    narrow
}

/// The answers to store for one compartment of a short check: those sent for
/// the chosen moves, and every earlier answer to a move not chosen now.
pub fn keep_unchosen(sent: Vec<Answer>, saved: &[&Answer], chosen: &[MoveId]) -> Vec<Answer> {
    let mut answers = sent;
    answers.extend(
        saved
            .iter()
            .filter(|a| !chosen.contains(&a.move_id))
            .map(|a| (*a).clone()),
    );
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus;
    use crate::check::tests_support::adapted;

    #[test]
    fn picks_are_offered_moves_in_the_framework_order_once_each() {
        let fw = adapted(&[]);
        let chosen =
            read_chosen(&fw, &["coping.brave", " basics.housing ", "coping.brave"]).unwrap();
        assert_eq!(
            chosen,
            vec![
                MoveId::parse("basics.housing").unwrap(),
                MoveId::parse("coping.brave").unwrap()
            ]
        );
        assert_eq!(read_chosen(&fw, &[]), Err(ChooseError::NoneChosen));
        assert_eq!(
            read_chosen(&fw, &["basics.nothing"]),
            Err(ChooseError::NotOffered("basics.nothing".into()))
        );
        let hidden = adapted(&["coping.brave"]);
        assert_eq!(
            read_chosen(&hidden, &["coping.brave"]),
            Err(ChooseError::NotOffered("coping.brave".into()))
        );
    }

    #[test]
    fn a_narrowed_framework_offers_the_chosen_moves_only() {
        let fw = adapted(&[]);
        let chosen = vec![MoveId::parse("basics.money").unwrap()];
        let narrow = narrowed(&fw, &chosen);
        let offered: Vec<_> = narrow
            .offered_moves_in("basics")
            .iter()
            .map(|m| m.id.to_string())
            .collect();
        assert_eq!(offered, vec!["basics.money"]);
        assert!(narrow.offered_moves_in("coping").is_empty());
        let left: Vec<_> = narrow
            .framework
            .compartments
            .iter()
            .map(|c| c.id.to_string())
            .collect();
        assert_eq!(left, vec!["basics"]);
    }

    #[test]
    fn saving_a_short_compartment_keeps_earlier_answers_to_moves_not_chosen() {
        let answer = |id: &str, status| Answer {
            move_id: MoveId::parse(id).unwrap(),
            status,
            note: None,
        };
        let earlier = [
            answer("basics.housing", AnswerStatus::Partly),
            answer("basics.money", AnswerStatus::NotYet),
        ];
        let earlier: Vec<&Answer> = earlier.iter().collect();
        let sent = vec![answer("basics.money", AnswerStatus::InPlace)];
        let chosen = vec![MoveId::parse("basics.money").unwrap()];
        let kept = keep_unchosen(sent, &earlier, &chosen);
        assert_eq!(kept.len(), 2);
        assert!(kept.contains(&answer("basics.money", AnswerStatus::InPlace)));
        assert!(kept.contains(&answer("basics.housing", AnswerStatus::Partly)));
    }
}

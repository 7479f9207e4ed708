//! One answer in a perspective or in the agreed version: a move of the check's
//! framework version, where it stands, and an optional short note. Answers are
//! read from a form one compartment at a time; anything that is not a move of
//! that compartment in that version, or not one of the four answers, is
//! refused with a reason the person can act on.

use crate::check::status::AnswerStatus;
use crate::framework::adaptation::AdaptedFramework;
use crate::framework::{CompartmentId, MoveId};
use crate::text::{TextError, clean_line};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use thiserror::Error;

/// The longest note on one move, in characters: a few words, not a report.
pub const NOTE_MAX: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub move_id: MoveId,
    pub status: AnswerStatus,
    pub note: Option<String>,
}

impl Answer {
    /// The compartment the move is in: a move id starts with it.
    pub fn compartment(&self) -> &str {
        self.move_id.compartment_part()
    }
}

/// The answers of one compartment, saved against the version they were
/// made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompartmentSave<'a> {
    pub version: i64,
    pub compartment: &'a str,
    pub answers: &'a [Answer],
    pub at: crate::clock::Timestamp,
}

/// One move's fields as sent: `status` empty (and `note` empty) means the
/// person left it for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentAnswer<'a> {
    pub move_id: &'a str,
    pub status: &'a str,
    pub note: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    #[error("there is no compartment \"{0}\" in this check")]
    UnknownCompartment(String),
    #[error("there is no move \"{0}\" in this check's framework")]
    UnknownMove(String),
    #[error("the move \"{move_id}\" is not in the compartment \"{compartment}\"")]
    OtherCompartment {
        move_id: String,
        compartment: String,
    },
    #[error("the move \"{0}\" was not offered when this check was started")]
    NotOffered(String),
    #[error("the move \"{0}\" was sent twice")]
    Twice(String),
    #[error("\"{status}\" is not one of the four answers (for \"{move_id}\")")]
    UnknownStatus { move_id: String, status: String },
    #[error("a note on \"{0}\" needs an answer too")]
    NoteWithoutAnswer(String),
    #[error("the note on \"{move_id}\" {problem}")]
    Note { move_id: String, problem: TextError },
}

impl AnswerError {
    /// The move the error is about, to point the person at its field.
    pub fn move_id(&self) -> Option<&str> {
        match self {
            AnswerError::UnknownCompartment(_) => None,
            AnswerError::UnknownMove(m)
            | AnswerError::NotOffered(m)
            | AnswerError::Twice(m)
            | AnswerError::NoteWithoutAnswer(m) => Some(m),
            AnswerError::OtherCompartment { move_id, .. }
            | AnswerError::UnknownStatus { move_id, .. }
            | AnswerError::Note { move_id, .. } => Some(move_id),
        }
    }
}

/// The answers for `compartment` of `framework` (the check's version), from
/// what was sent. Moves left blank are left out. Every problem is reported,
/// not only the first, so the person can put them all right at once.
pub fn read_answers(
    framework: &AdaptedFramework,
    compartment: &str,
    sent: &[SentAnswer<'_>],
) -> Result<Vec<Answer>, Vec<AnswerError>> {
    let Some(compartment) = framework.framework.compartment_by_id(compartment) else {
        return Err(vec![AnswerError::UnknownCompartment(
            compartment.to_owned(),
        )]);
    };
    let compartment: &CompartmentId = &compartment.id;
    let mut errors = Vec::new();
    let mut answers = Vec::new();
    let mut seen = BTreeSet::new();
    for s in sent {
        let Some(m) = framework.framework.move_by_id(s.move_id) else {
            errors.push(AnswerError::UnknownMove(s.move_id.to_owned()));
            continue;
        };
        if &m.compartment != compartment {
            errors.push(AnswerError::OtherCompartment {
                move_id: s.move_id.to_owned(),
                compartment: compartment.to_string(),
            });
            continue;
        }
        if framework.hidden.contains(&m.id) {
            errors.push(AnswerError::NotOffered(s.move_id.to_owned()));
            continue;
        }
        if !seen.insert(m.id.clone()) {
            errors.push(AnswerError::Twice(s.move_id.to_owned()));
            continue;
        }
        let status = s.status.trim();
        let note = match clean_line(s.note, NOTE_MAX) {
            Ok(n) => Some(n),
            Err(TextError::Empty) => None,
            Err(problem) => {
                errors.push(AnswerError::Note {
                    move_id: s.move_id.to_owned(),
                    problem,
                });
                continue;
            }
        };
        if status.is_empty() {
            if note.is_some() {
                errors.push(AnswerError::NoteWithoutAnswer(s.move_id.to_owned()));
            }
            continue;
        }
        let Some(status) = AnswerStatus::parse(status) else {
            errors.push(AnswerError::UnknownStatus {
                move_id: s.move_id.to_owned(),
                status: status.to_owned(),
            });
            continue;
        };
        answers.push(Answer {
            move_id: m.id.clone(),
            status,
            note,
        });
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// `answers` with those of `compartment` replaced by `new`: saving one
/// compartment leaves every other as it was.
pub fn replace_compartment(answers: &[Answer], compartment: &str, new: &[Answer]) -> Vec<Answer> {
    answers
        .iter()
        .filter(|a| a.compartment() != compartment)
        .chain(new.iter())
        .cloned()
        .collect()
}

/// Whether two sets of answers for one compartment say the same, in any
/// order (a form sent twice is then saved once, without a false conflict).
pub fn same_answers(a: &[&Answer], b: &[Answer]) -> bool {
    let mut x: Vec<&Answer> = a.to_vec();
    let mut y: Vec<&Answer> = b.iter().collect();
    x.sort_by(|p, q| p.move_id.cmp(&q.move_id));
    y.sort_by(|p, q| p.move_id.cmp(&q.move_id));
    x == y
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests_support::adapted;

    fn sent<'a>(move_id: &'a str, status: &'a str, note: &'a str) -> SentAnswer<'a> {
        SentAnswer {
            move_id,
            status,
            note,
        }
    }

    #[test]
    fn answers_of_one_compartment_are_read_and_blanks_left_out() {
        let f = adapted(&[]);
        let got = read_answers(
            &f,
            "basics",
            &[
                sent("basics.housing", "in_place", "  we moved in May "),
                sent("basics.money", "", ""),
            ],
        )
        .unwrap();
        assert_eq!(
            got,
            vec![Answer {
                move_id: MoveId::parse("basics.housing").unwrap(),
                status: AnswerStatus::InPlace,
                note: Some("we moved in May".into()),
            }]
        );
    }

    #[test]
    fn every_problem_is_named() {
        let f = adapted(&["basics.money"]);
        let long = "x".repeat(NOTE_MAX + 1);
        let errors = read_answers(
            &f,
            "basics",
            &[
                sent("basics.nowhere", "in_place", ""),
                sent("coping.brave", "partly", ""),
                sent("basics.money", "partly", ""),
                sent("basics.housing", "maybe", ""),
                sent("basics.housing", "partly", ""),
            ],
        )
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                AnswerError::UnknownMove("basics.nowhere".into()),
                AnswerError::OtherCompartment {
                    move_id: "coping.brave".into(),
                    compartment: "basics".into()
                },
                AnswerError::NotOffered("basics.money".into()),
                AnswerError::UnknownStatus {
                    move_id: "basics.housing".into(),
                    status: "maybe".into()
                },
                AnswerError::Twice("basics.housing".into()),
            ]
        );
        let errors =
            read_answers(&f, "basics", &[sent("basics.housing", "partly", &long)]).unwrap_err();
        assert_eq!(
            errors,
            vec![AnswerError::Note {
                move_id: "basics.housing".into(),
                problem: TextError::TooLong { max: NOTE_MAX }
            }]
        );
        let errors =
            read_answers(&f, "basics", &[sent("basics.housing", "", "a note")]).unwrap_err();
        assert_eq!(
            errors,
            vec![AnswerError::NoteWithoutAnswer("basics.housing".into())]
        );
        let errors = read_answers(
            &f,
            "basics",
            &[sent("basics.housing", "partly", "bad\u{202E}txt")],
        )
        .unwrap_err();
        assert!(matches!(errors[0], AnswerError::Note { .. }));
        assert_eq!(
            read_answers(&f, "nowhere", &[]).unwrap_err(),
            vec![AnswerError::UnknownCompartment("nowhere".into())]
        );
    }

    #[test]
    fn saving_a_compartment_keeps_the_others() {
        let a = |id: &str, s| Answer {
            move_id: MoveId::parse(id).unwrap(),
            status: s,
            note: None,
        };
        let before = vec![
            a("basics.housing", AnswerStatus::NotYet),
            a("coping.brave", AnswerStatus::Partly),
        ];
        let after = replace_compartment(
            &before,
            "basics",
            &[a("basics.money", AnswerStatus::InPlace)],
        );
        assert_eq!(
            after,
            vec![
                a("coping.brave", AnswerStatus::Partly),
                a("basics.money", AnswerStatus::InPlace)
            ]
        );
        let x = a("basics.housing", AnswerStatus::NotYet);
        let y = a("basics.money", AnswerStatus::NotYet);
        assert!(same_answers(&[&x, &y], &[y.clone(), x.clone()]));
        assert!(!same_answers(&[&x], std::slice::from_ref(&y)));
    }
}

//! The one-compartment screen both a perspective and the agreed version are
//! filled in on: a group of radio buttons per move (the four answers and
//! "leave it for now"), an optional note, the compartments to move between
//! in any order, and, after a conflict, what was saved meanwhile beside what
//! the person sent (kept in the form, ready to send again).

use crate::i18n::Tr;
use crate::page::Layout;
use crate::routes::circles::checks::{status_label, status_symbol};
use askama::Template;
use moves_core::check::{Answer, AnswerError, AnswerStatus, SentAnswer};
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::text::TextError;
use std::collections::HashMap;

pub struct StatusOption {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

pub struct MoveField {
    /// The element id (move ids have dots; ids here use dashes).
    pub field: String,
    pub move_id: String,
    pub label: String,
    pub lang: String,
    pub description: String,
    pub options: Vec<StatusOption>,
    pub note: String,
    pub error: Option<String>,
    /// What others said, on the agreed version's screen.
    pub others: Vec<String>,
}

pub struct CompartmentLink {
    pub href: String,
    pub label: String,
    pub lang: String,
    pub current: bool,
}

pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub struct SavedLine {
    pub label: String,
    pub lang: String,
    pub answer: String,
}

#[derive(Template)]
#[template(path = "circles/checks/answers.html")]
pub struct AnswersPage {
    pub layout: Layout,
    pub csrf: String,
    pub action: String,
    pub back: String,
    pub version: i64,
    pub lang: String,
    pub intro: String,
    pub byline: Option<String>,
    pub moves: Vec<MoveField>,
    pub compartments: Vec<CompartmentLink>,
    pub errors: Vec<FieldError>,
    /// After a conflict: what is saved now (theirs).
    pub conflict: Option<Vec<SavedLine>>,
    pub submit: String,
    /// A short check: how many moves were picked, and where to change them.
    pub short: Option<(String, String)>,
}

/// What a compartment form sent: its version and each move's fields.
pub struct Sent {
    pub version: String,
    pub fields: Vec<(String, String, String)>,
}

impl Sent {
    pub fn read(pairs: &[(String, String)]) -> Self {
        let mut version = String::new();
        let mut order: Vec<String> = Vec::new();
        let mut status: HashMap<String, String> = HashMap::new();
        let mut note: HashMap<String, String> = HashMap::new();
        for (k, v) in pairs {
            if k == "version" {
                version.clone_from(v);
            } else if let Some(id) = k.strip_prefix("status.") {
                if !order.iter().any(|o| o == id) {
                    order.push(id.to_owned());
                }
                // A move sent twice keeps both, so it is refused as sent twice.
                if status.insert(id.to_owned(), v.clone()).is_some() {
                    order.push(id.to_owned());
                }
            } else if let Some(id) = k.strip_prefix("note.") {
                if !order.iter().any(|o| o == id) {
                    order.push(id.to_owned());
                }
                note.insert(id.to_owned(), v.clone());
            }
        }
        let fields = order
            .into_iter()
            .map(|id| {
                let s = status.get(&id).cloned().unwrap_or_default();
                let n = note.get(&id).cloned().unwrap_or_default();
                (id, s, n)
            })
            .collect();
        Sent { version, fields }
    }

    pub fn answers(&self) -> Vec<SentAnswer<'_>> {
        self.fields
            .iter()
            .map(|(m, s, n)| SentAnswer {
                move_id: m,
                status: s,
                note: n,
            })
            .collect()
    }

    fn get(&self, move_id: &str) -> Option<(&str, &str)> {
        self.fields
            .iter()
            .find(|(m, _, _)| m == move_id)
            .map(|(_, s, n)| (s.as_str(), n.as_str()))
    }
}

pub fn field_id(move_id: &str) -> String {
    format!("m-{}", move_id.replace('.', "-"))
}

/// The fields of a compartment's moves, filled from `sent` when the form came
/// back, else from `saved`.
pub fn move_fields(
    tr: &Tr,
    framework: &AdaptedFramework,
    compartment: &str,
    saved: &[&Answer],
    sent: Option<&Sent>,
) -> Vec<MoveField> {
    framework
        .offered_moves_in(compartment)
        .into_iter()
        .map(|m| {
            let (status, note) = match sent {
                Some(s) => s
                    .get(m.id.as_str())
                    .map(|(s, n)| (s.to_owned(), n.to_owned()))
                    .unwrap_or_default(),
                None => saved
                    .iter()
                    .find(|a| a.move_id == m.id)
                    .map(|a| {
                        (
                            a.status.as_str().to_owned(),
                            a.note.clone().unwrap_or_default(),
                        )
                    })
                    .unwrap_or_default(),
            };
            let mut options: Vec<StatusOption> = AnswerStatus::ALL
                .into_iter()
                .map(|s| StatusOption {
                    value: s.as_str(),
                    label: status_label(tr, s),
                    checked: status == s.as_str(),
                })
                .collect();
            options.push(StatusOption {
                value: "",
                label: tr.t("checks-status-leave"),
                checked: AnswerStatus::parse(&status).is_none(),
            });
            MoveField {
                field: field_id(m.id.as_str()),
                move_id: m.id.to_string(),
                label: m.label.text.clone(),
                lang: m.label.lang.clone(),
                description: m.description.text.clone(),
                options,
                note,
                error: None,
                others: Vec::new(),
            }
        })
        .collect()
}

/// Each refused answer's message, put on its move's field, and the summary.
pub fn attach_errors(
    tr: &Tr,
    framework: &AdaptedFramework,
    fields: &mut [MoveField],
    errors: &[AnswerError],
) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            let name = e
                .move_id()
                .and_then(|id| framework.framework.move_by_id(id))
                .map(|m| m.label.text.clone())
                .unwrap_or_else(|| e.move_id().unwrap_or_default().to_owned());
            let message = match e {
                AnswerError::UnknownCompartment(_) => tr.t("checks-error-unknown-compartment"),
                AnswerError::UnknownMove(id)
                | AnswerError::OtherCompartment { move_id: id, .. } => {
                    tr.t_args("checks-error-unknown-move", &[("id", id.clone())])
                }
                AnswerError::NotOffered(_) => {
                    tr.t_args("checks-error-not-offered", &[("move", name)])
                }
                AnswerError::Twice(_) => tr.t_args("checks-error-twice", &[("move", name)]),
                AnswerError::UnknownStatus { .. } => {
                    tr.t_args("checks-error-unknown-status", &[("move", name)])
                }
                AnswerError::NoteWithoutAnswer(_) => {
                    tr.t_args("checks-error-note-without-answer", &[("move", name)])
                }
                AnswerError::Note { problem, .. } => match problem {
                    TextError::TooLong { max } => tr.t_args(
                        "checks-error-note-too-long",
                        &[("move", name), ("max", max.to_string())],
                    ),
                    TextError::ControlCharacter { .. } | TextError::Empty => {
                        tr.t_args("checks-error-note-hidden-character", &[("move", name)])
                    }
                },
            };
            let field = match e.move_id().map(field_id) {
                Some(f) if fields.iter().any(|m| m.field == f) => f,
                _ => fields.first().map(|m| m.field.clone()).unwrap_or_default(),
            };
            if let Some(m) = fields.iter_mut().find(|m| m.field == field)
                && m.error.is_none()
            {
                m.error = Some(message.clone());
            }
            FieldError { field, message }
        })
        .collect()
}

/// The compartments in order, linking to `href(compartment id)`.
pub fn compartment_links(
    framework: &AdaptedFramework,
    current: &str,
    href: impl Fn(&str) -> String,
) -> Vec<CompartmentLink> {
    let mut cs: Vec<_> = framework.framework.compartments.iter().collect();
    cs.sort_by_key(|c| c.order);
    cs.into_iter()
        .map(|c| CompartmentLink {
            href: href(c.id.as_str()),
            label: c.label.text.clone(),
            lang: c.label.lang.clone(),
            current: c.id.as_str() == current,
        })
        .collect()
}

/// What is saved now for a compartment, for the conflict panel.
pub fn saved_lines(tr: &Tr, framework: &AdaptedFramework, saved: &[&Answer]) -> Vec<SavedLine> {
    saved
        .iter()
        .map(|a| {
            let m = framework.framework.move_by_id(a.move_id.as_str());
            let mut answer = format!(
                "{} {}",
                status_symbol(tr, a.status),
                status_label(tr, a.status)
            );
            if let Some(n) = &a.note {
                answer.push_str(" — ");
                answer.push_str(n);
            }
            SavedLine {
                label: m.map_or_else(|| a.move_id.to_string(), |m| m.label.text.clone()),
                lang: m.map_or_else(String::new, |m| m.label.lang.clone()),
                answer,
            }
        })
        .collect()
}

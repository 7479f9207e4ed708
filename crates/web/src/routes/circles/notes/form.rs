//! The note form, shared by writing a note and changing one: its fields as
//! sent (kept whole when refused), the audience chooser naming who will see
//! it, for practitioners the choice of whose words these are, and the
//! messages for what was refused.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::notes::date_text;
use crate::routes::circles::sharing::{AudienceChoice, audience_choices, audience_label, who_sees};
use crate::routes::circles::{role_label, text_error};
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::journal::{NoteDraft, NoteProblem, chosen_author};
use moves_core::circle::{
    Audience, Byline, BylineError, JournalDateError, NOTE_MAX, Note, NoteError, OpenCircle,
};
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
pub struct NoteForm {
    /// The form's one-use key (a new note's form only).
    #[serde(default)]
    pub key: String,
    /// The version the change was made from (a change's form only).
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub audience: String,
    /// The member whose words these are, when a practitioner types them with
    /// them; empty for one's own.
    #[serde(default)]
    pub with: String,
}

impl NoteForm {
    /// The note as typed, for the use case.
    pub fn draft(&self) -> NoteDraft<'_> {
        NoteDraft {
            body: &self.body,
            about: &self.about,
            audience: &self.audience,
            with: &self.with,
        }
    }
}

pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// One choice of "whose words are these".
pub struct WhoseChoice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The note as it is now, shown beside the person's own text when their
/// change came too late.
pub struct CurrentNote {
    pub body: String,
    /// Its date and audience, in words.
    pub meta: String,
}

/// What differs between writing a note and changing one.
pub enum Mode<'a> {
    New { key: &'a str },
    Change { note: &'a Note },
}

#[derive(Template)]
#[template(path = "circles/notes/form.html")]
struct NotePage {
    layout: Layout,
    csrf: String,
    id: String,
    action: String,
    is_new: bool,
    key: String,
    version: i64,
    form: NoteForm,
    byline: Option<String>,
    audience: Vec<AudienceChoice>,
    whose: Vec<WhoseChoice>,
    shared_warning: Option<String>,
    current: Option<CurrentNote>,
    closed: bool,
    errors: Vec<FieldError>,
    body_hint: String,
}

impl NotePage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// The messages for every problem of a refused note, each with its field.
pub fn problems_shown(tr: &Tr, problems: &[NoteProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| match p {
            NoteProblem::Note(e) => note_error(tr, e),
            NoteProblem::FormExpired => FieldError {
                field: "body",
                message: tr.t("notes-form-expired"),
            },
        })
        .collect()
}

/// A closed circle is a conflict with its state; anything else, what was typed.
pub fn problem_status(problems: &[NoteProblem]) -> StatusCode {
    if problems.contains(&NoteProblem::Note(NoteError::CircleClosed)) {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// The message for a refused note, and the field it is about.
fn note_error(tr: &Tr, e: &NoteError) -> FieldError {
    let (field, message) = match e {
        NoteError::Body(t) => ("body", text_error(tr, "notes-body", t)),
        NoteError::Date(JournalDateError::NotADate) => ("about", tr.t("notes-about-not-a-date")),
        NoteError::Date(JournalDateError::InTheFuture) => ("about", tr.t("notes-about-future")),
        NoteError::Date(JournalDateError::TooLongAgo) => {
            ("about", tr.t("notes-about-too-long-ago"))
        }
        NoteError::Byline(BylineError::NotAPractitioner) => ("with", tr.t("notes-with-not-yours")),
        NoteError::Byline(BylineError::NotInCircle) => ("with", tr.t("notes-with-unknown")),
        NoteError::AudienceNotOffered => ("audience", tr.t("notes-audience-unknown")),
        NoteError::NotAMember => ("body", tr.t("notes-not-a-member")),
        NoteError::NotTheirs => ("body", tr.t("notes-not-theirs")),
        NoteError::CircleClosed => ("body", tr.t("notes-circle-closed")),
        NoteError::KeptByPractitioners => ("body", tr.t("notes-kept-by-practitioners")),
    };
    FieldError { field, message }
}

/// The page of the note form.
#[allow(clippy::too_many_arguments)]
pub fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    mode: Mode<'_>,
    form: NoteForm,
    current: Option<&Note>,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let circle = open.circle.id;
    let me = open.access.member();
    let selected = Audience::parse(form.audience.trim());
    let (is_new, key, version, byline, shared_warning, action, title) = match &mode {
        Mode::New { key } => (
            true,
            (*key).to_owned(),
            0,
            None,
            None,
            format!("{}/new", super::notes_path(circle)),
            tr.t("notes-new-title"),
        ),
        Mode::Change { note } => (
            false,
            String::new(),
            // The version now: sending again after being told is a choice
            // made knowing what changed.
            note.version,
            Some(note.byline),
            (note.audience != Audience::OnlyMe).then(|| {
                tr.t_args(
                    "notes-shared-warning",
                    &[("audience", audience_label(&tr, note.audience))],
                )
            }),
            super::note_path(circle, note.id),
            tr.t("notes-change-title"),
        ),
    };
    // Who will see it: for a new note, with whoever its words are chosen to be.
    let byline = byline.or_else(|| {
        let me = me?;
        match chosen_author(open, &form.with) {
            Ok(Some(author)) => Byline::with(me, author).ok(),
            _ => Some(Byline::own(me.id)),
        }
    });
    let audience = match (me, byline) {
        (Some(me), Some(byline)) => {
            let mut choices = audience_choices(&tr, open, me, &byline, true, selected);
            // A note typed with its author keeps the audience it was given,
            // even when its author could not choose that one.
            if let Mode::Change { note } = &mode
                && !choices.iter().any(|c| c.value == note.audience.as_str())
            {
                choices.push(AudienceChoice {
                    value: note.audience.as_str(),
                    label: audience_label(&tr, note.audience),
                    who: who_sees(&tr, note.audience, &byline, open),
                    checked: selected == Some(note.audience),
                });
            }
            choices
        }
        _ => Vec::new(),
    };
    let whose = match me {
        Some(me) if is_new && me.role.is_practitioner() => {
            let mut v = vec![WhoseChoice {
                value: String::new(),
                label: tr.t("notes-with-own"),
                selected: form.with.trim().is_empty(),
            }];
            v.extend(
                open.members
                    .iter()
                    .filter(|m| m.id != me.id)
                    .map(|m| WhoseChoice {
                        value: m.id.to_string(),
                        label: tr.t_args(
                            "notes-with-member",
                            &[
                                ("name", m.display_name.clone()),
                                ("role", role_label(&tr, m.role)),
                            ],
                        ),
                        selected: form.with.trim() == m.id.to_string(),
                    }),
            );
            v
        }
        _ => Vec::new(),
    };
    let page = NotePage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: circle.to_string(),
        action,
        is_new,
        key,
        version,
        byline: match &mode {
            Mode::Change { note } => Some(super::super::sharing::byline_text(
                &tr,
                &note.byline,
                &open.members,
            )),
            Mode::New { .. } => None,
        },
        audience,
        whose,
        shared_warning,
        current: current.map(|n| CurrentNote {
            body: n.body.clone(),
            meta: tr.t_args(
                "notes-current-meta",
                &[
                    ("date", date_text(&tr, n.about)),
                    ("audience", audience_label(&tr, n.audience)),
                ],
            ),
        }),
        closed: !open.circle.is_open(),
        form,
        errors,
        body_hint: tr.t_args("notes-body-hint", &[("max", NOTE_MAX.to_string())]),
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

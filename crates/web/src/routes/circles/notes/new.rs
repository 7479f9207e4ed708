//! `GET/POST /circles/{id}/notes/new`: a member with an account writes a note
//! in the circle's journal, choosing who will see it (each choice names who
//! that is). A practitioner may type someone else's words with them. The form
//! carries the id the note will have, so sending it twice saves one note and
//! the second sending is told it was already saved.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::notes::form::{
    FieldError, Mode, NoteForm, chosen_author, note_error, render,
};
use crate::routes::circles::notes::notes_path;
use crate::routes::circles::{open, worker};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{
    Audience, CircleMember, JournalDate, NOTE_MAX, Note, NoteError, NoteInput, OpenCircle,
};
use moves_core::ids::NoteId;
use moves_core::text::clean_block;
use moves_store::AuditEntry;

/// Only members of the circle with an account write: a team manager is told
/// so (403), like others who may see but not change.
fn may_write(open: &OpenCircle) -> Result<(), AppError> {
    match open.access.member() {
        Some(m) if m.user_id.is_some() => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "note_new").await?;
    may_write(&open)?;
    let form = NoteForm {
        about: JournalDate::today(state.clock.now()).as_iso(),
        audience: Audience::OnlyMe.as_str().to_owned(),
        ..NoteForm::default()
    };
    let note_id = NoteId::new().to_string();
    render(
        tr,
        &viewer,
        &open,
        Mode::New { note_id },
        form,
        None,
        Vec::new(),
        StatusCode::OK,
    )
}

/// Every refused field of the form, in the form's order (not only the first
/// the rules meet), with the audience and the author it names.
pub fn check_fields<'a>(
    tr: &Tr,
    open: &'a OpenCircle,
    form: &NoteForm,
    now: moves_core::Timestamp,
) -> (Vec<FieldError>, Option<Audience>, Option<&'a CircleMember>) {
    let mut errors = Vec::new();
    if let Err(t) = clean_block(&form.body, NOTE_MAX) {
        errors.push(note_error(tr, &NoteError::Body(t)));
    }
    if let Err(e) = JournalDate::parse(&form.about, now) {
        errors.push(note_error(tr, &NoteError::Date(e)));
    }
    let with = match chosen_author(open, &form.with) {
        Ok(with) => with,
        Err(_) => {
            errors.push(FieldError {
                field: "with",
                message: tr.t("notes-with-unknown"),
            });
            None
        }
    };
    let audience = Audience::parse(form.audience.trim());
    if audience.is_none() {
        errors.push(FieldError {
            field: "audience",
            message: tr.t("notes-audience-unknown"),
        });
    }
    (errors, audience, with)
}

/// The audit entry of a note written or changed (ids and codes only).
pub fn note_written(state: &AppState, viewer: &Viewer, note: &Note, what: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(note.org_id),
        state.clock.now(),
        viewer.actor.user,
        AuditAction::NoteWritten,
    )
    .subject(note.circle_id.to_string())
    .detail(format!("{what}:{}:{}", note.id, note.audience.as_str()))
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    worker(&viewer)?;
    let open = open(&state, &viewer, &id, "note_new").await?;
    may_write(&open)?;
    let now = state.clock.now();
    // A form without a readable id cannot be told apart from a resent one:
    // a fresh id, and the person sends it again knowingly.
    let note_id = form.note.trim().parse::<NoteId>().ok();
    let refuse = |tr: Tr, form: NoteForm, errors: Vec<FieldError>, status| {
        let note_id = note_id.unwrap_or_default().to_string();
        render(
            tr,
            &viewer,
            &open,
            Mode::New { note_id },
            form,
            None,
            errors,
            status,
        )
    };
    let Some(note_id) = note_id else {
        let errors = vec![FieldError {
            field: "body",
            message: tr.t("notes-form-expired"),
        }];
        return refuse(tr, form, errors, StatusCode::UNPROCESSABLE_ENTITY);
    };
    if !open.circle.is_open() {
        let errors = vec![FieldError {
            field: "body",
            message: tr.t("notes-circle-closed"),
        }];
        return refuse(tr, form, errors, StatusCode::CONFLICT);
    }
    let (errors, audience, with) = check_fields(&tr, &open, &form, now);
    let note = if errors.is_empty() {
        let input = NoteInput {
            body: &form.body,
            about: &form.about,
            audience: audience.unwrap_or(Audience::OnlyMe),
        };
        Note::write(note_id, &open, with, &input, now).map_err(|e| vec![note_error(&tr, &e)])
    } else {
        Err(errors)
    };
    let note = match note {
        Ok(n) => n,
        Err(errors) => return refuse(tr, form, errors, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let audit = note_written(&state, &viewer, &note, "written");
    if state.store.create_note(&note, &audit).await? {
        return Ok(
            Redirect::to(&format!("{}?done=written", notes_path(open.circle.id))).into_response(),
        );
    }
    // Sent before: that note is in the journal if it is this person's, here.
    match state
        .store
        .note(note.org_id, note.circle_id, note.id)
        .await?
    {
        Some(saved) if saved.is_theirs(&open.access) => Ok(Redirect::to(&format!(
            "{}?done=already",
            notes_path(open.circle.id)
        ))
        .into_response()),
        _ => {
            let errors = vec![FieldError {
                field: "body",
                message: tr.t("notes-form-expired"),
            }];
            let form = NoteForm {
                note: String::new(),
                ..form
            };
            render(
                tr,
                &viewer,
                &open,
                Mode::New {
                    note_id: NoteId::new().to_string(),
                },
                form,
                None,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

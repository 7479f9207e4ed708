//! `GET/POST /circles/{id}/notes/{note}`: the author of a note, or whoever
//! typed it with them, changes its words or date, or shares it (a draft
//! shared later, or a shared note shared with fewer people: then they are
//! told that those who could read it may already have done so). The change
//! is made against the version the form showed; a stale one is refused, with
//! the person's text kept and the note as it is now shown beside it.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::notes::form::{FieldError, Mode, NoteForm, note_error, render};
use crate::routes::circles::notes::new::{check_fields, note_written};
use crate::routes::circles::notes::notes_path;
use crate::routes::circles::{open, sent_version, worker};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{Audience, Glimpse, JournalDate, NOTE_MAX, Note, NoteInput, OpenCircle};
use moves_core::ids::NoteId;
use moves_core::text::clean_block;
use moves_store::VersionedWrite;

/// The circle and the note in the path, for someone who may change it: 404
/// for a malformed id, a note of another circle or organisation, or one they
/// may not read; 403 for a note they read but did not write.
async fn theirs(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    note: &str,
) -> Result<(OpenCircle, Note), AppError> {
    let (org, _) = worker(viewer)?;
    let open = open(state, viewer, id, "note").await?;
    let note_id: NoteId = note.parse().map_err(|_| AppError::NotFound)?;
    let note = state
        .store
        .note(org, open.circle.id, note_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if open.access.glimpse(note.audience, &note.byline) != Glimpse::Whole {
        return Err(AppError::NotFound);
    }
    if !note.is_theirs(&open.access) {
        return Err(AppError::Forbidden);
    }
    Ok((open, note))
}

/// Whether the note already says what the form sends: its words, its day
/// and its audience.
fn already_saved(form: &NoteForm, note: &Note, now: moves_core::Timestamp) -> bool {
    clean_block(&form.body, NOTE_MAX).is_ok_and(|b| b == note.body)
        && JournalDate::parse(&form.about, now).is_ok_and(|d| d == note.about)
        && Audience::parse(form.audience.trim()) == Some(note.audience)
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, note)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, note) = theirs(&state, &viewer, &id, &note).await?;
    let form = NoteForm {
        body: note.body.clone(),
        about: note.about.as_iso(),
        audience: note.audience.as_str().to_owned(),
        ..NoteForm::default()
    };
    render(
        tr,
        &viewer,
        &open,
        Mode::Change { note: &note },
        form,
        None,
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, note)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    let (open, note) = theirs(&state, &viewer, &id, &note).await?;
    // The byline of a note never changes.
    let form = NoteForm {
        with: String::new(),
        ..form
    };
    let stale = |tr: Tr, form: NoteForm, current: &Note| {
        let errors = vec![FieldError {
            field: "body",
            message: tr.t("notes-stale"),
        }];
        render(
            tr,
            &viewer,
            &open,
            Mode::Change { note: current },
            form,
            Some(current),
            errors,
            StatusCode::CONFLICT,
        )
    };
    if sent_version(&form.version) != note.version {
        // The same change sent twice (a double click): the first saved it.
        if already_saved(&form, &note, state.clock.now()) {
            return Ok(
                Redirect::to(&format!("{}?done=changed", notes_path(open.circle.id)))
                    .into_response(),
            );
        }
        return stale(tr, form, &note);
    }
    let refuse = |tr: Tr, form: NoteForm, errors: Vec<FieldError>, status| {
        render(
            tr,
            &viewer,
            &open,
            Mode::Change { note: &note },
            form,
            None,
            errors,
            status,
        )
    };
    if !open.circle.is_open() {
        let errors = vec![FieldError {
            field: "body",
            message: tr.t("notes-circle-closed"),
        }];
        return refuse(tr, form, errors, StatusCode::CONFLICT);
    }
    let now = state.clock.now();
    let (errors, audience, _) = check_fields(&tr, &open, &form, now);
    let changed = if errors.is_empty() {
        let input = NoteInput {
            body: &form.body,
            about: &form.about,
            audience: audience.unwrap_or(Audience::OnlyMe),
        };
        note.change(&open, &input, now)
            .map_err(|e| vec![note_error(&tr, &e)])
    } else {
        Err(errors)
    };
    let changed = match changed {
        Ok(n) => n,
        Err(errors) => return refuse(tr, form, errors, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let audit = note_written(&state, &viewer, &changed, "changed");
    match state
        .store
        .update_note(&changed, note.version, &audit)
        .await?
    {
        VersionedWrite::Done => {
            let done = if note.narrows(changed.audience) {
                "narrowed"
            } else if note.audience == Audience::OnlyMe && changed.audience != Audience::OnlyMe {
                "shared"
            } else {
                "changed"
            };
            Ok(
                Redirect::to(&format!("{}?done={done}", notes_path(open.circle.id)))
                    .into_response(),
            )
        }
        VersionedWrite::Stale => {
            let current = state
                .store
                .note(note.org_id, note.circle_id, note.id)
                .await?
                .ok_or(AppError::NotFound)?;
            stale(tr, form, &current)
        }
        VersionedWrite::NotFound => Err(AppError::NotFound),
    }
}

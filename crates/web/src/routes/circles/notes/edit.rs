//! `GET/POST /circles/{id}/notes/{note}`: the author of a note, or whoever
//! typed it with them, changes its words or date, or shares it (a draft
//! shared later, or a shared note shared with fewer people: then they are
//! told that those who could read it may already have done so). The rules
//! and the write are `moves_core::circle::journal::change`; a stale form is
//! refused, with the person's text kept and the note as it is now shown
//! beside it.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::routes::circles::notes::form::{
    FieldError, Mode, NoteForm, problem_status, problems_shown, render,
};
use crate::routes::circles::notes::notes_path;
use crate::routes::circles::sent_version;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::journal::{self, Changed, WriteError};

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let (open, note) =
        journal::note_to_change(&state.ctx, &worker.actor, ids.circle()?, ids.id("note")?).await?;
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
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let changed = journal::change(
        &state.ctx,
        &worker.actor,
        circle,
        ids.id("note")?,
        sent_version(&form.version),
        form.draft(),
    )
    .await;
    let done = match changed {
        Ok(Changed::Changed | Changed::Again) => "changed",
        Ok(Changed::Shared) => "shared",
        Ok(Changed::Narrowed) => "narrowed",
        Err(WriteError::Refused(refused)) => {
            let note = refused.note.as_ref().ok_or(AppError::NotFound)?;
            let status = problem_status(&refused.problems);
            let errors = problems_shown(&tr, &refused.problems);
            return render(
                tr,
                &viewer,
                &refused.open,
                Mode::Change { note },
                form,
                None,
                errors,
                status,
            );
        }
        Err(WriteError::Stale(stale)) => {
            let current = stale.note.as_ref().ok_or(AppError::NotFound)?;
            let errors = vec![FieldError {
                field: "body",
                message: tr.t("notes-stale"),
            }];
            return render(
                tr,
                &viewer,
                &stale.open,
                Mode::Change { note: current },
                form,
                Some(current),
                errors,
                StatusCode::CONFLICT,
            );
        }
        Err(WriteError::Core(e)) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("{}?done={done}", notes_path(circle))).into_response())
}

//! `GET/POST /circles/{id}/notes/new`: a member with an account writes a note
//! in the circle's journal, choosing who will see it (each choice names who
//! that is). A practitioner may type someone else's words with them. The form
//! carries a one-use key, not an id: the server makes the note's id, so the
//! same form sent twice saves one note and the second sending is told it was
//! already saved (`moves_core::circle::journal::write`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::routes::circles::notes::form::{Mode, NoteForm, problem_status, problems_shown, render};
use crate::routes::circles::notes::notes_path;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::journal::{self, WriteError, Written};
use moves_core::circle::{Audience, JournalDate};
use moves_core::form_key::FormKey;

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let (open, key) = journal::new_note_form(&state.ctx, &worker.actor, ids.circle()?).await?;
    let form = NoteForm {
        about: JournalDate::today(state.ctx.now()).as_iso(),
        audience: Audience::OnlyMe.as_str().to_owned(),
        ..NoteForm::default()
    };
    render(
        tr,
        &viewer,
        &open,
        Mode::New { key: key.as_str() },
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
    match journal::write(&state.ctx, &worker.actor, circle, &form.key, form.draft()).await {
        Ok(Written::New(_)) => {
            Ok(Redirect::to(&format!("{}?done=written", notes_path(circle))).into_response())
        }
        Ok(Written::Again(_)) => {
            Ok(Redirect::to(&format!("{}?done=already", notes_path(circle))).into_response())
        }
        Err(WriteError::Refused(refused)) | Err(WriteError::Stale(refused)) => {
            // The same key again, so the corrected form still saves once; a
            // form without one gets a fresh key, and the person sends it
            // again knowingly.
            let key = match FormKey::parse(&form.key) {
                Some(key) => key,
                None => FormKey::new().map_err(moves_core::Error::from)?,
            };
            let status = problem_status(&refused.problems);
            let errors = problems_shown(&tr, &refused.problems);
            render(
                tr,
                &viewer,
                &refused.open,
                Mode::New { key: key.as_str() },
                form,
                None,
                errors,
                status,
            )
        }
        Err(WriteError::Core(e)) => Err(e.into()),
    }
}

//! Keeping a session alive from the idle warning (see static/idle-warning.js).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::routes::sign_in::Empty;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn keep_alive(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<StatusCode, AppError> {
    if let Some(session) = &viewer.session {
        state
            .store
            .touch_session(&session.token_hash, state.clock.now(), viewer.actor.org)
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

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
        moves_core::auth::session::keep_alive(&state.ctx, &viewer.actor, &session.token_hash)
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

//! A write endpoint that exists only in the crash test's build (feature
//! `crash-probe`). Each call appends two audit entries in one transaction and
//! answers 204 only after the commit; the crash test kills the server at random
//! moments and then checks that every acknowledged key has both entries and no
//! key has just one.
//!
//! `MOVES_PROBE_UNSAFE_ACK=1` makes it answer before writing: the deliberately
//! unsafe mode the crash test must catch, which proves the test can fail.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use moves_core::durability_probe::probe as write_pair;
use std::time::Duration;

pub async fn probe(
    State(state): State<AppState>,
    Path(key): Path<String>,
) -> Result<StatusCode, AppError> {
    if std::env::var("MOVES_PROBE_UNSAFE_ACK").is_ok_and(|v| v == "1") {
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            let _ = write_pair(&state.ctx, &key).await;
        });
        return Ok(StatusCode::NO_CONTENT);
    }
    write_pair(&state.ctx, &key).await?;
    Ok(StatusCode::NO_CONTENT)
}

//! Resilience checks in a circle, under `/circles/{id}/checks`: the list and
//! starting one (`list`), one check with its perspectives and the history of
//! what was agreed (`page`), filling in a perspective one compartment per
//! screen (`perspective`), sharing it (`share`), the side-by-side comparison
//! (`compare`), and the version agreed together (`agreed`).
//!
//! Each handler reads the request, calls one use case of
//! `moves_core::check` (which opens the circle, decides who may, and stores
//! a change with its audit entry), and renders what it returns. A check of
//! another circle or organisation is 404, as is a perspective the viewer may
//! not see. A check reads with the wording of the framework version it was
//! started on.

pub mod agreed;
pub mod answers;
pub mod choose;
pub mod compare;
pub mod history;
pub mod list;
pub mod page;
pub mod perspective;
pub mod share;

use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::circle_path;
use crate::state::AppState;
use moves_core::check::{AnswerStatus, Check, wording_for};
use moves_core::circle::OpenCircle;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::framework::{Catalogue, FrameworkId};

pub fn checks_path(circle: moves_core::ids::CircleId) -> String {
    format!("{}/checks", circle_path(circle))
}

pub fn check_path(check: &Check) -> String {
    format!("{}/{}", checks_path(check.circle_id), check.id)
}

/// The framework catalogue the checks read with.
pub fn shipped() -> Result<&'static Catalogue, AppError> {
    catalogue().map_err(|e| AppError::Internal(e.to_string()))
}

/// The edition an organisation that adapted nothing starts checks on.
pub fn public_framework() -> Result<FrameworkId, AppError> {
    FrameworkId::parse(PUBLIC_FRAMEWORK).map_err(|e| AppError::Internal(e.to_string()))
}

/// The wording `check` reads with for whoever opened `open` (the progress
/// pages read the newest check's).
pub async fn wording(
    state: &AppState,
    open: &OpenCircle,
    check: &Check,
) -> Result<AdaptedFramework, AppError> {
    Ok(wording_for(&state.ctx, shipped()?, open, check).await?)
}

pub fn status_label(tr: &Tr, status: AnswerStatus) -> String {
    tr.t(&format!(
        "checks-status-{}",
        status.as_str().replace('_', "-")
    ))
}

/// A shape for each answer, so it never rests on colour alone.
pub fn status_symbol(tr: &Tr, status: AnswerStatus) -> String {
    tr.t(&format!(
        "checks-symbol-{}",
        status.as_str().replace('_', "-")
    ))
}

/// "2026-11-26": a day, shown as data (it is not interface text).
pub fn day(t: moves_core::clock::Timestamp) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

/// "2026-11-26 16:05" (UTC): when a change was made, shown as data.
pub fn day_and_time(t: moves_core::clock::Timestamp) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

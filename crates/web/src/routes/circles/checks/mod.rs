//! Resilience checks in a circle, under `/circles/{id}/checks`: the list and
//! starting one (`list`), one check with its perspectives (`page`), filling in
//! a perspective one compartment per screen (`perspective`), sharing it
//! (`share`), the side-by-side comparison (`compare`), and the version agreed
//! together (`agreed`).
//!
//! The rules are in `moves_core::check`; handlers read forms, call them and
//! save. Every page opens the circle through `open` (audited); a check of
//! another circle or organisation is 404, as is a perspective the viewer may
//! not see. A check reads with the wording of the framework version it was
//! started on.

pub mod agreed;
pub mod answers;
pub mod compare;
pub mod list;
pub mod page;
pub mod perspective;
pub mod share;

use crate::auth::viewer::Viewer;
use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::{circle_path, open};
use crate::state::AppState;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::{AnswerStatus, Check, Reader, check_wording};
use moves_core::circle::{CircleRole, OpenCircle};
use moves_core::framework::FrameworkId;
use moves_core::framework::adaptation::{AdaptedFramework, FrameworkVersion};
use moves_core::ids::{CheckId, OrgId, UserId};
use moves_store::AuditEntry;

pub fn checks_path(circle: moves_core::ids::CircleId) -> String {
    format!("{}/checks", circle_path(circle))
}

pub fn check_path(check: &Check) -> String {
    format!("{}/{}", checks_path(check.circle_id), check.id)
}

/// The circle (opened and audited) and the check in the path; 404 when the
/// check is not of this circle.
pub async fn open_check(
    state: &AppState,
    viewer: &Viewer,
    circle: &str,
    check: &str,
    page: &str,
) -> Result<(OpenCircle, Check), AppError> {
    let open = open(state, viewer, circle, page).await?;
    let id: CheckId = check.parse().map_err(|_| AppError::NotFound)?;
    let check = state
        .store
        .check(open.circle.org_id, id)
        .await?
        .filter(|c| c.circle_id == open.circle.id)
        .ok_or(AppError::NotFound)?;
    Ok((open, check))
}

/// As [`open_check`], for a change: a closed circle is read-only, so any
/// change to one of its checks is refused (the pages offer none; only a stale
/// or crafted form gets here).
pub async fn open_check_to_change(
    state: &AppState,
    viewer: &Viewer,
    circle: &str,
    check: &str,
    page: &str,
) -> Result<(OpenCircle, Check), AppError> {
    let (open, check) = open_check(state, viewer, circle, check, page).await?;
    if !open.circle.is_open() {
        return Err(AppError::Forbidden);
    }
    Ok((open, check))
}

/// The framework version new checks are started on: the organisation's
/// latest adaptation, or the public edition as published.
pub async fn version_in_force(state: &AppState, org: OrgId) -> Result<FrameworkVersion, AppError> {
    Ok(match state.store.latest_adaptation(org).await? {
        Some(saved) => FrameworkVersion {
            edition: saved.adaptation.base.clone(),
            adaptation_version: saved.adaptation.version,
        },
        None => FrameworkVersion {
            edition: FrameworkId::parse(PUBLIC_FRAMEWORK)
                .map_err(|e| AppError::Internal(e.to_string()))?,
            adaptation_version: 0,
        },
    })
}

/// The wording `check` reads with for this viewer: its own version's, in the
/// young people's wording for the young person when that is the accepted one.
pub async fn wording(
    state: &AppState,
    open: &OpenCircle,
    check: &Check,
) -> Result<AdaptedFramework, AppError> {
    let catalogue = catalogue().map_err(|e| AppError::Internal(e.to_string()))?;
    let reader = if open.access.role() == Some(CircleRole::FocusPerson) {
        Reader::YoungPerson
    } else {
        Reader::Other
    };
    check_wording(
        state.store.as_ref(),
        catalogue,
        open.circle.org_id,
        &check.framework,
        reader,
    )
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// A change to a check, for the audit log (ids and codes only).
pub fn check_change(
    state: &AppState,
    org: OrgId,
    by: UserId,
    check: CheckId,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        state.clock.now(),
        Some(by),
        AuditAction::CheckChanged,
    )
    .subject(check.to_string())
    .detail(detail)
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

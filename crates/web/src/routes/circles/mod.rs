//! Circles: `/circles` (the circles one is in, or manages), `/circles/new`,
//! and the pages of one circle under `/circles/{id}`: its overview, its
//! members, closing and reopening it, who can see it, its journal of notes
//! and its export for a subject access request.
//!
//! Every page of one circle reads it through `moves_core::circle::open_circle`,
//! which decides access and audits the read before anything is shown; anyone
//! who may not open the circle (or names one of another organisation) gets 404.
//! Changes carry the version the form was made from, so a stale form is
//! refused and the person told, with what they typed kept.

pub mod checks;
pub mod decider;
pub mod export;
pub mod export_page;
pub mod list;
pub mod members;
pub mod new;
pub mod notes;
pub mod overview;
pub mod people;
pub mod plans;
pub mod progress;
pub mod sharing;
pub mod sharing_agreements;
pub mod status;

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Birth, CircleRole, OpenCircle, open_circle};
use moves_core::ids::{CircleId, OrgId, UserId};
use moves_core::text::TextError;
use moves_store::AuditEntry;

pub const CIRCLES_PATH: &str = "/circles";

pub fn circle_path(id: CircleId) -> String {
    format!("{CIRCLES_PATH}/{id}")
}

/// The organisation being worked in and the person: the route's rule has let
/// them in, and no other organisation can be named.
pub fn worker(viewer: &Viewer) -> Result<(OrgId, UserId), AppError> {
    let org = viewer.actor.org.ok_or(AppError::NotFound)?;
    let user = viewer.actor.user.ok_or(AppError::NotFound)?;
    Ok((org, user))
}

/// The circle in the path, opened (and the read audited) for this viewer;
/// 404 for a malformed id, an unknown one, another organisation's, or one
/// they may not open.
pub async fn open(
    state: &AppState,
    viewer: &Viewer,
    id: &str,
    page: &str,
) -> Result<OpenCircle, AppError> {
    worker(viewer)?;
    let id: CircleId = id.parse().map_err(|_| AppError::NotFound)?;
    Ok(open_circle(&state.ctx, &viewer.actor, id, page).await?)
}

/// A change to a circle, for the audit log (ids only).
pub fn change(
    state: &AppState,
    org: OrgId,
    by: UserId,
    circle: CircleId,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        state.clock.now(),
        Some(by),
        AuditAction::CircleChanged,
    )
    .subject(circle.to_string())
    .detail(detail)
}

/// The message for a refused text field; `field` is the start of its keys.
pub fn text_error(tr: &Tr, field: &str, e: &TextError) -> String {
    match e {
        TextError::Empty => tr.t(&format!("{field}-missing")),
        TextError::TooLong { max } => tr.t_args("circles-too-long", &[("max", max.to_string())]),
        TextError::ControlCharacter { .. } => tr.t("circles-hidden-character"),
    }
}

pub fn role_label(tr: &Tr, role: CircleRole) -> String {
    tr.t(&format!("circles-role-{}", role.as_str().replace('_', "-")))
}

pub fn birth_label(tr: &Tr, birth: &Birth) -> String {
    match birth {
        Birth::Date(d) => tr.t_args("circles-born", &[("date", d.as_iso())]),
        Birth::Band(b) => tr.t_args("circles-age-band-shown", &[("band", b.as_str().to_owned())]),
    }
}

/// A version field as sent; anything unreadable counts as stale.
pub fn sent_version(raw: &str) -> i64 {
    raw.trim().parse().unwrap_or(-1)
}

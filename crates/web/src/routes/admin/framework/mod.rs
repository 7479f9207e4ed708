//! The organisation's adaptation of the framework, for its administrators:
//! `/admin/framework` shows the effective framework and its version history;
//! the pages under it adopt an edition, accept an overlay (previewed first),
//! add local moves, reword and hide moves, credit who co-produced the change,
//! and export or import the adaptation as TOML.
//!
//! Every form is one call of `moves_core::admin::framework::change`, which
//! holds the rules; handlers read the form and show the outcome. Every form
//! carries the version it was made from: if someone saved another version
//! meanwhile, nothing is saved and the person is told, with what they typed
//! kept. Each saved version is audited in the same transaction as the save.

mod changes;
mod file;
mod moves;
mod overlays;
mod page;

pub use changes::{adopt, credit};
pub use file::{export, import, import_form};
pub use moves::{add_local_move, hide, move_page, reword};
pub use overlays::{accept_overlay, preview_overlay};
pub use page::page;

use crate::auth::viewer::Viewer;
use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use moves_core::admin::framework::{self as adaptations, Edit, Outcome, Refusal};
use moves_core::framework::adaptation::{Adaptation, AdaptationError, Field};
use moves_core::framework::{Catalogue, FrameworkId};
use moves_core::text::TextError;

pub const FRAMEWORK_ADMIN_PATH: &str = "/admin/framework";

fn shipped() -> Result<&'static Catalogue, AppError> {
    catalogue().map_err(|e| AppError::Internal(e.to_string()))
}

fn public() -> Result<FrameworkId, AppError> {
    FrameworkId::parse(PUBLIC_FRAMEWORK).map_err(|e| AppError::Internal(e.to_string()))
}

/// The version in force: the latest saved, or the public edition as published.
async fn current(state: &AppState, viewer: &Viewer) -> Result<Adaptation, AppError> {
    Ok(adaptations::in_force(&state.ctx, &viewer.actor, public()?).await?)
}

/// Asks for `edit` from a form made from version `form_version`.
async fn change(
    state: &AppState,
    viewer: &Viewer,
    form_version: &str,
    edit: Edit,
) -> Result<Outcome, AppError> {
    let outcome = adaptations::change(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        public()?,
        form_version,
        edit,
    )
    .await?;
    Ok(outcome)
}

/// What to tell the person when a form was made from an older version.
fn stale_message(tr: &Tr, latest: u32) -> String {
    tr.t_args("adapt-stale", &[("version", latest.to_string())])
}

/// A refused change, in plain words. (An imported file's own problems are
/// listed by the import page, each with its line.)
fn refusal_message(tr: &Tr, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Adaptation(e) => error_message(tr, e),
        Refusal::Category => tr.t("adapt-error-category"),
        Refusal::EmptyFile => tr.t("adapt-import-empty"),
        Refusal::DraftInFile { .. } => tr.t("adapt-error-draft-not-confirmed"),
        Refusal::File(_) => tr.t("adapt-import-errors-title"),
    }
}

fn error_message(tr: &Tr, e: &AdaptationError) -> String {
    match e {
        AdaptationError::UnknownEdition(_) => tr.t("adapt-error-unknown-edition"),
        AdaptationError::UnknownCompartment(_) => tr.t("adapt-error-unknown-compartment"),
        AdaptationError::UnknownMove(_) => tr.t("adapt-error-unknown-move"),
        AdaptationError::OverlayForAnotherEdition { .. } => tr.t("adapt-error-overlay-edition"),
        AdaptationError::DraftNotConfirmed(_) => tr.t("adapt-error-draft-not-confirmed"),
        AdaptationError::EditionLacks { missing, .. } => {
            tr.t_args("adapt-error-edition-lacks", &[("ids", missing.join(", "))])
        }
        AdaptationError::Text { field, problem } => match (field, problem) {
            (Field::Label, TextError::Empty) => tr.t("adapt-error-label-empty"),
            (Field::Label, TextError::TooLong { max }) => {
                tr.t_args("adapt-error-label-too-long", &[("max", max.to_string())])
            }
            (Field::Label, TextError::ControlCharacter { .. }) => {
                tr.t("adapt-error-label-hidden-character")
            }
            (Field::Description, TextError::TooLong { max }) => tr.t_args(
                "adapt-error-description-too-long",
                &[("max", max.to_string())],
            ),
            (Field::Description, _) => tr.t("adapt-error-description-hidden-character"),
            (Field::Credit, TextError::TooLong { max }) => {
                tr.t_args("adapt-error-credit-too-long", &[("max", max.to_string())])
            }
            (Field::Credit, _) => tr.t("adapt-error-credit-hidden-character"),
        },
    }
}

/// Where to go after a saved change, with a notice to show there.
fn done(path: &str, what: &str) -> axum::response::Response {
    use axum::response::{IntoResponse, Redirect};
    let sep = if path.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{path}{sep}done={what}")).into_response()
}

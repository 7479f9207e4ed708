//! `POST /admin/members/{id}/reset-password`: an administrator makes a one-time
//! link for a member to set a new password, handed over by email or by hand.
//! The rules (who may be reset) are in `moves_core::auth::reset`. Only a
//! membership of the administrator's own organisation is found.

use super::handover::{Handover, hand_over, organisation_name};
use super::members::{Empty, MEMBERS_PATH, org_of};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::letters;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::one_time::set_password_path;
use moves_core::auth::reset::{ResetProblem, check_reset, reset_audit, reset_link};
use moves_core::ids::MembershipId;

/// Makes a one-time set-password link for a member, within this organisation
/// only (another organisation's membership is not found), and hands it over.
pub async fn reset_password(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let (org, me) = org_of(&viewer)?;
    let id: MembershipId = id.parse().map_err(|_| AppError::NotFound)?;
    let target = state
        .store
        .membership(org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = state
        .store
        .user(target.user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let theirs = state.store.memberships_of_user(person.id).await?;
    if let Err(problem) = check_reset(&target, &person, me, &theirs) {
        let refused = match problem {
            ResetProblem::OtherOrganisations => "other-organisation",
            ResetProblem::Themselves => "yourself",
            ResetProblem::NotAMember | ResetProblem::InstallationAdmin => "other",
        };
        return Ok(
            Redirect::to(&format!("{MEMBERS_PATH}?reset_refused={refused}")).into_response(),
        );
    }
    let now = state.clock.now();
    let (token, link) =
        reset_link(person.id, org, now).map_err(|e| AppError::Internal(e.to_string()))?;
    state.store.create_one_time_token(&link).await?;
    state
        .store
        .append_audit(&reset_audit(org, me, person.id, now))
        .await?;
    let organisation = organisation_name(&viewer);
    let give = tr.t_args(
        "members-reset-give",
        &[
            ("name", person.display_name.clone()),
            ("login", person.login()),
        ],
    );
    let title = tr.t("members-reset-title");
    let letter_tr = tr.clone();
    let handover = Handover {
        title,
        give,
        kind: "password_reset",
        email: person.email.as_ref(),
        path: set_password_path(&token),
    };
    hand_over(&state, tr, &viewer, handover, |link| {
        letters::password_reset(&letter_tr, &organisation, link)
    })
    .await
}

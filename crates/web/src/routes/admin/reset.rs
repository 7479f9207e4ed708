//! `POST /admin/members/{id}/reset-password`: an administrator makes a one-time
//! link for a member to set a new password, handed over by email or by hand.
//! The rules (who may be reset) are in `moves_core::auth::reset`. Only a
//! membership of the administrator's own organisation is found.

use super::handover::{Handover, hand_over, organisation_name};
use super::members::{Empty, MEMBERS_PATH};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::SiteOrigin;
use crate::i18n::Tr;
use crate::mail::letters;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::reset::{ResetError, reset_password as make_reset_link};
use moves_core::auth::one_time::set_password_path;
use moves_core::auth::reset::ResetProblem;
use moves_core::ids::MembershipId;

/// Makes a one-time set-password link for a member, within this organisation
/// only (another organisation's membership is not found), and hands it over.
pub async fn reset_password(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    origin: SiteOrigin,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let id: MembershipId = id.parse().map_err(|_| AppError::NotFound)?;
    let made = match make_reset_link(&state.ctx, &viewer.actor, id).await {
        Ok(made) => made,
        Err(ResetError::Refused(problem)) => {
            let refused = match problem {
                ResetProblem::OtherOrganisations => "other-organisation",
                ResetProblem::Themselves => "yourself",
                ResetProblem::NotAMember | ResetProblem::InstallationAdmin => "other",
            };
            return Ok(
                Redirect::to(&format!("{MEMBERS_PATH}?reset_refused={refused}")).into_response(),
            );
        }
        Err(ResetError::Core(e)) => return Err(e.into()),
    };
    let person = made.person;
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
        path: set_password_path(&made.token),
        origin,
        username: person.username.clone(),
        back_href: "/admin/members".to_owned(),
        back_label: tr.t("members-invited-back"),
    };
    hand_over(&state, tr, &viewer, handover, |link| {
        letters::password_reset(&letter_tr, &organisation, link)
    })
    .await
}

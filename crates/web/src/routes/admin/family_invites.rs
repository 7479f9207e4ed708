//! `POST /admin/security/family-invites`: an administrator turns on or off
//! whether the organisation's practitioners may invite young people and
//! parents or carers into their circles (the choice is on the security page,
//! beside who must use an authenticator app).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::mfa::admin::{SECURITY_PATH, Shown, security_page};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::family_invites::set_family_invites;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct FamilyInvitesForm {
    /// "yes" or "no".
    #[serde(default)]
    allowed: String,
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<FamilyInvitesForm>,
) -> Result<Response, AppError> {
    let allowed = match form.allowed.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            let shown = Shown::family_refused(tr.t("family-invites-choose"));
            return security_page(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    set_family_invites(&state.ctx, &viewer.actor, allowed).await?;
    Ok(Redirect::to(&format!("{SECURITY_PATH}?saved=1#family-invites")).into_response())
}

//! `GET/POST /account/emails`: whether a person wants an email when something
//! new is waiting for them (`moves digest` sends it; it never says what).
//! Off until they choose it. Offered only when the server can send email and
//! the person has an address; otherwise the page says plainly why not. The
//! choice is the person's own and changes nothing anyone else sees, so it is
//! not audited; choosing the same again is harmless.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::home::{choose_digests, wants_digests};
use serde::Deserialize;

pub const DIGEST_SETTINGS_PATH: &str = "/account/emails";

#[derive(Template)]
#[template(path = "digest_settings.html")]
struct DigestPage {
    layout: Layout,
    csrf: String,
    /// Why digests cannot be had, if they cannot; then no form is shown.
    unavailable: Option<String>,
    on: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct DigestForm {
    #[serde(default)]
    digest: String,
}

/// Why `viewer` cannot have digests here, in words for them.
fn unavailable(state: &AppState, tr: &Tr, viewer: &Viewer) -> Option<String> {
    if state.config.mailer.is_none() {
        Some(tr.t("digest-no-mail-server"))
    } else if viewer.user.as_ref().is_none_or(|u| u.email.is_none()) {
        Some(tr.t("digest-no-email"))
    } else {
        None
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    if viewer.actor.user.is_none() {
        return Err(AppError::Forbidden);
    }
    let on = wants_digests(&state.ctx, &viewer.actor).await?;
    let page = DigestPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        unavailable: unavailable(&state, &tr, &viewer),
        on,
        notice: q.done.is_some().then(|| tr.t("digest-saved")),
        layout: Layout::for_viewer(tr.clone(), tr.t("digest-title"), &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<DigestForm>,
) -> Result<Response, AppError> {
    if viewer.actor.user.is_none() {
        return Err(AppError::Forbidden);
    }
    let on = match form.digest.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadForm),
    };
    // Turning them off is always allowed; on only where they can be sent
    // (the page then says why not).
    if on && unavailable(&state, &tr, &viewer).is_some() {
        return Ok(Redirect::to(DIGEST_SETTINGS_PATH).into_response());
    }
    choose_digests(&state.ctx, &viewer.actor, on).await?;
    Ok(Redirect::to(&format!("{DIGEST_SETTINGS_PATH}?done=saved")).into_response())
}

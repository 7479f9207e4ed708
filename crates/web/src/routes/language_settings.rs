//! `GET/POST /account/language`: the language a signed-in person sees the
//! site in, kept with their account (it wins over the language cookie and
//! the browser's). The switcher on every page of a signed-in person sends the
//! same form, with the page to go back to. Saving goes through
//! `moves_core::auth::choose_language`, which audits it.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::sign_in::safe_next;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::choose_language::choose_language;
use moves_core::language::Language;
use serde::Deserialize;

pub const LANGUAGE_SETTINGS_PATH: &str = "/account/language";
/// The form's value for "no saved language: as my browser asks".
const BROWSER: &str = "browser";

/// One choice on the page.
struct Choice {
    value: &'static str,
    /// The language's name in itself; `None` for the browser's choice.
    name: Option<&'static str>,
    checked: bool,
}

#[derive(Template)]
#[template(path = "language_settings.html")]
struct LanguagePage {
    layout: Layout,
    csrf: String,
    choices: Vec<Choice>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
    /// Where to go back to (the switcher's page); the settings page if none.
    #[serde(default)]
    next: String,
}

pub async fn page(tr: Tr, viewer: Viewer, Query(q): Query<Done>) -> Result<Response, AppError> {
    let Some(user) = viewer.user.as_ref() else {
        return Err(AppError::Forbidden);
    };
    let saved = user.language;
    let mut choices = vec![Choice {
        value: BROWSER,
        name: None,
        checked: saved.is_none(),
    }];
    choices.extend(Language::ALL.into_iter().map(|l| Choice {
        value: l.tag(),
        name: Some(l.endonym()),
        checked: saved == Some(l),
    }));
    let page = LanguagePage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        choices,
        notice: q.done.is_some().then(|| tr.t("language-saved")),
        layout: Layout::for_viewer(tr.clone(), tr.t("language-title"), &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, AppError> {
    let language = if form.language == BROWSER {
        None
    } else {
        Some(Language::from_tag(&form.language).ok_or(AppError::BadForm)?)
    };
    choose_language(&state.ctx, &viewer.actor, language).await?;
    let to = if form.next.is_empty() {
        format!("{LANGUAGE_SETTINGS_PATH}?done=saved")
    } else {
        safe_next(&form.next)
    };
    Ok(Redirect::to(&to).into_response())
}

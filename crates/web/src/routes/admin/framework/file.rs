//! The adaptation as a TOML file: `GET /admin/framework/export` downloads the
//! version in force; `GET/POST /admin/framework/import` takes a file's text,
//! checks it (every problem with its line number, the text kept), and saves it
//! as the next version.

use super::page::PAGE;
use super::{change, current, done, refusal_message, shipped, stale_message};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use moves_core::admin::framework::{Edit, Outcome, Refusal};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/framework/import.html")]
struct ImportPage {
    layout: Layout,
    csrf: String,
    version: u32,
    text: String,
    /// Problems in the file, each with its line.
    errors: Vec<String>,
    /// A problem with the form rather than the file (stale, empty).
    problem: Option<String>,
    /// The draft overlay the file accepts, needing confirmation.
    draft: Option<String>,
}

/// What the import page shows besides the form.
#[derive(Default)]
struct Shown {
    text: String,
    errors: Vec<String>,
    problem: Option<String>,
    draft: Option<String>,
}

async fn render_import(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Shown {
        text,
        errors,
        problem,
        draft,
    } = shown;
    let version = current(state, viewer).await?.version;
    let title = tr.t("adapt-import-title");
    let page = ImportPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        version,
        text,
        errors,
        problem,
        draft,
    };
    render_page(&page, status, [])
}

/// `GET /admin/framework/export`
pub async fn export(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    let adaptation = current(&state, &viewer).await?;
    let base = shipped()?
        .framework(adaptation.base.as_str())
        .ok_or_else(|| AppError::Internal(format!("no edition {}", adaptation.base)))?;
    let text = adaptation
        .to_credited_toml(base)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!(
        "attachment; filename=\"framework-adaptation-v{}.toml\"",
        adaptation.version
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/toml; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        text,
    )
        .into_response())
}

/// `GET /admin/framework/import`
pub async fn import_form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
) -> Result<Response, AppError> {
    render_import(&state, tr, &viewer, Shown::default(), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct ImportForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    confirm_draft: Option<String>,
}

/// `POST /admin/framework/import`
pub async fn import(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ImportForm>,
) -> Result<Response, AppError> {
    let edit = Edit::Import {
        text: form.text.clone(),
        draft_confirmed: form.confirm_draft.as_deref() == Some("yes"),
    };
    let mut shown = Shown {
        text: form.text,
        ..Shown::default()
    };
    let status = match change(&state, &viewer, &form.version, edit).await? {
        Outcome::Saved(_) => return Ok(done(PAGE, "imported")),
        Outcome::Unchanged => return Ok(done(PAGE, "unchanged")),
        Outcome::Stale { latest } => {
            shown.problem = Some(stale_message(&tr, latest));
            StatusCode::CONFLICT
        }
        Outcome::Refused(Refusal::File(errors)) => {
            shown.errors = errors;
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Outcome::Refused(r) => {
            shown.problem = Some(refusal_message(&tr, &r));
            if let Refusal::DraftInFile { title } = r {
                shown.draft = Some(title);
            }
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    render_import(&state, tr, &viewer, shown, status).await
}

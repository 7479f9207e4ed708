//! The adaptation as a TOML file: `GET /admin/framework/export` downloads the
//! version in force; `GET/POST /admin/framework/import` takes a file's text,
//! checks it (every problem with its line number, the text kept), and saves it
//! as the next version.

use super::page::PAGE;
use super::{current, done, is_current, save, shipped, stale_message};
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
use moves_core::framework::adaptation::{Change, ChangeKind, SaveOutcome, parse_adaptation};
use serde::Deserialize;

/// How messages name the imported text.
const IMPORTED: &str = "adaptation.toml";

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
    let catalogue = shipped()?;
    let now = current(&state, &viewer).await?;
    let text = form.text;
    if !is_current(&form.version, &now) {
        let p = Some(stale_message(&tr, now.version));
        return render_import(
            &state,
            tr,
            &viewer,
            Shown {
                text,
                problem: p,
                ..Shown::default()
            },
            StatusCode::CONFLICT,
        )
        .await;
    }
    if text.trim().is_empty() {
        let p = Some(tr.t("adapt-import-empty"));
        return render_import(
            &state,
            tr,
            &viewer,
            Shown {
                text,
                problem: p,
                ..Shown::default()
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let checked = parse_adaptation(IMPORTED, &text)
        .and_then(|parsed| parsed.check(catalogue, &now).map(|next| (parsed, next)));
    let (parsed, next) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            let errors = errors.into_iter().map(|e| e.to_string()).collect();
            return render_import(
                &state,
                tr,
                &viewer,
                Shown {
                    text,
                    errors,
                    ..Shown::default()
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if let Some(draft) = parsed.new_draft_overlay(catalogue, &now)
        && form.confirm_draft.as_deref() != Some("yes")
    {
        let p = Some(tr.t("adapt-error-draft-not-confirmed"));
        let draft = Some(draft.title.clone());
        return render_import(
            &state,
            tr,
            &viewer,
            Shown {
                text,
                problem: p,
                draft,
                ..Shown::default()
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if super::unchanged(&now, &next) {
        return Ok(done(PAGE, "unchanged"));
    }
    match save(
        &state,
        &viewer,
        &next,
        Change::new(ChangeKind::Imported, None),
    )
    .await?
    {
        SaveOutcome::Saved => Ok(done(PAGE, "imported")),
        SaveOutcome::Stale { latest } => {
            let p = Some(stale_message(&tr, latest));
            render_import(
                &state,
                tr,
                &viewer,
                Shown {
                    text,
                    problem: p,
                    ..Shown::default()
                },
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

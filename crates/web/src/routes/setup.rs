//! First run. While no organisation exists, each server prints a one-time setup
//! code in its log; `/setup` needs one of those codes to create the first
//! organisation and its administrator, so whoever finds a fresh server first
//! cannot take it over.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::password_messages;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::setup::{SetUp, SetupField, SetupProblem, SetupRequest, is_open, set_up};
use moves_core::text::TextError;
use moves_core::user::EmailError;
use serde::Deserialize;

/// One problem with a field, for the error summary and beside the field.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    layout: Layout,
    csrf: String,
    form: SetupForm,
    errors: Vec<FieldError>,
}

impl SetupPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct SetupForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    organisation_name: String,
    #[serde(default)]
    admin_name: String,
    #[serde(default)]
    admin_email: String,
    #[serde(default)]
    password: String,
}

fn text_key(e: &TextError) -> &'static str {
    match e {
        TextError::Empty => "empty",
        TextError::TooLong { .. } => "too-long",
        TextError::ControlCharacter { .. } => "hidden-character",
    }
}

/// The Fluent message for a problem: core says what is wrong, the web layer says
/// it in the person's language.
fn message(tr: &Tr, p: &SetupProblem) -> String {
    let key = match p {
        SetupProblem::CodeMissing => "setup-error-code-missing".to_owned(),
        SetupProblem::CodeShape => "setup-error-code-shape".to_owned(),
        SetupProblem::CodeNotRecognised => "setup-wrong-code".to_owned(),
        SetupProblem::OrganisationName(e) => format!("setup-error-org-{}", text_key(e)),
        SetupProblem::AdminName(e) => format!("setup-error-name-{}", text_key(e)),
        SetupProblem::AdminEmail(EmailError::Text(e)) => {
            format!("setup-error-email-{}", text_key(e))
        }
        SetupProblem::AdminEmail(EmailError::Shape) => "setup-error-email-shape".to_owned(),
        SetupProblem::Password(problem) => return password_messages::message(tr, problem),
    };
    tr.t(&key)
}

fn field_name(f: SetupField) -> &'static str {
    f.as_str()
}

async fn page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    headers: &HeaderMap,
    form: SetupForm,
    errors: Vec<FieldError>,
) -> Result<Response, AppError> {
    let (csrf, cookie) = csrf::token_for_page(state, viewer, headers).await?;
    let title = tr.t("setup-title");
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    // Never send a password back to the browser.
    let form = SetupForm {
        password: String::new(),
        ..form
    };
    let page = SetupPage {
        layout: Layout::new(tr, title),
        csrf,
        form,
        errors,
    };
    render_page(&page, status, cookie)
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if !is_open(&state.ctx).await? {
        return Err(AppError::NotFound);
    }
    page(
        &state,
        tr,
        &viewer,
        &headers,
        SetupForm::default(),
        Vec::new(),
    )
    .await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<Response, AppError> {
    let request = SetupRequest {
        code: form.code.clone(),
        organisation_name: form.organisation_name.clone(),
        admin_name: form.admin_name.clone(),
        admin_email: form.admin_email.clone(),
        password: form.password.clone(),
    };
    let token = match set_up(&state.ctx, &request).await? {
        SetUp::Done { token } => token,
        SetUp::Refused(problems) => {
            let errors = problems
                .iter()
                .map(|p| FieldError {
                    field: field_name(p.field()),
                    message: message(&tr, p),
                })
                .collect();
            return page(&state, tr, &viewer, &headers, form, errors).await;
        }
    };
    let names = CookieNames::for_config(&state.config);
    let mut res = Redirect::to("/").into_response();
    let (k, v) = cookies::set(names, names.session, token);
    res.headers_mut().append(k, v);
    Ok(res)
}

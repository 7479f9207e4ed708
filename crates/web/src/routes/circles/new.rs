//! `GET/POST /circles/new`: a practitioner starts a circle and is its first
//! member. The form carries a one-use key, not an id: the server makes the
//! circle's id, so the same form sent twice (a double click, a resent page)
//! makes one circle and the second sending goes to it
//! (`moves_core::circle::start`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::Worker;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::{circle_path, text_error};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::start::{self, CircleDraft, StartError, StartProblem};
use moves_core::circle::{AgeBand, BirthError, CircleError};
use moves_core::team::Team;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct NewForm {
    /// The form's one-use key.
    #[serde(default)]
    key: String,
    #[serde(default)]
    focus_name: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    age_band: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    protected_identity: Option<String>,
    #[serde(default)]
    team: String,
}

impl NewForm {
    /// The circle as typed, for the use case.
    fn draft(&self) -> CircleDraft<'_> {
        CircleDraft {
            focus_name: &self.focus_name,
            birth_date: &self.birth_date,
            age_band: &self.age_band,
            pronouns: &self.pronouns,
            languages: &self.languages,
            protected_identity: self.protected_identity.is_some(),
            team: &self.team,
        }
    }
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One refused field: its id (for the link from the summary) and message.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Template)]
#[template(path = "circles/new.html")]
struct NewPage {
    layout: Layout,
    csrf: String,
    key: String,
    form: NewForm,
    bands: Vec<Choice>,
    teams: Vec<Choice>,
    errors: Vec<FieldError>,
}

impl NewPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[allow(clippy::too_many_arguments)]
fn render(
    tr: Tr,
    viewer: &Viewer,
    teams: Vec<Team>,
    key: &str,
    form: NewForm,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let teams = teams
        .into_iter()
        .map(|t| Choice {
            selected: form.team == t.id.to_string(),
            value: t.id.to_string(),
            label: t.name,
        })
        .collect();
    let bands = AgeBand::ALL
        .into_iter()
        .map(|b| Choice {
            value: b.as_str().to_owned(),
            label: tr.t_args("circles-age-band-shown", &[("band", b.as_str().to_owned())]),
            selected: form.age_band == b.as_str(),
        })
        .collect();
    let title = tr.t("circles-new-title");
    let page = NewPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        key: key.to_owned(),
        form,
        bands,
        teams,
        errors,
    };
    render_page(&page, status, [])
}

/// The message for each problem, with its field, in the form's order.
fn problems_shown(tr: &Tr, problems: &[StartProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| {
            let (field, message) = match p {
                StartProblem::FormExpired => ("focus_name", tr.t("circles-new-form-expired")),
                StartProblem::UnknownTeam => ("team", tr.t("circles-team-unknown")),
                StartProblem::Birth(e) => {
                    let (field, key) = match e {
                        BirthError::NotADate => ("birth_date", "circles-birth-not-a-date"),
                        BirthError::InTheFuture => ("birth_date", "circles-birth-future"),
                        BirthError::TooLongAgo => ("birth_date", "circles-birth-too-long-ago"),
                        BirthError::Both => ("birth_date", "circles-birth-both"),
                        BirthError::UnknownBand => ("age_band", "circles-age-band-unknown"),
                    };
                    (field, tr.t(key))
                }
                StartProblem::Circle(e) => {
                    let (field, prefix, t) = match e {
                        CircleError::FocusName(t) => ("focus_name", "circles-focus-name", t),
                        CircleError::Pronouns(t) => ("pronouns", "circles-pronouns", t),
                        CircleError::Languages(t) => ("languages", "circles-languages", t),
                        CircleError::Reflection(t) => ("focus_name", "circles-reflection", t),
                    };
                    (field, text_error(tr, prefix, t))
                }
            };
            FieldError { field, message }
        })
        .collect()
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
) -> Result<Response, AppError> {
    let shown = start::new_circle_form(&state.ctx, &worker.actor).await?;
    render(
        tr,
        &viewer,
        shown.teams,
        shown.key.as_str(),
        NewForm::default(),
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, AppError> {
    match start::start(&state.ctx, &worker.actor, &form.key, form.draft()).await {
        Ok(started) => Ok(
            Redirect::to(&format!("{}?done=created", circle_path(started.id()))).into_response(),
        ),
        Err(StartError::Refused(refused)) => {
            let errors = problems_shown(&tr, &refused.problems);
            let refused = *refused;
            render(
                tr,
                &viewer,
                refused.teams,
                refused.key.as_str(),
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(StartError::Core(e)) => Err(e.into()),
    }
}

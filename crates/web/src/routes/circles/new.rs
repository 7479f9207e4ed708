//! `GET/POST /circles/new`: a practitioner starts a circle and is its first
//! member. The form carries the id the circle will have, so the same form sent
//! twice (a double click, a resent page) makes one circle: the second sending
//! finds it and goes to it.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::{change, circle_path, text_error, worker};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{
    AgeBand, Birth, BirthError, Circle, CircleError, CircleMember, CircleRole, NewCircle,
};
use moves_core::ids::{CircleId, TeamId};
use moves_store::StoreError;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct NewForm {
    #[serde(default)]
    circle: String,
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
    circle: String,
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

async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    form: NewForm,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (org, _) = worker(viewer)?;
    let teams = state
        .store
        .teams_of_organisation(org)
        .await?
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
    // A fresh id unless the form already had one (kept, so that sending the
    // corrected form twice still makes one circle).
    let circle = form
        .circle
        .parse::<CircleId>()
        .unwrap_or_else(|_| CircleId::new())
        .to_string();
    let title = tr.t("circles-new-title");
    let page = NewPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        circle,
        form,
        bands,
        teams,
        errors,
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
) -> Result<Response, AppError> {
    render(
        &state,
        tr,
        &viewer,
        NewForm::default(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let now = state.clock.now();
    let mut errors = Vec::new();
    let Ok(id) = form.circle.trim().parse::<CircleId>() else {
        errors.push(FieldError {
            field: "focus_name",
            message: tr.t("circles-new-form-expired"),
        });
        return render(
            &state,
            tr,
            &viewer,
            form,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let birth = match Birth::from_form(&form.birth_date, &form.age_band, now) {
        Ok(b) => b,
        Err(e) => {
            let (field, key) = match e {
                BirthError::NotADate => ("birth_date", "circles-birth-not-a-date"),
                BirthError::InTheFuture => ("birth_date", "circles-birth-future"),
                BirthError::TooLongAgo => ("birth_date", "circles-birth-too-long-ago"),
                BirthError::Both => ("birth_date", "circles-birth-both"),
                BirthError::UnknownBand => ("age_band", "circles-age-band-unknown"),
            };
            errors.push(FieldError {
                field,
                message: tr.t(key),
            });
            None
        }
    };
    // Only this organisation's teams; anything else is refused, not ignored.
    let team_id = match form.team.trim() {
        "" => None,
        t => match t.parse::<TeamId>() {
            Ok(t) if state.store.team(org, t).await?.is_some() => Some(t),
            _ => {
                errors.push(FieldError {
                    field: "team",
                    message: tr.t("circles-team-unknown"),
                });
                None
            }
        },
    };
    let input = NewCircle {
        focus_name: &form.focus_name,
        birth,
        pronouns: &form.pronouns,
        languages: &form.languages,
        protected_identity: form.protected_identity.is_some(),
        team_id,
    };
    let circle = match Circle::new(id, org, &input, user, now) {
        Ok(c) => Some(c),
        Err(e) => {
            let (field, prefix, t) = match &e {
                CircleError::FocusName(t) => ("focus_name", "circles-focus-name", t),
                CircleError::Pronouns(t) => ("pronouns", "circles-pronouns", t),
                CircleError::Languages(t) => ("languages", "circles-languages", t),
                CircleError::Reflection(t) => ("focus_name", "circles-reflection", t),
            };
            errors.insert(
                0,
                FieldError {
                    field,
                    message: text_error(&tr, prefix, t),
                },
            );
            None
        }
    };
    let name = viewer
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let (Some(circle), true) = (circle, errors.is_empty()) else {
        return render(
            &state,
            tr,
            &viewer,
            form,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let me = CircleMember::new(
        org,
        id,
        Some(user),
        &name,
        "",
        CircleRole::Practitioner,
        now,
    )
    .map_err(|e| AppError::Internal(e.to_string()))?;
    // The focus person is in their own circle from the start, named as they
    // want to be; an account can be linked later.
    let focus = CircleMember::new(
        org,
        id,
        None,
        &circle.focus_name,
        "",
        CircleRole::FocusPerson,
        now,
    )
    .map_err(|e| AppError::Internal(e.to_string()))?;
    match state
        .store
        .create_circle(
            &circle,
            &[me, focus],
            &change(&state, org, user, id, "created"),
        )
        .await
    {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => {
            // Sent before: go to the circle if it is the one this person started.
            match state.store.circle(org, id).await? {
                Some(existing) if existing.created_by == user => {}
                _ => {
                    let errors = vec![FieldError {
                        field: "focus_name",
                        message: tr.t("circles-new-form-expired"),
                    }];
                    let form = NewForm {
                        circle: String::new(),
                        ..form
                    };
                    return render(
                        &state,
                        tr,
                        &viewer,
                        form,
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await;
                }
            }
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("{}?done=created", circle_path(id))).into_response())
}

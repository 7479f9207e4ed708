//! A short check: `GET/POST /circles/{id}/checks/{check}/perspectives/{p}/choose`
//! lets the person pick the moves that matter now (any number) instead of
//! going through all of them, or go back to every move. The rest stay
//! unanswered. Saved against the version the form showed
//! (`moves_core::check::perspective::choose_moves`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::answers::FieldError;
use crate::routes::circles::checks::perspective::{choose_path, compartment_path_of};
use crate::routes::circles::checks::{check_path, shipped};
use crate::routes::circles::sent_version;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::ChooseError;
use moves_core::check::perspective::{
    ChooseMovesError, PerspectiveScreen, choose_form, choose_moves,
};
use moves_core::ids::{CheckId, CircleId, PerspectiveId};
use std::collections::BTreeSet;

pub struct MoveChoice {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub checked: bool,
}

pub struct CompartmentChoices {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub moves: Vec<MoveChoice>,
}

#[derive(Template)]
#[template(path = "circles/checks/choose.html")]
struct ChoosePage {
    layout: Layout,
    csrf: String,
    action: String,
    back: String,
    version: i64,
    compartments: Vec<CompartmentChoices>,
    errors: Vec<FieldError>,
}

/// Every offered move of the check, grouped by compartment, ticked when
/// `picked` holds it.
fn choices(s: &PerspectiveScreen, picked: &BTreeSet<String>) -> Vec<CompartmentChoices> {
    let mut compartments: Vec<_> = s.framework.framework.compartments.iter().collect();
    compartments.sort_by_key(|c| c.order);
    compartments
        .into_iter()
        .map(|c| CompartmentChoices {
            id: c.id.to_string(),
            label: c.label.text.clone(),
            lang: c.label.lang.clone(),
            moves: s
                .framework
                .offered_moves_in(c.id.as_str())
                .into_iter()
                .map(|m| MoveChoice {
                    id: m.id.to_string(),
                    label: m.label.text.clone(),
                    lang: m.label.lang.clone(),
                    checked: picked.contains(m.id.as_str()),
                })
                .collect(),
        })
        .filter(|c| !c.moves.is_empty())
        .collect()
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    s: &PerspectiveScreen,
    picked: &BTreeSet<String>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let title = tr.t("checks-choose-title");
    let errors = error
        .map(|message| FieldError {
            field: "choose".into(),
            message,
        })
        .into_iter()
        .collect();
    let page = ChoosePage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: choose_path(&s.check, s.perspective.id),
        back: check_path(&s.check),
        version: s.perspective.version,
        compartments: choices(s, picked),
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

fn path_ids(ids: &PathIds) -> Result<(CircleId, CheckId, PerspectiveId), AppError> {
    Ok((ids.circle()?, ids.id("check")?, ids.id("perspective")?))
}

/// What the perspective has picked so far.
fn picked_now(s: &PerspectiveScreen) -> BTreeSet<String> {
    s.perspective
        .chosen
        .iter()
        .flatten()
        .map(|m| m.to_string())
        .collect()
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let screen = choose_form(&state.ctx, &worker.actor, shipped()?, path_ids(&ids)?).await?;
    render(
        tr,
        &viewer,
        &screen,
        &picked_now(&screen),
        None,
        StatusCode::OK,
    )
}

pub async fn save(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let field = |name: &str| {
        sent.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let moves: Vec<&str> = sent
        .iter()
        .filter(|(k, _)| k == "move")
        .map(|(_, v)| v.as_str())
        .collect();
    // The "every move" button sends its name only.
    let every = sent.iter().any(|(k, _)| k == "every");
    let ids = path_ids(&ids)?;
    match choose_moves(
        &state.ctx,
        &worker.actor,
        shipped()?,
        ids,
        sent_version(field("version")),
        &moves,
        every,
    )
    .await
    {
        Ok(first) => {
            let (circle, check, p) = ids;
            Ok(Redirect::to(&compartment_path_of(circle, check, p, &first)).into_response())
        }
        Err(ChooseMovesError::Refused(screen, e)) => {
            let picked = moves.iter().map(|m| m.trim().to_owned()).collect();
            let message = match e {
                ChooseError::NoneChosen => tr.t("checks-choose-none"),
                ChooseError::NotOffered(_) => tr.t("checks-choose-not-offered"),
            };
            render(
                tr,
                &viewer,
                &screen,
                &picked,
                Some(message),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(ChooseMovesError::Stale(screen)) => {
            let picked = moves.iter().map(|m| m.trim().to_owned()).collect();
            let message = tr.t("checks-choose-stale");
            render(
                tr,
                &viewer,
                &screen,
                &picked,
                Some(message),
                StatusCode::CONFLICT,
            )
        }
        Err(ChooseMovesError::Core(e)) => Err(e.into()),
    }
}

//! A perspective: `POST /circles/{id}/checks/{check}/perspectives` starts the
//! viewer's own, or (for a practitioner) one entered with someone else in the
//! circle; `GET/POST .../perspectives/{p}/compartments/{c}` fills it in one
//! compartment per screen, in any order, saved as you go. A save names the
//! version it was made from: if someone saved meanwhile, nothing is
//! overwritten and the person sees both versions, theirs kept in the form
//! (`moves_core::check::perspective`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::answers::{
    AnswersPage, Sent, attach_errors, compartment_links, move_fields, saved_lines,
};
use crate::routes::circles::checks::{check_path, checks_path, shipped};
use crate::routes::circles::sent_version;
use crate::routes::circles::sharing::byline_text;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::perspective::{
    AnswersError, PerspectiveScreen, perspective_form, save_answers, start_perspective,
};
use moves_core::check::{AnswerError, Check};
use moves_core::ids::{CheckId, CircleId, PerspectiveId};
use serde::Deserialize;

pub fn perspective_path(check: &Check, p: PerspectiveId) -> String {
    format!("{}/perspectives/{p}", check_path(check))
}

pub fn compartment_path(check: &Check, p: PerspectiveId, compartment: &str) -> String {
    format!("{}/compartments/{compartment}", perspective_path(check, p))
}

/// Where a short check's moves are picked.
pub fn choose_path(check: &Check, p: PerspectiveId) -> String {
    format!("{}/choose", perspective_path(check, p))
}

/// The same paths from ids alone, for a redirect.
fn perspective_path_of(circle: CircleId, check: CheckId, p: PerspectiveId) -> String {
    format!("{}/{check}/perspectives/{p}", checks_path(circle))
}

pub fn compartment_path_of(
    circle: CircleId,
    check: CheckId,
    p: PerspectiveId,
    compartment: &str,
) -> String {
    format!(
        "{}/compartments/{compartment}",
        perspective_path_of(circle, check, p)
    )
}

#[derive(Deserialize, Default)]
pub struct StartForm {
    /// The circle member whose view it is, when entered with someone.
    #[serde(default)]
    with: String,
    /// Sent (by its button, with no value) to pick the moves that matter
    /// now first: a short check.
    #[serde(default)]
    short: Option<String>,
}

pub async fn start(
    State(state): State<AppState>,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, AppError> {
    let (circle, check) = (ids.circle()?, ids.id("check")?);
    let started = start_perspective(
        &state.ctx,
        &worker.actor,
        shipped()?,
        (circle, check),
        &form.with,
    )
    .await?;
    if form.short.is_some() {
        let choose = perspective_path_of(circle, check, started.perspective) + "/choose";
        return Ok(Redirect::to(&choose).into_response());
    }
    Ok(Redirect::to(&compartment_path_of(
        circle,
        check,
        started.perspective,
        &started.compartment,
    ))
    .into_response())
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    (s, compartment): (&PerspectiveScreen, &str),
    sent: Option<&Sent>,
    errors: &[AnswerError],
    conflict: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let saved = s.perspective.answers_in(compartment);
    let mut moves = move_fields(&tr, &s.framework, compartment, &saved, sent);
    let errors = attach_errors(&tr, &s.framework, &mut moves, errors);
    let found = s.framework.framework.compartment_by_id(compartment);
    let title = found.map(|c| c.label.text.clone()).unwrap_or_default();
    let lang = found.map(|c| c.label.lang.clone()).unwrap_or_default();
    let intro = if s.me.id == s.perspective.byline.author {
        tr.t("checks-perspective-intro-own")
    } else {
        tr.t("checks-perspective-intro-with")
    };
    let (check, pid) = (&s.check, s.perspective.id);
    let page = AnswersPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: compartment_path(check, pid, compartment),
        back: check_path(check),
        version: s.perspective.version,
        lang,
        intro,
        byline: Some(byline_text(&tr, &s.perspective.byline, &s.open.members)),
        moves,
        compartments: compartment_links(&s.framework, compartment, |c| {
            compartment_path(check, pid, c)
        }),
        errors,
        conflict: conflict.then(|| saved_lines(&tr, &s.framework, &saved)),
        submit: tr.t("checks-save-and-go-on"),
        short: s.perspective.chosen.as_ref().map(|chosen| {
            (
                tr.t_count("checks-short-picked", chosen.len(), &[]),
                choose_path(check, pid),
            )
        }),
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

fn path_ids(ids: &PathIds) -> Result<(CircleId, CheckId, PerspectiveId), AppError> {
    Ok((ids.circle()?, ids.id("check")?, ids.id("perspective")?))
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let compartment: String = ids.id("compartment")?;
    let (screen, compartment) = perspective_form(
        &state.ctx,
        &worker.actor,
        shipped()?,
        path_ids(&ids)?,
        &compartment,
    )
    .await?;
    render(
        tr,
        &viewer,
        (&screen, &compartment),
        None,
        &[],
        false,
        StatusCode::OK,
    )
}

pub async fn save(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let compartment: String = ids.id("compartment")?;
    let (circle, check, p) = path_ids(&ids)?;
    let sent = Sent::read(&pairs);
    match save_answers(
        &state.ctx,
        &worker.actor,
        shipped()?,
        (circle, check, p),
        &compartment,
        sent_version(&sent.version),
        &sent.answers(),
    )
    .await
    {
        Ok(Some(next)) => {
            Ok(Redirect::to(&compartment_path_of(circle, check, p, &next)).into_response())
        }
        Ok(None) => Ok(Redirect::to(&format!(
            "{}/{check}/perspectives/{p}/share",
            checks_path(circle)
        ))
        .into_response()),
        Err(AnswersError::Refused(screen, compartment, errors)) => render(
            tr,
            &viewer,
            (&screen, &compartment),
            Some(&sent),
            &errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(AnswersError::Stale(screen, compartment)) => render(
            tr,
            &viewer,
            (&screen, &compartment),
            Some(&sent),
            &[],
            true,
            StatusCode::CONFLICT,
        ),
        Err(AnswersError::Core(e)) => Err(e.into()),
    }
}

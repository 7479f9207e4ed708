//! `GET/POST /circles/{id}/checks/{check}/agreed/{compartment}`: the version
//! agreed together, recorded move by move beside what each shared
//! perspective the viewer may see said. It is kept on the check, apart from
//! every perspective, saved against the version it was made from, and each
//! change is kept in the check's history with who made it and when
//! (`moves_core::check::agreed`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::answers::{
    AnswersPage, Sent, attach_errors, compartment_links, move_fields, saved_lines,
};
use crate::routes::circles::checks::{check_path, shipped, status_label, status_symbol};
use crate::routes::circles::sent_version;
use crate::routes::circles::sharing::byline_text;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::agreed::{AgreedScreen, SaveError, agreed_form, save_agreed};
use moves_core::check::{AnswerError, Check};

pub fn agreed_path(check: &Check, compartment: &str) -> String {
    format!("{}/agreed/{compartment}", check_path(check))
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    s: &AgreedScreen,
    sent: Option<&Sent>,
    errors: &[AnswerError],
    conflict: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let v = &s.views;
    let saved = v.check.agreed_in(&s.compartment);
    let mut moves = move_fields(&tr, &v.framework, &s.compartment, &saved, sent);
    for m in &mut moves {
        m.others = v
            .shared
            .iter()
            .filter_map(|p| {
                let a = p.answer(&m.move_id)?;
                let who = byline_text(&tr, &p.byline, &v.open.members);
                Some(format!(
                    "{who}: {} {}",
                    status_symbol(&tr, a.status),
                    status_label(&tr, a.status)
                ))
            })
            .collect();
    }
    let errors = attach_errors(&tr, &v.framework, &mut moves, errors);
    let compartment = v.framework.framework.compartment_by_id(&s.compartment);
    let title = compartment
        .map(|c| c.label.text.clone())
        .unwrap_or_default();
    let lang = compartment
        .map(|c| c.label.lang.clone())
        .unwrap_or_default();
    let check = &v.check;
    let page = AnswersPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: agreed_path(check, &s.compartment),
        back: check_path(check),
        version: check.version,
        lang,
        intro: tr.t("checks-agreed-intro"),
        byline: None,
        moves,
        compartments: compartment_links(&v.framework, &s.compartment, |c| agreed_path(check, c)),
        errors,
        conflict: conflict.then(|| saved_lines(&tr, &v.framework, &saved)),
        submit: tr.t("checks-save-agreed"),
        short: None,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let compartment: String = ids.id("compartment")?;
    let screen = agreed_form(
        &state.ctx,
        &worker.actor,
        shipped()?,
        ids.circle()?,
        ids.id("check")?,
        &compartment,
    )
    .await?;
    render(tr, &viewer, &screen, None, &[], false, StatusCode::OK)
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
    let (circle, check) = (ids.circle()?, ids.id("check")?);
    let sent = Sent::read(&pairs);
    match save_agreed(
        &state.ctx,
        &worker.actor,
        shipped()?,
        (circle, check),
        &compartment,
        sent_version(&sent.version),
        &sent.answers(),
    )
    .await
    {
        Ok(next) => {
            let checks = crate::routes::circles::checks::checks_path(circle);
            let to = match next {
                Some(c) => format!("{checks}/{check}/agreed/{c}"),
                None => format!("{checks}/{check}?done=agreed"),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(SaveError::Refused(screen, errors)) => render(
            tr,
            &viewer,
            &screen,
            Some(&sent),
            &errors,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(SaveError::Stale(screen)) => render(
            tr,
            &viewer,
            &screen,
            Some(&sent),
            &[],
            true,
            StatusCode::CONFLICT,
        ),
        Err(SaveError::Core(e)) => Err(e.into()),
    }
}

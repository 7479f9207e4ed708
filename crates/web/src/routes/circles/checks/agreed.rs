//! `GET/POST /circles/{id}/checks/{check}/agreed/{compartment}`: the version
//! agreed together, recorded move by move beside what each shared
//! perspective the viewer may see said. It is kept on the check, apart from
//! every perspective, and saved against the version it was made from.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::answers::{
    AnswersPage, Sent, attach_errors, compartment_links, known_compartment, move_fields,
    next_compartment, saved_lines,
};
use crate::routes::circles::checks::{
    check_change, check_path, open_check, open_check_to_change, status_label, status_symbol,
    wording,
};
use crate::routes::circles::sharing::byline_text;
use crate::routes::circles::{sent_version, worker};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::{
    AnswerError, Check, CompartmentSave, Perspective, perspectives_seen_by, read_answers,
    same_answers,
};
use moves_core::circle::OpenCircle;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_store::VersionedWrite;

pub fn agreed_path(check: &Check, compartment: &str) -> String {
    format!("{}/agreed/{compartment}", check_path(check))
}

struct Screen<'a> {
    open: &'a OpenCircle,
    check: &'a Check,
    framework: &'a AdaptedFramework,
    shared: Vec<&'a Perspective>,
    compartment: &'a str,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    s: &Screen<'_>,
    sent: Option<&Sent>,
    errors: &[AnswerError],
    conflict: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let saved = s.check.agreed_in(s.compartment);
    let mut moves = move_fields(&tr, s.framework, s.compartment, &saved, sent);
    for m in &mut moves {
        m.others = s
            .shared
            .iter()
            .filter_map(|p| {
                let a = p.answer(&m.move_id)?;
                let who = byline_text(&tr, &p.byline, &s.open.members);
                Some(format!(
                    "{who}: {} {}",
                    status_symbol(&tr, a.status),
                    status_label(&tr, a.status)
                ))
            })
            .collect();
    }
    let errors = attach_errors(&tr, s.framework, &mut moves, errors);
    let compartment = s.framework.framework.compartment_by_id(s.compartment);
    let title = compartment
        .map(|c| c.label.text.clone())
        .unwrap_or_default();
    let lang = compartment
        .map(|c| c.label.lang.clone())
        .unwrap_or_default();
    let check = s.check;
    let page = AnswersPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: agreed_path(check, s.compartment),
        back: check_path(check),
        version: check.version,
        lang,
        intro: tr.t("checks-agreed-intro"),
        byline: None,
        moves,
        compartments: compartment_links(s.framework, s.compartment, |c| agreed_path(check, c)),
        errors,
        conflict: conflict.then(|| saved_lines(&tr, s.framework, &saved)),
        submit: tr.t("checks-save-agreed"),
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

/// Only members of the circle record what they agreed.
fn member_only(open: &OpenCircle) -> Result<(), AppError> {
    match open.access.member() {
        Some(m) if m.user_id.is_some() => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, compartment)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (open, check) = open_check(&state, &viewer, &id, &check, "check_agreed").await?;
    member_only(&open)?;
    let framework = wording(&state, &open, &check).await?;
    let compartment = known_compartment(&framework, &compartment)?;
    let all = state
        .store
        .perspectives_of_check(open.circle.org_id, check.id)
        .await?;
    let shared = perspectives_seen_by(&open.access, &all)
        .into_iter()
        .filter(|p| !p.is_draft())
        .collect();
    let screen = Screen {
        open: &open,
        check: &check,
        framework: &framework,
        shared,
        compartment: &compartment,
    };
    render(tr, &viewer, &screen, None, &[], false, StatusCode::OK)
}

pub async fn save(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, compartment)): Path<(String, String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let (open, check) = open_check_to_change(&state, &viewer, &id, &check, "check_agreed").await?;
    member_only(&open)?;
    let framework = wording(&state, &open, &check).await?;
    let compartment = known_compartment(&framework, &compartment)?;
    let all = state.store.perspectives_of_check(org, check.id).await?;
    let shared = perspectives_seen_by(&open.access, &all)
        .into_iter()
        .filter(|p| !p.is_draft())
        .collect();
    let screen = Screen {
        open: &open,
        check: &check,
        framework: &framework,
        shared,
        compartment: &compartment,
    };
    let sent = Sent::read(&pairs);
    let answers = match read_answers(&framework, &compartment, &sent.answers()) {
        Ok(a) => a,
        Err(errors) => {
            return render(
                tr,
                &viewer,
                &screen,
                Some(&sent),
                &errors,
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let next = match next_compartment(&framework, &compartment) {
        Some(c) => agreed_path(&check, &c),
        None => format!("{}?done=agreed", check_path(&check)),
    };
    let audit = check_change(
        &state,
        org,
        user,
        check.id,
        &format!("agreed:{compartment}"),
    );
    let save = CompartmentSave {
        version: sent_version(&sent.version),
        compartment: &compartment,
        answers: &answers,
        at: state.clock.now(),
    };
    match state
        .store
        .save_agreed_answers(org, check.id, &save, &audit)
        .await?
    {
        VersionedWrite::Done => Ok(Redirect::to(&next).into_response()),
        VersionedWrite::Stale if same_answers(&check.agreed_in(&compartment), &answers) => {
            Ok(Redirect::to(&next).into_response())
        }
        VersionedWrite::Stale => render(
            tr,
            &viewer,
            &screen,
            Some(&sent),
            &[],
            true,
            StatusCode::CONFLICT,
        ),
        VersionedWrite::NotFound => Err(AppError::NotFound),
    }
}

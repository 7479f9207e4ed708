//! A perspective: `POST /circles/{id}/checks/{check}/perspectives` starts the
//! viewer's own, or (for a practitioner) one entered with someone else in the
//! circle; `GET/POST .../perspectives/{p}/compartments/{c}` fills it in one
//! compartment per screen, in any order, saved as you go. A save names the
//! version it was made from: if someone saved meanwhile, nothing is
//! overwritten and the person sees both versions, theirs kept in the form.

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
    check_change, check_path, open_check, open_check_to_change, wording,
};
use crate::routes::circles::sharing::byline_text;
use crate::routes::circles::{sent_version, worker};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::{Check, CompartmentSave, Perspective, read_answers, same_answers};
use moves_core::circle::{Byline, CircleMember, OpenCircle};
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::ids::{CircleMemberId, PerspectiveId};
use moves_store::{StoreError, VersionedWrite};
use serde::Deserialize;

pub fn perspective_path(check: &Check, p: PerspectiveId) -> String {
    format!("{}/perspectives/{p}", check_path(check))
}

pub fn compartment_path(check: &Check, p: PerspectiveId, compartment: &str) -> String {
    format!("{}/compartments/{compartment}", perspective_path(check, p))
}

/// The first compartment of the check's framework, to start filling in.
pub fn first_compartment(framework: &AdaptedFramework) -> String {
    let mut cs: Vec<_> = framework.framework.compartments.iter().collect();
    cs.sort_by_key(|c| c.order);
    cs.first().map(|c| c.id.to_string()).unwrap_or_default()
}

#[derive(Deserialize, Default)]
pub struct StartForm {
    #[serde(default)]
    perspective: String,
    /// The circle member whose view it is, when entered with someone.
    #[serde(default)]
    with: String,
}

pub async fn start(
    State(state): State<AppState>,
    Path((id, check)): Path<(String, String)>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let (open, check) = open_check_to_change(&state, &viewer, &id, &check, "check").await?;
    let me = open.access.member().ok_or(AppError::Forbidden)?.clone();
    if me.user_id.is_none() {
        return Err(AppError::Forbidden);
    }
    let author: CircleMember = match form.with.trim() {
        "" => me.clone(),
        other => {
            let id: CircleMemberId = other.parse().map_err(|_| AppError::BadForm)?;
            open.members
                .iter()
                .find(|m| m.id == id)
                .cloned()
                .ok_or(AppError::BadForm)?
        }
    };
    let byline = Byline::with(&me, &author).map_err(|_| AppError::Forbidden)?;
    let framework = wording(&state, &open, &check).await?;
    let first = first_compartment(&framework);
    let existing = state.store.perspectives_of_check(org, check.id).await?;
    // Theirs already exists (or this form was sent before): go on with it,
    // if the viewer may; nobody gets a second perspective in one check.
    if let Some(p) = existing.iter().find(|p| p.byline.author == author.id) {
        if p.may_edit(&me) {
            return Ok(Redirect::to(&compartment_path(&check, p.id, &first)).into_response());
        }
        return Err(AppError::Forbidden);
    }
    let pid: PerspectiveId = form
        .perspective
        .trim()
        .parse()
        .map_err(|_| AppError::BadForm)?;
    let p = Perspective::start(pid, &check, byline, state.clock.now());
    let audit = check_change(
        &state,
        org,
        user,
        check.id,
        &format!("perspective_started:{pid}"),
    );
    match state.store.create_perspective(&p, &audit).await {
        Ok(()) => {}
        // Sent twice at once: the first one is the one to go on with.
        Err(StoreError::Conflict(_)) => {
            let now = state.store.perspectives_of_check(org, check.id).await?;
            if let Some(p) = now
                .iter()
                .find(|p| p.byline.author == author.id && p.may_edit(&me))
            {
                return Ok(Redirect::to(&compartment_path(&check, p.id, &first)).into_response());
            }
            return Err(AppError::Forbidden);
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&compartment_path(&check, pid, &first)).into_response())
}

/// The perspective in the path, if the viewer may change it; 404 if they do
/// not see it at all (or it is of another check).
pub async fn editable(
    state: &AppState,
    open: &OpenCircle,
    check: &Check,
    raw: &str,
) -> Result<(Perspective, CircleMember), AppError> {
    let pid: PerspectiveId = raw.parse().map_err(|_| AppError::NotFound)?;
    let p = state
        .store
        .perspectives_of_check(open.circle.org_id, check.id)
        .await?
        .into_iter()
        .find(|p| p.id == pid)
        .filter(|p| open.access.sees(p.audience, &p.byline))
        .ok_or(AppError::NotFound)?;
    let me = open.access.member().ok_or(AppError::Forbidden)?;
    if !p.may_edit(me) {
        return Err(AppError::Forbidden);
    }
    Ok((p, me.clone()))
}

struct Screen<'a> {
    open: &'a OpenCircle,
    check: &'a Check,
    framework: &'a AdaptedFramework,
    perspective: &'a Perspective,
    compartment: &'a str,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    s: &Screen<'_>,
    sent: Option<&Sent>,
    errors: &[moves_core::check::AnswerError],
    conflict: bool,
    status: StatusCode,
) -> Result<Response, AppError> {
    let saved = s.perspective.answers_in(s.compartment);
    let mut moves = move_fields(&tr, s.framework, s.compartment, &saved, sent);
    let errors = attach_errors(&tr, s.framework, &mut moves, errors);
    let compartment = s.framework.framework.compartment_by_id(s.compartment);
    let title = compartment
        .map(|c| c.label.text.clone())
        .unwrap_or_default();
    let lang = compartment
        .map(|c| c.label.lang.clone())
        .unwrap_or_default();
    let mine = s
        .open
        .access
        .member()
        .is_some_and(|m| m.id == s.perspective.byline.author);
    let intro = if mine {
        tr.t("checks-perspective-intro-own")
    } else {
        tr.t("checks-perspective-intro-with")
    };
    let (check, pid) = (s.check, s.perspective.id);
    let page = AnswersPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: compartment_path(check, pid, s.compartment),
        back: check_path(check),
        version: s.perspective.version,
        lang,
        intro,
        byline: Some(byline_text(&tr, &s.perspective.byline, &s.open.members)),
        moves,
        compartments: compartment_links(s.framework, s.compartment, |c| {
            compartment_path(check, pid, c)
        }),
        errors,
        conflict: conflict.then(|| saved_lines(&tr, s.framework, &saved)),
        submit: tr.t("checks-save-and-go-on"),
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, p, compartment)): Path<(String, String, String, String)>,
) -> Result<Response, AppError> {
    let (open, check) = open_check(&state, &viewer, &id, &check, "check_perspective").await?;
    let (perspective, _) = editable(&state, &open, &check, &p).await?;
    let framework = wording(&state, &open, &check).await?;
    let compartment = known_compartment(&framework, &compartment)?;
    let screen = Screen {
        open: &open,
        check: &check,
        framework: &framework,
        perspective: &perspective,
        compartment: &compartment,
    };
    render(tr, &viewer, &screen, None, &[], false, StatusCode::OK)
}

pub async fn save(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, p, compartment)): Path<(String, String, String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let (open, check) =
        open_check_to_change(&state, &viewer, &id, &check, "check_perspective").await?;
    let (perspective, _) = editable(&state, &open, &check, &p).await?;
    let framework = wording(&state, &open, &check).await?;
    let compartment = known_compartment(&framework, &compartment)?;
    let sent = Sent::read(&pairs);
    let screen = Screen {
        open: &open,
        check: &check,
        framework: &framework,
        perspective: &perspective,
        compartment: &compartment,
    };
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
    let version = sent_version(&sent.version);
    let next = match next_compartment(&framework, &compartment) {
        Some(c) => compartment_path(&check, perspective.id, &c),
        None => format!("{}/share", perspective_path(&check, perspective.id)),
    };
    let audit = check_change(
        &state,
        org,
        user,
        check.id,
        &format!("answers:{}:{compartment}", perspective.id),
    );
    let save = CompartmentSave {
        version,
        compartment: &compartment,
        answers: &answers,
        at: state.clock.now(),
    };
    match state
        .store
        .save_perspective_answers(org, perspective.id, &save, &audit)
        .await?
    {
        VersionedWrite::Done => Ok(Redirect::to(&next).into_response()),
        // The same answers are saved already (the form sent twice): done.
        VersionedWrite::Stale if same_answers(&perspective.answers_in(&compartment), &answers) => {
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

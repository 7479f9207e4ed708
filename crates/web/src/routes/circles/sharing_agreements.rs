//! `GET/POST /circles/{id}/sharing` and `POST /circles/{id}/sharing/{agreement}/end`:
//! what the person who decides about sharing agreed may be shared, with whom
//! and when. Everyone who opens the circle reads them, ended ones too (kept as
//! history); the person who decides, or a practitioner in the circle with
//! them, records and ends them (`moves_core::circle::agreement`). Closed
//! circles are read-only.
//!
//! The record form carries a one-use key, not an id (the server makes the
//! agreement's id, so the form sent twice records once), and the decider it
//! was shown for: if who decides changed meanwhile, nothing is recorded and
//! the person is told, with what they typed kept. Ending an agreement someone
//! else ended meanwhile says who did and when; an agreement of another
//! circle is not found, like an unknown one.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::members::FieldError;
use crate::routes::circles::notes::date_text;
use crate::routes::circles::overview::decider_text;
use crate::routes::circles::{circle_path, text_error};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::Timestamp;
use moves_core::circle::agreement::{AgreementError, SharingAgreement, decider, may_record};
use moves_core::circle::agreements::{
    self, AgreementDraft, AgreementProblem, AgreementWriteError, Ended, Recorded, SharingView,
};
use moves_core::circle::{CircleMember, JournalDate};
use moves_core::ids::{AgreementId, CircleId, CircleMemberId};
use serde::Deserialize;

pub fn sharing_path(circle: CircleId) -> String {
    format!("{}/sharing", circle_path(circle))
}

#[derive(Deserialize, Default)]
pub struct AgreementForm {
    /// The form's one-use key.
    #[serde(default)]
    key: String,
    /// The member who decided when the form was shown.
    #[serde(default)]
    decider: String,
    #[serde(default)]
    with_whom: String,
    #[serde(default)]
    what: String,
}

/// One agreement as the page shows it.
pub struct AgreementLine {
    pub id: String,
    /// "Pat agreed that Maya's school can be told about:"
    pub sentence: String,
    pub what: String,
    /// "Recorded by Sam with Pat on 3 March 2026."
    pub recorded: String,
    /// "Ended by Pat on 9 March 2026.", for history.
    pub ended: Option<String>,
}

#[derive(Template)]
#[template(path = "circles/sharing.html")]
struct SharingPage {
    layout: Layout,
    csrf: String,
    id: String,
    focus_name: String,
    decider: String,
    in_force: Vec<AgreementLine>,
    ended: Vec<AgreementLine>,
    /// The record and end forms are offered.
    may_record: bool,
    closed: bool,
    no_decider: bool,
    /// The decider's member id and name, for the form.
    decider_id: String,
    /// Who reads an agreement once recorded: everyone in the circle.
    who_sees: String,
    /// "You are recording this with Pat", for a practitioner.
    with_note: Option<String>,
    key: String,
    form: AgreementForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

impl SharingPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

fn name_of(members: &[CircleMember], id: CircleMemberId) -> String {
    members
        .iter()
        .find(|m| m.id == id)
        .map(|m| m.display_name.clone())
        .unwrap_or_default()
}

fn on_day(tr: &Tr, at: Timestamp) -> String {
    date_text(tr, JournalDate::today(at))
}

/// The words for one agreement, from the people it names.
pub fn agreement_line(tr: &Tr, a: &SharingAgreement, members: &[CircleMember]) -> AgreementLine {
    let decided = name_of(members, a.decided_by);
    let recorded = if a.recorded_by == a.decided_by {
        tr.t_args(
            "sharing-recorded-by",
            &[
                ("name", decided.clone()),
                ("date", on_day(tr, a.recorded_at)),
            ],
        )
    } else {
        tr.t_args(
            "sharing-recorded-with",
            &[
                ("name", name_of(members, a.recorded_by)),
                ("decider", decided.clone()),
                ("date", on_day(tr, a.recorded_at)),
            ],
        )
    };
    AgreementLine {
        id: a.id.to_string(),
        sentence: tr.t_args(
            "sharing-agreed-sentence",
            &[("decider", decided), ("with_whom", a.with_whom.clone())],
        ),
        what: a.what.clone(),
        recorded,
        ended: a.ended.map(|(by, at)| {
            tr.t_args(
                "sharing-ended-by",
                &[("name", name_of(members, by)), ("date", on_day(tr, at))],
            )
        }),
    }
}

/// The circle's agreements: those in force, then the ended ones.
fn lines(tr: &Tr, view: &SharingView) -> (Vec<AgreementLine>, Vec<AgreementLine>) {
    let (ended, in_force): (Vec<_>, Vec<_>) =
        view.agreements.iter().partition(|a| a.ended.is_some());
    let show = |list: Vec<&SharingAgreement>| {
        list.into_iter()
            .map(|a| agreement_line(tr, a, &view.open.members))
            .collect()
    };
    (show(in_force), show(ended))
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    view: &SharingView,
    form: AgreementForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let open = &view.open;
    let (in_force, ended) = lines(&tr, view);
    let decides = decider(open);
    let me = open.access.member();
    let with_note = match (me, decides) {
        (Some(me), Some(d)) if me.id != d.id => {
            Some(tr.t_args("sharing-form-with", &[("name", d.display_name.clone())]))
        }
        _ => None,
    };
    let title = tr.t_args("sharing-title", &[("name", open.circle.focus_name.clone())]);
    let page = SharingPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        decider: decider_text(&tr, open),
        in_force,
        ended,
        may_record: may_record(open),
        closed: !open.circle.is_open(),
        no_decider: decides.is_none(),
        decider_id: decides.map(|d| d.id.to_string()).unwrap_or_default(),
        who_sees: tr.t_args(
            "sharing-form-who-sees",
            &[(
                "name",
                decides.map(|d| d.display_name.clone()).unwrap_or_default(),
            )],
        ),
        with_note,
        key: view
            .key
            .as_ref()
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        form,
        errors,
        notice,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let view = agreements::read(&state.ctx, &worker.actor, ids.circle()?).await?;
    let notice = match q.done.as_deref() {
        Some("recorded") => Some(tr.t("sharing-done-recorded")),
        Some("already") => Some(tr.t("sharing-done-already")),
        Some("ended") => Some(tr.t("sharing-done-ended")),
        Some("decider") => Some(tr.t("sharing-done-decider")),
        _ => None,
    };
    render(
        tr,
        &viewer,
        &view,
        AgreementForm::default(),
        Vec::new(),
        notice,
        StatusCode::OK,
    )
}

/// The message for each problem, with its field, and the status the page
/// is answered with: a conflict with the circle as it is now (closed, no
/// decider, the decider changed, ended meanwhile) or what was typed.
fn problems_shown(
    tr: &Tr,
    view: &SharingView,
    problems: &[AgreementProblem],
) -> (Vec<FieldError>, StatusCode) {
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let errors = problems
        .iter()
        .map(|p| {
            let (field, message) = match p {
                AgreementProblem::Agreement(AgreementError::WithWhom(e)) => {
                    ("with_whom", text_error(tr, "sharing-with-whom", e))
                }
                AgreementProblem::Agreement(AgreementError::What(e)) => {
                    ("what", text_error(tr, "sharing-what", e))
                }
                AgreementProblem::FormExpired
                | AgreementProblem::Agreement(AgreementError::NotAllowed) => {
                    ("with_whom", tr.t("sharing-form-expired"))
                }
                AgreementProblem::Agreement(AgreementError::CircleClosed) => {
                    status = StatusCode::CONFLICT;
                    ("with_whom", tr.t("sharing-closed"))
                }
                AgreementProblem::Agreement(AgreementError::NoDecider) => {
                    status = StatusCode::CONFLICT;
                    ("with_whom", tr.t("sharing-no-decider"))
                }
                AgreementProblem::DeciderChanged => {
                    status = StatusCode::CONFLICT;
                    let name = decider(&view.open)
                        .map(|d| d.display_name.clone())
                        .unwrap_or_default();
                    (
                        "with_whom",
                        tr.t_args("sharing-decider-changed", &[("name", name)]),
                    )
                }
                AgreementProblem::EndedMeanwhile { by, at } => {
                    status = StatusCode::CONFLICT;
                    (
                        "with_whom",
                        tr.t_args(
                            "sharing-ended-meanwhile",
                            &[
                                ("name", name_of(&view.open.members, *by)),
                                ("date", on_day(tr, *at)),
                            ],
                        ),
                    )
                }
            };
            FieldError { field, message }
        })
        .collect();
    (errors, status)
}

pub async fn record(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<AgreementForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let draft = AgreementDraft {
        decider_seen: &form.decider,
        with_whom: &form.with_whom,
        what: &form.what,
    };
    let path = sharing_path(circle);
    match agreements::record(&state.ctx, &worker.actor, circle, &form.key, draft).await {
        Ok(Recorded::New(_)) => Ok(Redirect::to(&format!("{path}?done=recorded")).into_response()),
        Ok(Recorded::Again(_)) => Ok(Redirect::to(&format!("{path}?done=already")).into_response()),
        Err(AgreementWriteError::Refused(refused)) => {
            let (errors, status) = problems_shown(&tr, &refused.view, &refused.problems);
            render(tr, &viewer, &refused.view, form, errors, None, status)
        }
        Err(AgreementWriteError::Core(e)) => Err(e.into()),
    }
}

pub async fn end(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(_form): CsrfForm<AgreementForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let agreement: AgreementId = ids.id("agreement")?;
    match agreements::end(&state.ctx, &worker.actor, circle, agreement).await {
        Ok(Ended::Now | Ended::Already) => {
            Ok(Redirect::to(&format!("{}?done=ended", sharing_path(circle))).into_response())
        }
        Err(AgreementWriteError::Refused(refused)) => {
            let (errors, status) = problems_shown(&tr, &refused.view, &refused.problems);
            let form = AgreementForm::default();
            render(tr, &viewer, &refused.view, form, errors, None, status)
        }
        Err(AgreementWriteError::Core(e)) => Err(e.into()),
    }
}

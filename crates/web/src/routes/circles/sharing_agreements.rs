//! `GET/POST /circles/{id}/sharing` and `POST /circles/{id}/sharing/{agreement}/end`:
//! what the person who decides about sharing agreed may be shared, with whom
//! and when. Everyone who opens the circle reads them, ended ones too (kept as
//! history); the person who decides, or a practitioner in the circle with
//! them, records and ends them (`moves_core::circle::agreement`). Closed
//! circles are read-only.
//!
//! The record form carries the agreement's id (sent twice, recorded once) and
//! the decider it was shown for: if who decides changed meanwhile, nothing is
//! recorded and the person is told, with what they typed kept. Ending an
//! agreement someone else ended meanwhile says who did and when.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::members::FieldError;
use crate::routes::circles::notes::date_text;
use crate::routes::circles::overview::decider_text;
use crate::routes::circles::{circle_path, open, text_error};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::Timestamp;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::agreement::{AgreementError, SharingAgreement, decider, may_record};
use moves_core::circle::{CircleMember, JournalDate, OpenCircle};
use moves_core::ids::{AgreementId, CircleId, CircleMemberId};
use moves_store::AuditEntry;
use serde::Deserialize;

pub fn sharing_path(circle: CircleId) -> String {
    format!("{}/sharing", circle_path(circle))
}

#[derive(Deserialize, Default)]
pub struct AgreementForm {
    /// The id the agreement will have.
    #[serde(default)]
    agreement: String,
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
    new_id: String,
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
async fn lines(
    state: &AppState,
    tr: &Tr,
    open: &OpenCircle,
) -> Result<(Vec<AgreementLine>, Vec<AgreementLine>), AppError> {
    let all = state
        .store
        .agreements_of_circle(open.circle.org_id, open.circle.id)
        .await?;
    let (ended, in_force): (Vec<_>, Vec<_>) = all.iter().partition(|a| a.ended.is_some());
    let show = |list: Vec<&SharingAgreement>| {
        list.into_iter()
            .map(|a| agreement_line(tr, a, &open.members))
            .collect()
    };
    Ok((show(in_force), show(ended)))
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    form: AgreementForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (in_force, ended) = lines(state, &tr, open).await?;
    let decides = decider(open);
    let me = open.access.member();
    let with_note = match (me, decides) {
        (Some(me), Some(d)) if me.id != d.id => {
            Some(tr.t_args("sharing-form-with", &[("name", d.display_name.clone())]))
        }
        _ => None,
    };
    let new_id = match form.agreement.trim().parse::<AgreementId>() {
        Ok(id) => id.to_string(),
        Err(_) => AgreementId::new().to_string(),
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
        new_id,
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
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "sharing").await?;
    let notice = match q.done.as_deref() {
        Some("recorded") => Some(tr.t("sharing-done-recorded")),
        Some("already") => Some(tr.t("sharing-done-already")),
        Some("ended") => Some(tr.t("sharing-done-ended")),
        Some("decider") => Some(tr.t("sharing-done-decider")),
        _ => None,
    };
    render(
        &state,
        tr,
        &viewer,
        &open,
        AgreementForm::default(),
        Vec::new(),
        notice,
        StatusCode::OK,
    )
    .await
}

/// A sharing change, for the audit log (ids only).
fn sharing_changed(
    state: &AppState,
    viewer: &Viewer,
    open: &OpenCircle,
    detail: &str,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(open.circle.org_id),
        state.clock.now(),
        viewer.actor.user,
        AuditAction::SharingChanged,
    )
    .subject(open.circle.id.to_string())
    .detail(detail)
}

/// Who may not record or end, told why: team managers and other members
/// get 403; a closed circle or one without its decider, 409 with the reason.
fn refusal(tr: &Tr, e: &AgreementError) -> Result<(StatusCode, FieldError), AppError> {
    let message = match e {
        AgreementError::NotAllowed => return Err(AppError::Forbidden),
        AgreementError::CircleClosed => tr.t("sharing-closed"),
        AgreementError::NoDecider => tr.t("sharing-no-decider"),
        AgreementError::What(_) | AgreementError::WithWhom(_) => tr.t("sharing-form-expired"),
    };
    Ok((
        StatusCode::CONFLICT,
        FieldError {
            field: "with_whom",
            message,
        },
    ))
}

pub async fn record(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AgreementForm>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "sharing").await?;
    if let Err(e) = SharingAgreement::ender(&open) {
        let (status, error) = refusal(&tr, &e)?;
        return render(&state, tr, &viewer, &open, form, vec![error], None, status).await;
    }
    let Ok(agreement_id) = form.agreement.trim().parse::<AgreementId>() else {
        let errors = vec![FieldError {
            field: "with_whom",
            message: tr.t("sharing-form-expired"),
        }];
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render(&state, tr, &viewer, &open, form, errors, None, status).await;
    };
    // Who decides changed since the form was shown: the agreement would be
    // recorded as someone else's decision. Told, with the text kept.
    let now_deciding = decider(&open).map(|d| d.id.to_string()).unwrap_or_default();
    if form.decider.trim() != now_deciding {
        let errors = vec![FieldError {
            field: "with_whom",
            message: tr.t_args(
                "sharing-decider-changed",
                &[(
                    "name",
                    decider(&open)
                        .map(|d| d.display_name.clone())
                        .unwrap_or_default(),
                )],
            ),
        }];
        let status = StatusCode::CONFLICT;
        return render(&state, tr, &viewer, &open, form, errors, None, status).await;
    }
    let now = state.clock.now();
    let agreement =
        match SharingAgreement::record(&open, agreement_id, &form.what, &form.with_whom, now) {
            Ok(a) => a,
            Err(problems) => {
                let mut errors = Vec::new();
                for p in &problems {
                    match p {
                        AgreementError::WithWhom(e) => errors.push(FieldError {
                            field: "with_whom",
                            message: text_error(&tr, "sharing-with-whom", e),
                        }),
                        AgreementError::What(e) => errors.push(FieldError {
                            field: "what",
                            message: text_error(&tr, "sharing-what", e),
                        }),
                        other => {
                            let (status, error) = refusal(&tr, other)?;
                            return render(
                                &state,
                                tr,
                                &viewer,
                                &open,
                                form,
                                vec![error],
                                None,
                                status,
                            )
                            .await;
                        }
                    }
                }
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                return render(&state, tr, &viewer, &open, form, errors, None, status).await;
            }
        };
    let audit = sharing_changed(&state, &viewer, &open, &format!("agreed:{}", agreement.id));
    let path = sharing_path(open.circle.id);
    if state.store.record_agreement(&agreement, &audit).await? {
        return Ok(Redirect::to(&format!("{path}?done=recorded")).into_response());
    }
    // Sent before: recorded once, here. An id of another circle is a form
    // that cannot be trusted: a fresh one, and the text kept.
    let here = state
        .store
        .agreements_of_circle(open.circle.org_id, open.circle.id)
        .await?
        .iter()
        .any(|a| a.id == agreement.id);
    if here {
        return Ok(Redirect::to(&format!("{path}?done=already")).into_response());
    }
    let errors = vec![FieldError {
        field: "with_whom",
        message: tr.t("sharing-form-expired"),
    }];
    let form = AgreementForm {
        agreement: String::new(),
        ..form
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(&state, tr, &viewer, &open, form, errors, None, status).await
}

pub async fn end(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, agreement)): Path<(String, String)>,
    CsrfForm(_form): CsrfForm<AgreementForm>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "sharing").await?;
    let agreement_id: AgreementId = agreement.parse().map_err(|_| AppError::NotFound)?;
    let find = |list: Vec<SharingAgreement>| list.into_iter().find(|a| a.id == agreement_id);
    let (org, circle) = (open.circle.org_id, open.circle.id);
    let Some(found) = find(state.store.agreements_of_circle(org, circle).await?) else {
        return Err(AppError::NotFound);
    };
    let by = match SharingAgreement::ender(&open) {
        Ok(by) => by,
        Err(e) => {
            let (status, error) = refusal(&tr, &e)?;
            let form = AgreementForm::default();
            return render(&state, tr, &viewer, &open, form, vec![error], None, status).await;
        }
    };
    let path = sharing_path(circle);
    let already = |tr: &Tr, a: &SharingAgreement| -> Option<Result<Response, FieldError>> {
        let (ender, at) = a.ended?;
        if ender == by {
            // The same form sent twice: ended once.
            return Some(Ok(
                Redirect::to(&format!("{path}?done=ended")).into_response()
            ));
        }
        Some(Err(FieldError {
            field: "with_whom",
            message: tr.t_args(
                "sharing-ended-meanwhile",
                &[
                    ("name", name_of(&open.members, ender)),
                    ("date", on_day(tr, at)),
                ],
            ),
        }))
    };
    let ended_before = match already(&tr, &found) {
        Some(Ok(done)) => return Ok(done),
        Some(Err(error)) => Some(error),
        None => None,
    };
    if let Some(error) = ended_before {
        let form = AgreementForm::default();
        let status = StatusCode::CONFLICT;
        return render(&state, tr, &viewer, &open, form, vec![error], None, status).await;
    }
    let audit = sharing_changed(&state, &viewer, &open, &format!("ended:{agreement_id}"));
    let now = state.clock.now();
    if state
        .store
        .end_agreement(org, circle, agreement_id, by, now, &audit)
        .await?
    {
        return Ok(Redirect::to(&format!("{path}?done=ended")).into_response());
    }
    // Ended by someone else between reading and writing.
    let now_found = find(state.store.agreements_of_circle(org, circle).await?);
    match now_found.as_ref().and_then(|a| already(&tr, a)) {
        Some(Ok(done)) => Ok(done),
        Some(Err(error)) => {
            let form = AgreementForm::default();
            let status = StatusCode::CONFLICT;
            render(&state, tr, &viewer, &open, form, vec![error], None, status).await
        }
        None => Err(AppError::NotFound),
    }
}

//! `GET/POST /circles/{id}/plans/new`: a new plan. Focus moves are chosen from
//! the organisation's framework in force, grouped by compartment, and so are
//! the moves already working, to keep going (Conserving); the four
//! noble truths' planning prompts are answered in the circle's words; the
//! author chooses who sees it with the shared audience chooser. The form
//! carries a one-use key and the server makes the plan's id
//! (`moves_core::plan::create`), so sending it twice makes one plan.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::status_label;
use crate::routes::circles::circle_path;
use crate::routes::circles::plans::{
    FieldError, Fields, base, conserving_prompt, field_errors, plans_path, shipped, writer,
};
use crate::routes::circles::sharing::{AudienceChoice, audience_choices};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{Audience, Byline, CircleMember, OpenCircle};
use moves_core::clock::Timestamp;
use moves_core::form_key::FormKey;
use moves_core::framework::AdaptedFramework;
use moves_core::plan::answers::{LatestAnswers, SeenAnswer};
use moves_core::plan::create::{CreateError, PlanDraft, byline_of, create, new_plan_form};
use moves_core::plan::{Day, FOCUS_NUDGE};

/// How far ahead the review date is suggested: six weeks.
const SUGGESTED_REVIEW_DAYS: i64 = 42;

pub struct MoveChoice {
    pub id: String,
    pub label: String,
    pub description: String,
    pub lang: String,
    pub checked: bool,
    /// The latest check's answers on it the person may see, one line each.
    pub answers: Vec<String>,
}

pub struct CompartmentGroup {
    pub id: String,
    pub label: String,
    pub moves: Vec<MoveChoice>,
    /// Shown open when a move in it is chosen, so nothing chosen is hidden.
    pub any_checked: bool,
}

impl CompartmentGroup {
    pub fn new(id: String, label: String, moves: Vec<MoveChoice>) -> Self {
        let any_checked = moves.iter().any(|m| m.checked);
        Self {
            id,
            label,
            moves,
            any_checked,
        }
    }
}

pub struct TruthField {
    pub id: String,
    pub label: String,
    pub prompt: String,
    pub text: String,
}

pub struct WithChoice {
    pub value: String,
    pub name: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "circles/plans/new.html")]
struct NewPage {
    layout: Layout,
    csrf: String,
    action: String,
    back: String,
    key: String,
    groups: Vec<CompartmentGroup>,
    /// The same moves, to keep going.
    keep_groups: Vec<CompartmentGroup>,
    /// The Conserving noble truth's prompt.
    keep_prompt: String,
    /// "Answers from the latest check (date)", when there is one.
    answers_from: Option<String>,
    truths: Vec<TruthField>,
    review_due: String,
    audience: Vec<AudienceChoice>,
    with: Vec<WithChoice>,
    nudge: String,
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

/// One person's answer, in words: "Zoë: In place (likes the new flat)".
fn answer_line(tr: &Tr, open: &OpenCircle, a: &SeenAnswer) -> String {
    let name = open
        .members
        .iter()
        .find(|m| m.id == a.author)
        .map(|m| m.display_name.clone())
        .unwrap_or_default();
    let status = status_label(tr, a.status);
    match &a.note {
        Some(note) if !note.is_empty() => tr.t_args(
            "plans-answer-noted",
            &[("name", name), ("status", status), ("note", note.clone())],
        ),
        _ => tr.t_args("plans-answer", &[("name", name), ("status", status)]),
    }
}

#[allow(clippy::too_many_arguments)]
fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    me: &CircleMember,
    framework: &AdaptedFramework,
    answers: &LatestAnswers,
    fields: &Fields,
    key: &FormKey,
    errors: Vec<FieldError>,
    status: StatusCode,
    now: Timestamp,
) -> Result<Response, AppError> {
    let fw = &framework.framework;
    let sent = !fields.0.is_empty();
    let groups_for = |field: &str| -> Vec<CompartmentGroup> {
        fw.compartments
            .iter()
            .map(|c| {
                CompartmentGroup::new(
                    c.id.to_string(),
                    c.label.text.clone(),
                    framework
                        .offered_moves_in(c.id.as_str())
                        .into_iter()
                        .map(|m| MoveChoice {
                            id: m.id.to_string(),
                            label: m.label.text.clone(),
                            description: m.description.text.clone(),
                            lang: m.label.lang.clone(),
                            checked: fields.has(field, m.id.as_str()),
                            // Beside the moves to work on: a plan starts from the check.
                            answers: if field == "focus" {
                                answers
                                    .of(m.id.as_str())
                                    .iter()
                                    .map(|a| answer_line(&tr, open, a))
                                    .collect()
                            } else {
                                Vec::new()
                            },
                        })
                        .collect(),
                )
            })
            .collect()
    };
    let groups = groups_for("focus");
    let keep_groups = groups_for("keep_going");
    let truths = fw
        .noble_truths
        .iter()
        .map(|t| TruthField {
            id: t.id.to_string(),
            label: t.label.text.clone(),
            prompt: t.planning_prompt.text.clone(),
            text: fields.get(&format!("truth-{}", t.id)).to_owned(),
        })
        .collect();
    let review_due = if sent {
        fields.get("review_due").to_owned()
    } else {
        Day::of(now).plus_days(SUGGESTED_REVIEW_DAYS).as_iso()
    };
    let with_sent = fields.get("with");
    let byline = byline_of(me, open, with_sent).unwrap_or(Byline::own(me.id));
    let selected = Audience::parse(fields.get("audience")).or(Some(Audience::WholeCircle));
    let audience = audience_choices(&tr, open, me, &byline, false, selected);
    let with = if me.role.is_practitioner() {
        open.members
            .iter()
            .filter(|m| m.id != me.id)
            .map(|m| WithChoice {
                value: m.id.to_string(),
                name: m.display_name.clone(),
                selected: with_sent == m.id.to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let title = tr.t_args(
        "plans-new-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = NewPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: format!("{}/new", plans_path(open)),
        back: plans_path(open),
        key: key.as_str().to_owned(),
        groups,
        keep_groups,
        keep_prompt: conserving_prompt(&tr, framework),
        answers_from: answers.check.as_ref().map(|c| {
            tr.t_args(
                "plans-answers-from",
                &[("date", crate::routes::circles::checks::day(c.started_at))],
            )
        }),
        truths,
        review_due,
        audience,
        with,
        nudge: tr.t_args("plans-nudge", &[("count", FOCUS_NUDGE.to_string())]),
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
) -> Result<Response, AppError> {
    let form = new_plan_form(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        &base()?,
        ids.circle()?,
    )
    .await?;
    let me = writer(&form.open)?;
    if !form.open.circle.is_open() {
        return Ok(Redirect::to(&plans_path(&form.open)).into_response());
    }
    render(
        tr,
        &viewer,
        &form.open,
        &me,
        &form.framework,
        &form.answers,
        &Fields::default(),
        &form.key,
        Vec::new(),
        StatusCode::OK,
        state.ctx.now(),
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let fields = Fields(sent);
    let draft = PlanDraft {
        focus: fields.all("focus"),
        keep_going: fields.all("keep_going"),
        truths: fields.with_prefix("truth-"),
        review_due: fields.get("review_due"),
        audience: fields.get("audience"),
        with: fields.get("with"),
    };
    let made = create(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        &base()?,
        circle,
        fields.get("key"),
        &draft,
    )
    .await;
    match made {
        Ok(made) => {
            let to = format!("{}/plans/{}?done=created", circle_path(circle), made.plan());
            Ok(Redirect::to(&to).into_response())
        }
        Err(CreateError::Refused(r)) => {
            let me = writer(&r.form.open)?;
            let status = if r.closed {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let errors = field_errors(&tr, &r.problems);
            render(
                tr,
                &viewer,
                &r.form.open,
                &me,
                &r.form.framework,
                &r.form.answers,
                &fields,
                &r.form.key,
                errors,
                status,
                state.ctx.now(),
            )
        }
        Err(CreateError::NotOurForm) => Err(AppError::BadForm),
        Err(CreateError::Core(e)) => Err(e.into()),
    }
}

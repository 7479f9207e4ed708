//! `GET/POST /circles/{id}/plans/new`: a new plan. Focus moves are chosen from
//! the organisation's framework in force, grouped by compartment; the four
//! noble truths' planning prompts are answered in the circle's words; the
//! author chooses who sees it with the shared audience chooser. The form
//! carries the new plan's id, so sending it twice makes one plan.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::open;
use crate::routes::circles::plans::{
    FieldError, Fields, field_errors, framework_now, plan_change, plan_path, plans_path, writer,
};
use crate::routes::circles::sharing::{AudienceChoice, audience_choices};
use crate::routes::circles::worker;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::{Audience, Byline, CircleMember, OpenCircle};
use moves_core::clock::Timestamp;
use moves_core::framework::AdaptedFramework;
use moves_core::ids::{CircleMemberId, PlanId};
use moves_core::plan::{Day, FOCUS_NUDGE, FieldProblem, NewPlan, Plan, Problem};
use moves_store::StoreError;

/// How far ahead the review date is suggested: six weeks.
const SUGGESTED_REVIEW_DAYS: i64 = 42;

pub struct MoveChoice {
    pub id: String,
    pub label: String,
    pub description: String,
    pub lang: String,
    pub checked: bool,
}

pub struct CompartmentGroup {
    pub id: String,
    pub label: String,
    pub moves: Vec<MoveChoice>,
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

/// The byline the form asks for: one's own, or (for a practitioner) entered
/// with another member.
fn byline_of(me: &CircleMember, open: &OpenCircle, with: &str) -> Result<Byline, Problem> {
    if with.is_empty() {
        return Ok(Byline::own(me.id));
    }
    let other = with
        .parse::<CircleMemberId>()
        .ok()
        .and_then(|id| open.members.iter().find(|m| m.id == id))
        .ok_or(Problem::UnknownMember)?;
    Byline::with(me, other).map_err(|_| Problem::NotForOthers)
}

#[allow(clippy::too_many_arguments)]
fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    me: &CircleMember,
    framework: &AdaptedFramework,
    fields: &Fields,
    errors: Vec<FieldError>,
    status: StatusCode,
    now: Timestamp,
) -> Result<Response, AppError> {
    let fw = &framework.framework;
    let sent = !fields.0.is_empty();
    let groups = fw
        .compartments
        .iter()
        .map(|c| CompartmentGroup {
            id: c.id.to_string(),
            label: c.label.text.clone(),
            moves: framework
                .offered_moves_in(c.id.as_str())
                .into_iter()
                .map(|m| MoveChoice {
                    id: m.id.to_string(),
                    label: m.label.text.clone(),
                    description: m.description.text.clone(),
                    lang: m.label.lang.clone(),
                    checked: fields.has("focus", m.id.as_str()),
                })
                .collect(),
        })
        .collect();
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
    let key = match fields.get("key") {
        "" => PlanId::new().to_string(),
        k => k.to_owned(),
    };
    let title = tr.t_args(
        "plans-new-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = NewPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: format!("{}/new", plans_path(open)),
        back: plans_path(open),
        key,
        groups,
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
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (org, _) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "plan_new").await?;
    let me = writer(&open)?;
    if !open.circle.is_open() {
        return Ok(Redirect::to(&plans_path(&open)).into_response());
    }
    let framework = framework_now(&state, org).await?;
    render(
        tr,
        &viewer,
        &open,
        &me,
        &framework,
        &Fields::default(),
        Vec::new(),
        StatusCode::OK,
        state.clock.now(),
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "plan_new").await?;
    let me = writer(&open)?;
    let fields = Fields(sent);
    let framework = framework_now(&state, org).await?;
    let refuse = |tr: Tr, problems: Vec<FieldProblem>, status| {
        let errors = field_errors(&tr, &problems);
        let now = state.clock.now();
        render(
            tr, &viewer, &open, &me, &framework, &fields, errors, status, now,
        )
    };
    if !open.circle.is_open() {
        let problems = vec![FieldProblem::new("focus", Problem::Closed)];
        return refuse(tr, problems, StatusCode::CONFLICT);
    }
    let Ok(plan_id) = fields.get("key").parse::<PlanId>() else {
        return Err(AppError::BadForm);
    };
    let byline = match byline_of(&me, &open, fields.get("with")) {
        Ok(b) => b,
        Err(p) => {
            return refuse(
                tr,
                vec![FieldProblem::new("with", p)],
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let truths: Vec<(&str, &str)> = fields.with_prefix("truth-");
    let input = NewPlan {
        focus: fields.all("focus"),
        truths,
        review_due: fields.get("review_due"),
        audience: fields.get("audience"),
    };
    let plan = match Plan::new(
        plan_id,
        org,
        open.circle.id,
        &framework,
        byline,
        &Audience::choices(me.role, false),
        &input,
        state.clock.now(),
    ) {
        Ok(p) => p,
        Err(problems) => return refuse(tr, problems, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let audit = plan_change(&state, org, user, plan.id, "created");
    match state.store.create_plan(&plan, &audit).await {
        Ok(()) => {}
        // The same form sent twice: the plan was made the first time.
        Err(StoreError::Conflict(_)) => {
            let made = state.store.plan(org, open.circle.id, plan.id).await?;
            if made.is_none() {
                return Err(AppError::BadForm);
            }
        }
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("{}?done=created", plan_path(&plan))).into_response())
}

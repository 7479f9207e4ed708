//! `GET/POST /circles/{id}/plans/{plan}/edit`: rewrites the noble truths'
//! notes and the review date. The form carries the version it was made from:
//! when two people edit at once, the second is told, shown what the first
//! saved beside their own text (kept in the form), and may send again.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::plans::{
    FieldError, Fields, field_errors, framework_of, open_plan, plan_change, plan_path, writer,
};
use crate::routes::circles::{sent_version, worker};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::OpenCircle;
use moves_core::framework::AdaptedFramework;
use moves_core::plan::Plan;
use moves_store::VersionedWrite;

pub struct TruthField {
    pub id: String,
    pub label: String,
    pub prompt: String,
    pub text: String,
    /// What is saved now, shown beside the form after a conflict.
    pub saved: String,
}

#[derive(Template)]
#[template(path = "circles/plans/edit.html")]
struct EditPage {
    layout: Layout,
    csrf: String,
    back: String,
    action: String,
    version: i64,
    truths: Vec<TruthField>,
    review_due: String,
    saved_review_due: String,
    conflict: bool,
    errors: Vec<FieldError>,
}

impl EditPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// `fields` is what the person sent (empty: the saved plan fills the form).
#[allow(clippy::too_many_arguments)]
fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    plan: &Plan,
    fw: &AdaptedFramework,
    fields: &Fields,
    conflict: bool,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let sent = !fields.0.is_empty();
    let truths = fw
        .framework
        .noble_truths
        .iter()
        .map(|t| {
            let saved = plan.truth(t.id.as_str()).unwrap_or_default().to_owned();
            TruthField {
                id: t.id.to_string(),
                label: t.label.text.clone(),
                prompt: t.planning_prompt.text.clone(),
                text: if sent {
                    fields.get(&format!("truth-{}", t.id)).to_owned()
                } else {
                    saved.clone()
                },
                saved,
            }
        })
        .collect();
    let title = tr.t_args(
        "plans-edit-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = EditPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        back: plan_path(plan),
        action: format!("{}/edit", plan_path(plan)),
        // The version now: sending again after a conflict is a choice made
        // knowing what the other person saved.
        version: plan.version,
        truths,
        review_due: if sent {
            fields.get("review_due").to_owned()
        } else {
            plan.review_due.as_iso()
        },
        saved_review_due: plan.review_due.as_iso(),
        conflict,
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (open, plan) = open_plan(&state, &viewer, &id, &plan, "plan_edit").await?;
    writer(&open)?;
    if plan.closed || !open.circle.is_open() {
        return Ok(Redirect::to(&plan_path(&plan)).into_response());
    }
    let fw = framework_of(&state, &plan).await?;
    render(
        tr,
        &viewer,
        &open,
        &plan,
        &fw,
        &Fields::default(),
        false,
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan)): Path<(String, String)>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let (open, current) = open_plan(&state, &viewer, &id, &plan, "plan_edit").await?;
    let me = writer(&open)?;
    let fields = Fields(sent);
    let fw = framework_of(&state, &current).await?;
    let version = sent_version(fields.get("version"));
    let stale = |tr: Tr, current: &Plan| {
        let errors = vec![FieldError {
            field: "conflict".to_owned(),
            message: tr.t("plans-edit-conflict"),
        }];
        render(
            tr,
            &viewer,
            &open,
            current,
            &fw,
            &fields,
            true,
            errors,
            StatusCode::CONFLICT,
        )
    };
    if version != current.version {
        return stale(tr, &current);
    }
    let mut next = current.clone();
    let truths = fields.with_prefix("truth-");
    if let Err(problems) = next.edit_prompts(
        &fw,
        &truths,
        fields.get("review_due"),
        &me,
        state.clock.now(),
    ) {
        let errors = field_errors(&tr, &problems);
        return render(
            tr,
            &viewer,
            &open,
            &current,
            &fw,
            &fields,
            false,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let audit = plan_change(&state, org, user, current.id, "edited");
    match state.store.save_plan(&next, version, &audit).await? {
        VersionedWrite::Done => {
            Ok(Redirect::to(&format!("{}?done=edited", plan_path(&current))).into_response())
        }
        VersionedWrite::NotFound => Err(AppError::NotFound),
        VersionedWrite::Stale => {
            let (_, now) = open_plan(&state, &viewer, &id, &plan, "plan_edit").await?;
            stale(tr, &now)
        }
    }
}

//! `GET/POST /circles/{id}/plans/{plan}/edit`: rewrites the noble truths'
//! notes, the moves to keep going and the review date. The form carries the version it was made from:
//! when two people edit at once, the second is told, shown what the first
//! saved beside their own text (kept in the form), and may send again.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::plans::new::{CompartmentGroup, MoveChoice};
use crate::routes::circles::plans::{
    FieldError, Fields, conserving_prompt, field_errors, move_label, plan_ids, plan_path, shipped,
};
use crate::routes::circles::{circle_path, sent_version};
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::OpenCircle;
use moves_core::framework::AdaptedFramework;
use moves_core::plan::Plan;
use moves_core::plan::edit::{EditError, edit, edit_form};

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
    /// The moves to keep going, by compartment (not the focus moves).
    keep_groups: Vec<CompartmentGroup>,
    keep_prompt: String,
    /// The moves to keep going saved now, shown after a conflict.
    saved_keep_going: Vec<String>,
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
    // Every move offered, and any kept since hidden, but not the moves to
    // work on: a move is one or the other.
    let kept = &plan.body.keep_going;
    let keep_groups = fw
        .framework
        .compartments
        .iter()
        .map(|c| {
            CompartmentGroup::new(
                c.id.to_string(),
                c.label.text.clone(),
                fw.framework
                    .moves_in(c.id.as_str())
                    .into_iter()
                    .filter(|m| !fw.hidden.contains(&m.id) || kept.contains(&m.id))
                    .filter(|m| !plan.body.focus.contains(&m.id))
                    .map(|m| MoveChoice {
                        id: m.id.to_string(),
                        label: m.label.text.clone(),
                        description: m.description.text.clone(),
                        lang: m.label.lang.clone(),
                        checked: if sent {
                            fields.has("keep_going", m.id.as_str())
                        } else {
                            kept.contains(&m.id)
                        },
                        answers: Vec::new(),
                    })
                    .collect(),
            )
        })
        .collect();
    let saved_keep_going = kept.iter().map(|m| move_label(fw, m.as_str())).collect();
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
        keep_groups,
        keep_prompt: conserving_prompt(&tr, fw),
        saved_keep_going,
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
    ids: PathIds,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let shown = edit_form(&state.ctx, &viewer.actor, shipped()?, circle, plan).await?;
    if shown.plan.closed || !shown.open.circle.is_open() {
        return Ok(Redirect::to(&plan_path(&shown.plan)).into_response());
    }
    render(
        tr,
        &viewer,
        &shown.open,
        &shown.plan,
        &shown.framework,
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
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let fields = Fields(sent);
    let version = sent_version(fields.get("version"));
    let truths = fields.with_prefix("truth-");
    let keep_going = fields.all("keep_going");
    let outcome = edit(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        circle,
        plan,
        version,
        &truths,
        &keep_going,
        fields.get("review_due"),
    )
    .await;
    match outcome {
        Ok(()) => {
            let to = format!("{}/plans/{plan}?done=edited", circle_path(circle));
            Ok(Redirect::to(&to).into_response())
        }
        Err(EditError::Refused(shown, problems)) => {
            let errors = field_errors(&tr, &problems);
            render(
                tr,
                &viewer,
                &shown.open,
                &shown.plan,
                &shown.framework,
                &fields,
                false,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        // Saved by someone else since the form was shown: what they saved
        // is shown beside the person's own text.
        Err(EditError::Stale(shown)) => {
            let errors = vec![FieldError {
                field: "conflict".to_owned(),
                message: tr.t("plans-edit-conflict"),
            }];
            render(
                tr,
                &viewer,
                &shown.open,
                &shown.plan,
                &shown.framework,
                &fields,
                true,
                errors,
                StatusCode::CONFLICT,
            )
        }
        Err(EditError::Core(e)) => Err(e.into()),
    }
}

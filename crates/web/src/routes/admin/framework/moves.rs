//! One move: `GET /admin/framework/moves/{id}` with forms to reword it and to
//! hide or show it, and `POST /admin/framework/local-moves` to add one. A move
//! id this organisation's framework does not have answers 404.

use super::page::{Kept, PAGE, Problem, View, render};
use super::{FRAMEWORK_ADMIN_PATH, change, current, done, refusal_message, shipped, stale_message};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::admin::framework::{Edit, Outcome, Refusal};
use moves_core::framework::adaptation::{Adaptation, AdaptationError, Field};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "admin/framework/move.html")]
struct MovePage {
    layout: Layout,
    csrf: String,
    version: u32,
    id: String,
    compartment: String,
    label: String,
    lang: String,
    description: String,
    /// The wording underneath the organisation's own (overlay or edition).
    standard_label: Option<String>,
    local: bool,
    hidden: bool,
    kept_label: String,
    kept_description: String,
    problem: Option<Problem>,
    notice: Option<String>,
}

impl MovePage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.problem
            .as_ref()
            .filter(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

fn move_path(id: &str) -> String {
    format!("{FRAMEWORK_ADMIN_PATH}/moves/{id}")
}

/// What was typed in the reword form, when it is shown again.
struct Typed {
    label: String,
    description: String,
}

/// What the move page shows besides the move: what was typed, a problem, a notice.
#[derive(Default)]
struct Shown {
    typed: Option<Typed>,
    problem: Option<Problem>,
    notice: Option<String>,
}

async fn render_move(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    id: &str,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Shown {
        typed,
        problem,
        notice,
    } = shown;
    let catalogue = shipped()?;
    let adaptation = current(state, viewer).await?;
    let adapted = catalogue
        .adapted(&adaptation)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let Some(m) = adapted.framework.move_by_id(id) else {
        return Err(AppError::NotFound);
    };
    let underneath = Adaptation::initial(adaptation.base.clone());
    let standard_label = if adapted.is_local(&m.id) {
        None
    } else {
        let mut plain = underneath;
        plain.overlay = adaptation.overlay.clone();
        catalogue
            .adapted(&plain)
            .ok()
            .and_then(|f| f.framework.move_by_id(id).map(|s| s.label.text.clone()))
    };
    let compartment = adapted
        .framework
        .compartment_by_id(m.compartment.as_str())
        .map(|c| c.label.text.clone())
        .unwrap_or_default();
    let typed = typed.unwrap_or_else(|| Typed {
        label: m.label.text.clone(),
        description: m.description.text.clone(),
    });
    let title = tr.t_args("adapt-move-title", &[("label", m.label.text.clone())]);
    let page = MovePage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        version: adaptation.version,
        id: m.id.to_string(),
        compartment,
        label: m.label.text.clone(),
        lang: m.label.lang.clone(),
        description: m.description.text.clone(),
        standard_label,
        local: adapted.is_local(&m.id),
        hidden: adapted.hidden.contains(&m.id),
        kept_label: typed.label,
        kept_description: typed.description,
        problem,
        notice,
    };
    render_page(&page, status, [])
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /admin/framework/moves/{id}`
pub async fn move_page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let notice = match q.done.as_deref() {
        Some("reworded") => Some(tr.t("adapt-done-reworded")),
        Some("hidden") => Some(tr.t("adapt-done-hidden")),
        Some("shown") => Some(tr.t("adapt-done-shown")),
        Some("added") => Some(tr.t("adapt-done-added")),
        Some("unchanged") => Some(tr.t("adapt-done-unchanged")),
        _ => None,
    };
    render_move(
        &state,
        tr,
        &viewer,
        &id,
        Shown {
            notice,
            ..Shown::default()
        },
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct RewordForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    description: String,
}

/// `POST /admin/framework/moves/{id}/reword`
pub async fn reword(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RewordForm>,
) -> Result<Response, AppError> {
    let edit = Edit::Reword {
        id: id.clone(),
        label: form.label.clone(),
        description: form.description.clone(),
    };
    let (message, status) = match change(&state, &viewer, &form.version, edit).await? {
        Outcome::Saved(_) => return Ok(done(&move_path(&id), "reworded")),
        Outcome::Unchanged => return Ok(done(&move_path(&id), "unchanged")),
        Outcome::Stale { latest } => (stale_message(&tr, latest), StatusCode::CONFLICT),
        Outcome::Refused(r) => (refusal_message(&tr, &r), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let shown = Shown {
        typed: Some(Typed {
            label: form.label,
            description: form.description,
        }),
        problem: Some(Problem {
            message,
            field: "label",
        }),
        notice: None,
    };
    render_move(&state, tr, &viewer, &id, shown, status).await
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    version: String,
    /// `yes` hides, anything else shows.
    #[serde(default)]
    hide: String,
}

/// `POST /admin/framework/moves/{id}/hide`
pub async fn hide(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<Response, AppError> {
    let hidden = form.hide == "yes";
    let edit = Edit::SetHidden {
        id: id.clone(),
        hidden,
    };
    let (message, status) = match change(&state, &viewer, &form.version, edit).await? {
        Outcome::Saved(_) => {
            return Ok(done(
                &move_path(&id),
                if hidden { "hidden" } else { "shown" },
            ));
        }
        Outcome::Unchanged => return Ok(done(&move_path(&id), "unchanged")),
        Outcome::Stale { latest } => (stale_message(&tr, latest), StatusCode::CONFLICT),
        Outcome::Refused(r) => (refusal_message(&tr, &r), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let shown = Shown {
        problem: Some(Problem {
            message,
            field: "hide",
        }),
        ..Shown::default()
    };
    render_move(&state, tr, &viewer, &id, shown, status).await
}

#[derive(Deserialize)]
pub struct LocalMoveForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    compartment: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    category: String,
}

/// `POST /admin/framework/local-moves`
pub async fn add_local_move(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<LocalMoveForm>,
) -> Result<Response, AppError> {
    let edit = Edit::AddLocalMove {
        compartment: form.compartment.clone(),
        label: form.label.clone(),
        description: form.description.clone(),
        category: form.category.clone(),
    };
    let (message, field, status) = match change(&state, &viewer, &form.version, edit).await? {
        Outcome::Saved(c) => {
            let id = c.subject.unwrap_or_default();
            return Ok(done(&move_path(&id), "added"));
        }
        Outcome::Unchanged => return Ok(done(PAGE, "unchanged")),
        Outcome::Stale { latest } => (
            stale_message(&tr, latest),
            "new-label",
            StatusCode::CONFLICT,
        ),
        Outcome::Refused(r) => {
            let field = match &r {
                Refusal::Category => "new-category",
                Refusal::Adaptation(AdaptationError::UnknownCompartment(_)) => "new-compartment",
                Refusal::Adaptation(AdaptationError::Text {
                    field: Field::Description,
                    ..
                }) => "new-description",
                _ => "new-label",
            };
            (
                refusal_message(&tr, &r),
                field,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    };
    let kept = Kept {
        compartment: form.compartment,
        label: form.label,
        description: form.description,
        category: form.category,
        credit: None,
    };
    let view = View {
        kept,
        problem: Some(Problem { message, field }),
        ..View::default()
    };
    render(&state, tr, &viewer, view, status).await
}

//! One move: `GET /admin/framework/moves/{id}` with forms to reword it and to
//! hide or show it, and `POST /admin/framework/local-moves` to add one. A move
//! id this organisation's framework does not have answers 404.

use super::page::{Kept, Problem, render};
use super::{
    FRAMEWORK_ADMIN_PATH, current, done, error_message, is_current, save, shipped, stale_message,
};
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
use moves_core::framework::Category;
use moves_core::framework::adaptation::{
    Adaptation, AdaptationError, Change, ChangeKind, Field, SaveOutcome,
};
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
    let catalogue = shipped()?;
    let now = current(&state, &viewer).await?;
    let base = catalogue
        .framework(now.base.as_str())
        .ok_or_else(|| AppError::Internal("the adopted edition is missing".into()))?;
    if !now.knows_move(base, &id) {
        return Err(AppError::NotFound);
    }
    let typed = || {
        Some(Typed {
            label: form.label.clone(),
            description: form.description.clone(),
        })
    };
    let mut next = now.next();
    let problem = if !is_current(&form.version, &now) {
        Some((
            stale_message(&tr, now.version),
            "label",
            StatusCode::CONFLICT,
        ))
    } else {
        match next.reword(base, &id, &form.label, &form.description) {
            Ok(_) => None,
            Err(e) => Some((
                error_message(&tr, &e),
                "label",
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
        }
    };
    if let Some((message, field, status)) = problem {
        let p = Problem { message, field };
        return render_move(
            &state,
            tr,
            &viewer,
            &id,
            Shown {
                typed: typed(),
                problem: Some(p),
                notice: None,
            },
            status,
        )
        .await;
    }
    if next.rewordings == now.rewordings && next.local_moves == now.local_moves {
        return Ok(done(&move_path(&id), "unchanged"));
    }
    match save(
        &state,
        &viewer,
        &next,
        Change::new(ChangeKind::Reworded, Some(id.clone())),
    )
    .await?
    {
        SaveOutcome::Saved => Ok(done(&move_path(&id), "reworded")),
        SaveOutcome::Stale { latest } => {
            let p = Problem {
                message: stale_message(&tr, latest),
                field: "label",
            };
            render_move(
                &state,
                tr,
                &viewer,
                &id,
                Shown {
                    typed: typed(),
                    problem: Some(p),
                    notice: None,
                },
                StatusCode::CONFLICT,
            )
            .await
        }
    }
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
    let catalogue = shipped()?;
    let now = current(&state, &viewer).await?;
    let base = catalogue
        .framework(now.base.as_str())
        .ok_or_else(|| AppError::Internal("the adopted edition is missing".into()))?;
    if !now.knows_move(base, &id) {
        return Err(AppError::NotFound);
    }
    let hiding = form.hide == "yes";
    if !is_current(&form.version, &now) {
        let p = Problem {
            message: stale_message(&tr, now.version),
            field: "hide",
        };
        return render_move(
            &state,
            tr,
            &viewer,
            &id,
            Shown {
                problem: Some(p),
                ..Shown::default()
            },
            StatusCode::CONFLICT,
        )
        .await;
    }
    let mut next = now.next();
    let moved = next
        .set_hidden(base, &id, hiding)
        .map_err(|_| AppError::NotFound)?;
    if next.hidden == now.hidden {
        return Ok(done(&move_path(&id), "unchanged"));
    }
    let kind = if hiding {
        ChangeKind::Hidden
    } else {
        ChangeKind::Unhidden
    };
    match save(
        &state,
        &viewer,
        &next,
        Change::new(kind, Some(moved.to_string())),
    )
    .await?
    {
        SaveOutcome::Saved => Ok(done(
            &move_path(&id),
            if hiding { "hidden" } else { "shown" },
        )),
        SaveOutcome::Stale { latest } => {
            let p = Problem {
                message: stale_message(&tr, latest),
                field: "hide",
            };
            render_move(
                &state,
                tr,
                &viewer,
                &id,
                Shown {
                    problem: Some(p),
                    ..Shown::default()
                },
                StatusCode::CONFLICT,
            )
            .await
        }
    }
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
    let catalogue = shipped()?;
    let now = current(&state, &viewer).await?;
    let base = catalogue
        .framework(now.base.as_str())
        .ok_or_else(|| AppError::Internal("the adopted edition is missing".into()))?;
    let kept = || Kept {
        compartment: form.compartment.clone(),
        label: form.label.clone(),
        description: form.description.clone(),
        category: form.category.clone(),
        credit: None,
    };
    let mut next = now.next();
    let (message, field, status) = 'refused: {
        if !is_current(&form.version, &now) {
            break 'refused (
                stale_message(&tr, now.version),
                "new-label",
                StatusCode::CONFLICT,
            );
        }
        let category = match form.category.trim() {
            "" => None,
            c => match c.parse::<Category>() {
                Ok(c) => Some(c),
                Err(_) => {
                    break 'refused (
                        tr.t("adapt-error-category"),
                        "new-category",
                        StatusCode::UNPROCESSABLE_ENTITY,
                    );
                }
            },
        };
        let id = match next.add_local_move(
            base,
            form.compartment.trim(),
            &form.label,
            &form.description,
            category,
        ) {
            Ok(id) => id,
            Err(e) => {
                let field = match e {
                    AdaptationError::UnknownCompartment(_) => "new-compartment",
                    AdaptationError::Text {
                        field: Field::Description,
                        ..
                    } => "new-description",
                    _ => "new-label",
                };
                break 'refused (
                    error_message(&tr, &e),
                    field,
                    StatusCode::UNPROCESSABLE_ENTITY,
                );
            }
        };
        let change = Change::new(ChangeKind::MoveAdded, Some(id.to_string()));
        match save(&state, &viewer, &next, change).await? {
            SaveOutcome::Saved => return Ok(done(&move_path(id.as_str()), "added")),
            SaveOutcome::Stale { latest } => (
                stale_message(&tr, latest),
                "new-label",
                StatusCode::CONFLICT,
            ),
        }
    };
    let p = Problem { message, field };
    render(&state, tr, &viewer, kept(), Some(p), None, status).await
}

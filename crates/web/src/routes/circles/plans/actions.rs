//! `POST /circles/{id}/plans/{plan}/actions`: adds an action to a focus move;
//! `POST .../actions/{action}`: marks it done, changed or dropped with a
//! comment; `POST .../actions/{action}/category`: confirms or clears a
//! category filled in without anyone choosing it. The first two carry a
//! one-use key: the server makes the entry's id, and sending one twice saves
//! it once (`moves_core::plan::change`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::routes::circles::plans::{Fields, apply_change};
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use moves_core::plan::change::{ActionDraft, PlanChange};

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let input = fields.clone();
    let draft = ActionDraft {
        move_id: input.get("move"),
        what: input.get("what"),
        who: input.get("who"),
        other: input.get("other"),
        by_when: input.get("by_when"),
        category: input.get("category"),
        stuck: input.get("stuck"),
        service: input.get("service"),
        service_name: input.get("service_name"),
    };
    let what = PlanChange::AddAction(input.get("key"), draft);
    apply_change(&state, tr, &viewer, &ids, "add-action", fields, what).await
}

pub async fn mark(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let input = fields.clone();
    let action: String = ids.id("action")?;
    let form = format!("mark-{action}");
    let what = PlanChange::MarkAction {
        key: input.get("key"),
        action: &action,
        state: input.get("state"),
        comment: input.get("comment"),
    };
    apply_change(&state, tr, &viewer, &ids, &form, fields, what).await
}

pub async fn confirm_category(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let input = fields.clone();
    let action: String = ids.id("action")?;
    let form = format!("confirm-{action}");
    let what = PlanChange::ConfirmCategory {
        action: &action,
        choice: input.get("confirm"),
    };
    apply_change(&state, tr, &viewer, &ids, &form, fields, what).await
}

//! `POST /circles/{id}/plans/{plan}/actions`: adds an action to a focus move;
//! `POST .../actions/{action}`: marks it done, changed or dropped with a
//! comment. Both carry an id made when the form was shown, so sending one
//! twice saves it once.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::plans::{Fields, apply_change, framework_of, open_plan};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use moves_core::ids::{ActionId, PlanEntryId};
use moves_core::plan::NewAction;

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan)): Path<(String, String)>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let key = fields.get("key").parse::<ActionId>();
    let key_sent = key.is_ok();
    let action_id = key.unwrap_or_default();
    // "The move's usual category": the category the framework gives the
    // chosen move, or none.
    let category = if fields.get("category") == "default" && key_sent {
        let (_, current) = open_plan(&state, &viewer, &id, &plan, "plan").await?;
        let fw = framework_of(&state, &current).await?;
        fw.framework
            .moves
            .iter()
            .find(|m| m.id.as_str() == fields.get("move"))
            .and_then(|m| m.category)
            .map_or("none", |c| c.as_str())
            .to_owned()
    } else {
        fields.get("category").to_owned()
    };
    let input_fields = fields.clone();
    apply_change(
        &state,
        tr,
        &viewer,
        &id,
        &plan,
        "add-action",
        fields,
        "action_added",
        key_sent,
        |p, open, me, _, now| {
            let input = NewAction {
                move_id: input_fields.get("move"),
                what: input_fields.get("what"),
                who: input_fields.get("who"),
                other: input_fields.get("other"),
                by_when: input_fields.get("by_when"),
                category: &category,
            };
            p.add_action(action_id, &input, me, &open.members, now)
        },
    )
    .await
}

pub async fn mark(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan, action)): Path<(String, String, String)>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let key = fields.get("key").parse::<PlanEntryId>();
    let key_sent = key.is_ok();
    let entry = key.unwrap_or_default();
    let input = fields.clone();
    let form = format!("mark-{action}");
    apply_change(
        &state,
        tr,
        &viewer,
        &id,
        &plan,
        &form,
        fields,
        "action_marked",
        key_sent,
        |p, _, me, _, now| {
            p.mark_action(
                &action,
                entry,
                input.get("state"),
                input.get("comment"),
                me,
                now,
            )
        },
    )
    .await
}

//! `POST /circles/{id}/plans/{plan}/goals`: a member sets a goal of their own
//! (or a practitioner sets one with them, which the goal then says), with its
//! starting rating from 0 to 10. Only where the organisation uses goals.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::routes::circles::plans::{Fields, apply_change};
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use moves_core::plan::change::PlanChange;

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let input = fields.clone();
    let what = PlanChange::AddGoal {
        key: input.get("key"),
        owner: input.get("owner"),
        text: input.get("goal_text"),
        score: input.get("score"),
    };
    apply_change(&state, tr, &viewer, &ids, "goal", fields, what).await
}

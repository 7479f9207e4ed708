//! `POST /circles/{id}/plans/{plan}/goals`: a member sets a goal of their own
//! (or a practitioner sets one with them, which the goal then says), with its
//! starting rating from 0 to 10. Only where the organisation uses goals.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::plans::{Fields, apply_change};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use moves_core::ids::{CircleMemberId, GoalId};
use moves_core::plan::{FieldProblem, Problem};

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, plan)): Path<(String, String)>,
    CsrfForm(sent): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(sent);
    let key = fields.get("key").parse::<GoalId>();
    let key_sent = key.is_ok();
    let goal = key.unwrap_or_default();
    let input = fields.clone();
    apply_change(
        &state,
        tr,
        &viewer,
        &id,
        &plan,
        "goal",
        fields,
        "goal_set",
        key_sent,
        |p, open, me, goals_on, now| {
            let owner = input
                .get("owner")
                .parse::<CircleMemberId>()
                .ok()
                .and_then(|o| open.members.iter().find(|m| m.id == o));
            let Some(owner) = owner else {
                return Err(vec![FieldProblem::new("owner", Problem::UnknownMember)]);
            };
            p.add_goal(
                goal,
                owner,
                me,
                input.get("goal_text"),
                input.get("score"),
                goals_on,
                now,
            )
        },
    )
    .await
}

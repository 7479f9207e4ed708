//! `GET /circles/{id}/plans/{plan}/print`: the plan on one A4 page: focus
//! moves, actions (who, by when, where they stand), the noble truths' notes,
//! goals with their latest rating, and the review date. No forms, no history.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::plans::{
    category_label, move_label, plan_ids, plan_path, shipped, stuck_text,
};
use crate::routes::circles::sharing::byline_text;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::plan::Day;
use moves_core::plan::read::{Checks, PlanPage, plan_page};

pub struct PrintAction {
    pub what: String,
    pub who: String,
    pub by_when: String,
    pub state: String,
    /// "Changing the odds: Housing", "To confirm: Housing", with "Stuck: ...".
    pub odds: Option<String>,
}

pub struct PrintMove {
    pub label: String,
    pub actions: Vec<PrintAction>,
}

pub struct PrintLine {
    pub label: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "circles/plans/print.html")]
struct PrintPage {
    layout: Layout,
    back: String,
    focus_name: String,
    made: String,
    byline: String,
    review_due: String,
    closed: bool,
    moves: Vec<PrintMove>,
    /// The moves already working, to keep going.
    keep_going: Vec<String>,
    truths: Vec<PrintLine>,
    goals: Vec<PrintLine>,
}

/// What an action changes, in one line: counted, or to confirm; and stuck.
fn odds_line(tr: &Tr, a: &moves_core::plan::Action) -> Option<String> {
    let category = match (a.counted_category(), a.category_to_confirm()) {
        (Some(c), _) => Some(format!(
            "{}: {}",
            tr.t("plans-changing-the-odds"),
            category_label(tr, c)
        )),
        (None, Some(c)) => {
            Some(tr.t_args("plans-to-confirm", &[("category", category_label(tr, c))]))
        }
        (None, None) => None,
    };
    let stuck = a.stuck.as_ref().map(|s| stuck_text(tr, s));
    match (category, stuck) {
        (Some(c), Some(s)) => Some(format!("{c}. {s}")),
        (c, s) => c.or(s),
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let PlanPage {
        open,
        plan,
        framework: fw,
        goals_on,
        ..
    } = plan_page(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        circle,
        plan,
        "plan_print",
        Checks::Named,
    )
    .await?;
    let moves = plan
        .body
        .focus
        .iter()
        .map(|m| PrintMove {
            label: move_label(&fw, m.as_str()),
            actions: plan
                .body
                .actions
                .iter()
                .filter(|a| a.move_id == *m)
                .map(|a| PrintAction {
                    what: a.what.clone(),
                    who: a.who.name(&open.members),
                    by_when: a.by_when.as_iso(),
                    state: tr.t(&format!("plans-state-{}", a.state().as_str())),
                    odds: odds_line(&tr, a),
                })
                .collect(),
        })
        .collect();
    let truths = fw
        .framework
        .noble_truths
        .iter()
        .filter_map(|t| {
            plan.truth(t.id.as_str()).map(|text| PrintLine {
                label: t.label.text.clone(),
                text: text.to_owned(),
            })
        })
        .collect();
    let goals = if goals_on {
        plan.body
            .goals
            .iter()
            .map(|g| PrintLine {
                label: open
                    .members
                    .iter()
                    .find(|m| m.id == g.byline.author)
                    .map(|m| m.display_name.clone())
                    .unwrap_or_default(),
                text: match g.latest() {
                    Some(r) => format!(
                        "{} ({})",
                        g.text,
                        tr.t_args("plans-rating", &[("score", r.score.to_string())])
                    ),
                    None => g.text.clone(),
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    let title = tr.t_args(
        "plans-plan-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = PrintPage {
        back: plan_path(&plan),
        focus_name: open.circle.focus_name.clone(),
        made: Day::of(plan.created_at).as_iso(),
        byline: byline_text(&tr, &plan.byline, &open.members),
        review_due: plan.review_due.as_iso(),
        closed: plan.closed,
        moves,
        keep_going: plan
            .body
            .keep_going
            .iter()
            .map(|m| move_label(&fw, m.as_str()))
            .collect(),
        truths,
        goals,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

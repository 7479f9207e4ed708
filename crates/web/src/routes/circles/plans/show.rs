//! `GET /circles/{id}/plans/{plan}`: one plan. Its focus moves with their
//! actions (each marked done, changed or dropped with a comment), the noble
//! truths' notes, goals and ratings, and reviews; with the forms that add to
//! it. A form refused is shown again here with what was typed and why.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::plans::{
    FieldError, Fields, category_label, form_key, move_label, plan_ids, plan_path, plans_path,
    service_label, shipped, stuck_text,
};
use crate::routes::circles::sharing::{audience_label, byline_text};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::{Byline, OpenCircle};
use moves_core::framework::{AdaptedFramework, Category};
use moves_core::plan::read::{Checks, PlanPage, plan_page};
use moves_core::plan::{
    ActionState, Day, FOCUS_NUDGE, GOALS_PER_PERSON, Plan, ReviewOutcome, ServiceKind,
};
use serde::Deserialize;

pub struct UpdateView {
    pub state: String,
    pub comment: String,
    pub by: String,
    pub at: String,
}

pub struct ActionView {
    pub id: String,
    pub what: String,
    pub who: String,
    pub by_when: String,
    /// A category a person chose (counted).
    pub category: Option<String>,
    /// A category filled in from the move, waiting to be confirmed.
    pub to_confirm: Option<String>,
    /// "Stuck: waiting on ...", when it is.
    pub stuck: Option<String>,
    pub state: String,
    pub open: bool,
    pub updates: Vec<UpdateView>,
    /// The one-use key of its marking form.
    pub key: String,
    /// The id of its marking form, `mark-<action id>`.
    pub form: String,
}

pub struct FocusView {
    pub id: String,
    pub label: String,
    pub actions: Vec<ActionView>,
}

pub struct TruthView {
    pub label: String,
    pub text: String,
}

pub struct RatingView {
    /// "Rated 5 out of 10".
    pub text: String,
    pub at: String,
    /// "Entered by X with Y", when typed on someone's behalf.
    pub on_behalf: Option<String>,
}

pub struct GoalView {
    pub text: String,
    pub owner: String,
    pub on_behalf: Option<String>,
    pub ratings: Vec<RatingView>,
}

pub struct ReviewView {
    pub at: String,
    pub by: String,
    pub worked: String,
    pub to_change: String,
    pub outcome: String,
    /// The check done for the review: (its page, its day).
    pub check: Option<(String, String)>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
}

/// A refused form, shown again: which form (`add-action`, `mark-<id>`,
/// `goal`), what was typed and what was wrong.
#[derive(Default)]
pub struct Kept {
    pub form: String,
    pub fields: Fields,
    pub errors: Vec<FieldError>,
}

#[derive(Template)]
#[template(path = "circles/plans/show.html")]
struct ShowPage {
    layout: Layout,
    csrf: String,
    id: String,
    focus_name: String,
    back: String,
    href: String,
    made: String,
    byline: String,
    audience: String,
    review_due: String,
    due_now: bool,
    closed: bool,
    nudge: Option<String>,
    notice: Option<String>,
    truths: Vec<TruthView>,
    focus: Vec<FocusView>,
    /// The moves already working, to keep going.
    keep_going: Vec<String>,
    may_write: bool,
    goals_on: bool,
    goals: Vec<GoalView>,
    reviews: Vec<ReviewView>,
    people: Vec<Choice>,
    owners: Vec<Choice>,
    categories: Vec<Choice>,
    services: Vec<Choice>,
    scores: Vec<u8>,
    marks: Vec<Choice>,
    action_key: String,
    goal_key: String,
    new_plan_href: String,
    kept: Kept,
    errors: Vec<FieldError>,
}

impl ShowPage {
    /// What was typed in `field` of the refused `form`, or "".
    fn kept(&self, form: &str, field: &str) -> &str {
        if self.kept.form == form {
            self.kept.fields.get(field)
        } else {
            ""
        }
    }

    fn error(&self, form: &str, field: &str) -> Option<&str> {
        if self.kept.form != form {
            return None;
        }
        self.kept
            .errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

fn day_of(t: moves_core::clock::Timestamp) -> String {
    Day::of(t).as_iso()
}

fn on_behalf(tr: &Tr, byline: &Byline, open: &OpenCircle) -> Option<String> {
    byline
        .is_on_behalf()
        .then(|| byline_text(tr, byline, &open.members))
}

fn state_label(tr: &Tr, s: ActionState) -> String {
    tr.t(&format!("plans-state-{}", s.as_str()))
}

/// The one-use key `form` is shown with: the one it was refused with, else
/// a fresh one.
fn key_of(kept: &Kept, form: &str) -> Result<String, AppError> {
    form_key(if kept.form == form {
        kept.fields.get("key")
    } else {
        ""
    })
}

fn focus_views(
    tr: &Tr,
    plan: &Plan,
    open: &OpenCircle,
    fw: &AdaptedFramework,
    kept: &Kept,
) -> Result<Vec<FocusView>, AppError> {
    plan.body
        .focus
        .iter()
        .map(|m| {
            let actions = plan
                .body
                .actions
                .iter()
                .filter(|a| a.move_id == *m)
                .map(|a| {
                    let form = format!("mark-{}", a.id);
                    Ok(ActionView {
                        id: a.id.to_string(),
                        what: a.what.clone(),
                        who: a.who.name(&open.members),
                        by_when: a.by_when.as_iso(),
                        category: a.counted_category().map(|c| category_label(tr, c)),
                        to_confirm: a.category_to_confirm().map(|c| {
                            tr.t_args("plans-to-confirm", &[("category", category_label(tr, c))])
                        }),
                        stuck: a.stuck.as_ref().map(|s| stuck_text(tr, s)),
                        state: state_label(tr, a.state()),
                        open: !matches!(a.state(), ActionState::Done | ActionState::Dropped),
                        updates: a
                            .updates
                            .iter()
                            .map(|u| UpdateView {
                                state: state_label(tr, u.state),
                                comment: u.comment.clone(),
                                by: open
                                    .members
                                    .iter()
                                    .find(|x| x.id == u.by)
                                    .map(|x| x.display_name.clone())
                                    .unwrap_or_default(),
                                at: day_of(u.at),
                            })
                            .collect(),
                        key: key_of(kept, &form)?,
                        form,
                    })
                })
                .collect::<Result<_, AppError>>()?;
            Ok(FocusView {
                id: m.to_string(),
                label: move_label(fw, m.as_str()),
                actions,
            })
        })
        .collect()
}

fn goal_views(tr: &Tr, plan: &Plan, open: &OpenCircle) -> Vec<GoalView> {
    plan.body
        .goals
        .iter()
        .map(|g| GoalView {
            text: g.text.clone(),
            owner: open
                .members
                .iter()
                .find(|m| m.id == g.byline.author)
                .map(|m| m.display_name.clone())
                .unwrap_or_default(),
            on_behalf: on_behalf(tr, &g.byline, open),
            ratings: g
                .ratings
                .iter()
                .map(|r| RatingView {
                    text: tr.t_args("plans-rating", &[("score", r.score.to_string())]),
                    at: day_of(r.at),
                    on_behalf: on_behalf(tr, &r.byline, open),
                })
                .collect(),
        })
        .collect()
}

fn review_views(
    tr: &Tr,
    plan: &Plan,
    open: &OpenCircle,
    checks: &[moves_core::check::Check],
) -> Vec<ReviewView> {
    plan.body
        .reviews
        .iter()
        .map(|r| ReviewView {
            check: r
                .check
                .and_then(|id| checks.iter().find(|c| c.id == id))
                .map(|c| {
                    (
                        crate::routes::circles::checks::check_path(c),
                        crate::routes::circles::checks::day(c.started_at),
                    )
                }),
            at: day_of(r.at),
            by: byline_text(tr, &r.byline, &open.members),
            worked: r.worked.clone(),
            to_change: r.to_change.clone(),
            outcome: match &r.outcome {
                ReviewOutcome::Closed => tr.t("plans-outcome-closed"),
                ReviewOutcome::CarriedForward { next_review } => {
                    tr.t_args("plans-outcome-carried", &[("date", next_review.as_iso())])
                }
            },
        })
        .collect()
}

/// The plan page, with `kept` (a refused form) if there is one.
pub fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: &PlanPage,
    notice: Option<String>,
    kept: Kept,
    status: StatusCode,
) -> Result<Response, AppError> {
    let (open, plan, fw, goals_on) = (&shown.open, &shown.plan, &shown.framework, shown.goals_on);
    let me = open.access.member();
    let truths = fw
        .framework
        .noble_truths
        .iter()
        .filter_map(|t| {
            plan.truth(t.id.as_str()).map(|text| TruthView {
                label: t.label.text.clone(),
                text: text.to_owned(),
            })
        })
        .collect();
    let people = open
        .members
        .iter()
        .map(|m| Choice {
            value: m.id.to_string(),
            label: m.display_name.clone(),
        })
        .collect();
    // Goals are one's own; a practitioner may set one with someone else.
    let owners = open
        .members
        .iter()
        .filter(|m| {
            me.is_some_and(|me| me.id == m.id || me.role.is_practitioner())
                && plan.goals_of(m.id).count() < GOALS_PER_PERSON
        })
        .map(|m| Choice {
            value: m.id.to_string(),
            label: m.display_name.clone(),
        })
        .collect();
    // The checks reviews name (read only when one names any).
    let checks = &shown.checks;
    let categories = Category::ALL
        .iter()
        .map(|c| Choice {
            value: c.as_str().to_owned(),
            label: category_label(&tr, *c),
        })
        .collect();
    let services = ServiceKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.as_str().to_owned(),
            label: service_label(&tr, *k),
        })
        .collect();
    let marks = ActionState::MARKS
        .iter()
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: tr.t(&format!("plans-mark-{}", s.as_str())),
        })
        .collect();
    let today = Day::of(state.ctx.now());
    let errors = kept
        .errors
        .iter()
        .map(|e| FieldError {
            // Whole-plan problems (closed, changed meanwhile) point at the page.
            field: if e.field == "plan" {
                "main".to_owned()
            } else {
                format!("{}-{}", kept.form, e.field)
            },
            message: e.message.clone(),
        })
        .collect();
    let title = tr.t_args(
        "plans-plan-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = ShowPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        back: plans_path(open),
        href: plan_path(plan),
        made: day_of(plan.created_at),
        byline: byline_text(&tr, &plan.byline, &open.members),
        audience: audience_label(&tr, plan.audience),
        review_due: plan.review_due.as_iso(),
        due_now: plan.review_is_due(today),
        closed: plan.closed,
        nudge: plan
            .nudge_fewer_moves()
            .then(|| tr.t_args("plans-nudge", &[("count", FOCUS_NUDGE.to_string())])),
        notice,
        truths,
        focus: focus_views(&tr, plan, open, fw, &kept)?,
        keep_going: plan
            .body
            .keep_going
            .iter()
            .map(|m| move_label(fw, m.as_str()))
            .collect(),
        may_write: me.is_some() && !plan.closed && open.circle.is_open(),
        goals_on,
        goals: goal_views(&tr, plan, open),
        reviews: review_views(&tr, plan, open, checks),
        people,
        owners,
        categories,
        services,
        scores: (0..=10).collect(),
        marks,
        action_key: key_of(&kept, "add-action")?,
        goal_key: key_of(&kept, "goal")?,
        new_plan_href: format!("{}/new", plans_path(open)),
        kept,
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let (circle, plan) = plan_ids(&ids)?;
    let shown = plan_page(
        &state.ctx,
        &viewer.actor,
        shipped()?,
        circle,
        plan,
        "plan",
        Checks::Named,
    )
    .await?;
    let notice = match q.done.as_deref() {
        Some(
            done @ ("created" | "action_added" | "action_marked" | "goal_set" | "reviewed"
            | "closed" | "edited" | "category_confirmed"),
        ) => Some(tr.t(&format!("plans-done-{}", done.replace('_', "-")))),
        _ => None,
    };
    render(
        &state,
        tr,
        &viewer,
        &shown,
        notice,
        Kept::default(),
        StatusCode::OK,
    )
}

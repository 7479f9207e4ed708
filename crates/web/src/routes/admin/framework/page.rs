//! `GET /admin/framework`: the organisation's effective framework, its version
//! history, and the forms that change it. Forms that fail come back here with
//! what was typed.

use super::{FRAMEWORK_ADMIN_PATH, current, shipped};
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::admin::audit::format_time;
use crate::routes::framework::category_key;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::admin::framework::{HistoryEntry, history};
use moves_core::framework::Category;
use moves_core::framework::OverlayStatus;
use moves_core::framework::adaptation::ChangeKind;
use serde::Deserialize;

/// One move as the administrator sees it.
pub struct MoveRow {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub local: bool,
    pub reworded: bool,
    pub hidden: bool,
}

pub struct CompartmentRow {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub moves: Vec<MoveRow>,
}

pub struct HistoryRow {
    pub version: u32,
    pub when: String,
    pub who: String,
    pub what: String,
}

pub struct Choice {
    pub id: String,
    pub label: String,
    pub selected: bool,
    pub draft: bool,
}

/// What was typed in the forms of this page, kept when one is refused.
#[derive(Default)]
pub struct Kept {
    pub compartment: String,
    pub label: String,
    pub description: String,
    pub category: String,
    /// `None` shows the credit in force.
    pub credit: Option<String>,
}

/// What the page shows besides the framework: what was typed, a problem or a
/// notice, and which page of the history.
#[derive(Default)]
pub struct View {
    pub kept: Kept,
    pub problem: Option<Problem>,
    pub notice: Option<String>,
    /// Show the versions older than this one (the newest when `None`).
    pub history_before: Option<u32>,
}

/// A refused form: the message, and the id of the field to fix.
pub struct Problem {
    pub message: String,
    pub field: &'static str,
}

/// A newer edition of the framework than the one the organisation is on.
pub struct NewerEdition {
    pub id: String,
    pub title: String,
    /// The organisation has accepted a wording of the edition it is on: that
    /// wording does not move with it, so it must choose one again.
    pub drops_overlay: bool,
}

#[derive(Template)]
#[template(path = "admin/framework/index.html")]
struct AdaptationPage {
    layout: Layout,
    csrf: String,
    version: u32,
    edition_title: String,
    newer: Option<NewerEdition>,
    overlay_title: Option<String>,
    overlay_draft: bool,
    credit_in_force: Option<String>,
    compartments: Vec<CompartmentRow>,
    history: Vec<HistoryRow>,
    /// The link to older versions, when there are more.
    history_older: Option<String>,
    editions: Vec<Choice>,
    overlays: Vec<Choice>,
    categories: Vec<Choice>,
    compartment_choices: Vec<Choice>,
    kept: Kept,
    problem: Option<Problem>,
    notice: Option<String>,
}

impl AdaptationPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.problem
            .as_ref()
            .filter(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
    /// A page of the history: versions older than this.
    #[serde(default)]
    before: Option<String>,
}

fn notice_for(tr: &Tr, done: Option<&str>) -> Option<String> {
    Some(match done? {
        "adopted" => tr.t("adapt-done-adopted"),
        "overlay" => tr.t("adapt-done-overlay"),
        "added" => tr.t("adapt-done-added"),
        "reworded" => tr.t("adapt-done-reworded"),
        "hidden" => tr.t("adapt-done-hidden"),
        "shown" => tr.t("adapt-done-shown"),
        "credited" => tr.t("adapt-done-credited"),
        "imported" => tr.t("adapt-done-imported"),
        "unchanged" => tr.t("adapt-done-unchanged"),
        _ => return None,
    })
}

pub fn change_text(tr: &Tr, kind: ChangeKind, subject: Option<&str>) -> String {
    let subject = subject.unwrap_or("").to_owned();
    match kind {
        ChangeKind::Adopted => tr.t_args("adapt-change-adopted", &[("id", subject)]),
        ChangeKind::OverlayAccepted => {
            tr.t_args("adapt-change-overlay-accepted", &[("id", subject)])
        }
        ChangeKind::OverlayDropped => tr.t("adapt-change-overlay-dropped"),
        ChangeKind::MoveAdded => tr.t_args("adapt-change-move-added", &[("id", subject)]),
        ChangeKind::Reworded => tr.t_args("adapt-change-reworded", &[("id", subject)]),
        ChangeKind::Hidden => tr.t_args("adapt-change-hidden", &[("id", subject)]),
        ChangeKind::Unhidden => tr.t_args("adapt-change-unhidden", &[("id", subject)]),
        ChangeKind::Credited => tr.t("adapt-change-credited"),
        ChangeKind::Imported => tr.t("adapt-change-imported"),
    }
}

fn history_rows(tr: &Tr, history: Vec<HistoryEntry>) -> Vec<HistoryRow> {
    history
        .into_iter()
        .map(|h| HistoryRow {
            version: h.summary.version,
            when: format_time(tr, h.summary.saved_at),
            who: h.saved_by.unwrap_or_else(|| tr.t("adapt-history-nobody")),
            what: change_text(
                tr,
                h.summary.change.kind,
                h.summary.change.subject.as_deref(),
            ),
        })
        .collect()
}

pub(super) async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    view: View,
    status: StatusCode,
) -> Result<Response, AppError> {
    let View {
        kept,
        problem,
        notice,
        history_before,
    } = view;
    let catalogue = shipped()?;
    let adaptation = current(state, viewer).await?;
    let adapted = catalogue
        .adapted(&adaptation)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let fw = &adapted.framework;
    let compartments = fw
        .compartments
        .iter()
        .map(|c| CompartmentRow {
            id: c.id.to_string(),
            label: c.label.text.clone(),
            lang: c.label.lang.clone(),
            moves: fw
                .moves_in(c.id.as_str())
                .into_iter()
                .map(|m| MoveRow {
                    id: m.id.to_string(),
                    label: m.label.text.clone(),
                    lang: m.label.lang.clone(),
                    local: adapted.is_local(&m.id),
                    reworded: adapted.reworded.contains(&m.id),
                    hidden: adapted.hidden.contains(&m.id),
                })
                .collect(),
        })
        .collect();
    let history = history(&state.ctx, &viewer.actor, history_before).await?;
    let history_older = history
        .older
        .map(|v| format!("{FRAMEWORK_ADMIN_PATH}?before={v}#history"));
    let history = history_rows(&tr, history.entries);
    let newer = catalogue
        .replacement_for(adaptation.base.as_str())
        .map(|f| NewerEdition {
            id: f.id.to_string(),
            title: format!("{} ({})", f.title, f.edition),
            drops_overlay: adaptation.overlay.is_some(),
        });
    // An edition another replaces is offered only to whoever is still on it.
    let editions = catalogue
        .frameworks()
        .iter()
        .filter(|f| f.id == adaptation.base || catalogue.replacement_for(f.id.as_str()).is_none())
        .map(|f| Choice {
            id: f.id.to_string(),
            label: format!("{} ({})", f.title, f.edition),
            selected: f.id == adaptation.base,
            draft: false,
        })
        .collect();
    let overlays = catalogue
        .overlays_for(adaptation.base.as_str())
        .into_iter()
        .map(|o| Choice {
            id: o.id.to_string(),
            label: o.title.clone(),
            selected: adaptation.overlay.as_ref() == Some(&o.id),
            draft: o.status == OverlayStatus::Draft,
        })
        .collect();
    let categories = Category::ALL
        .iter()
        .map(|c| Choice {
            id: c.as_str().to_owned(),
            label: tr.t(category_key(*c)),
            selected: kept.category == c.as_str(),
            draft: false,
        })
        .collect();
    let compartment_choices = fw
        .compartments
        .iter()
        .map(|c| Choice {
            id: c.id.to_string(),
            label: c.label.text.clone(),
            selected: kept.compartment == c.id.as_str(),
            draft: false,
        })
        .collect();
    let title = tr.t("adapt-title");
    let page = AdaptationPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        version: adaptation.version,
        edition_title: format!("{} ({})", fw.title.text, fw.edition),
        newer,
        overlay_title: fw.overlay.as_ref().and_then(|o| {
            catalogue
                .overlay(o.id.as_str())
                .map(|full| full.title.clone())
        }),
        overlay_draft: fw
            .overlay
            .as_ref()
            .is_some_and(|o| o.status == OverlayStatus::Draft),
        credit_in_force: adapted.co_produced_by.clone(),
        compartments,
        history,
        history_older,
        editions,
        overlays,
        categories,
        compartment_choices,
        kept,
        problem,
        notice,
    };
    render_page(&page, status, [])
}

/// `GET /admin/framework`
pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let view = View {
        notice: notice_for(&tr, q.done.as_deref()),
        // A page number that is not one shows the newest.
        history_before: q.before.and_then(|b| b.trim().parse().ok()),
        ..View::default()
    };
    render(&state, tr, &viewer, view, StatusCode::OK).await
}

/// Where the main page is, for redirects after a change.
pub const PAGE: &str = FRAMEWORK_ADMIN_PATH;

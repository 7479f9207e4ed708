//! `GET /circles/{id}/checks/{check}/compare`: the shared perspectives the
//! viewer may see, side by side, move by move, each answer and whether they
//! agree marked in words and a symbol (never colour alone), and what was
//! agreed. `?differ=yes` shows only the moves where they differ, so the
//! filter works without JavaScript. On a phone the table stacks.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::{check_path, shipped, status_label, status_symbol};
use crate::routes::circles::sharing::byline_text;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::check::compare::compare as shared_views;
use moves_core::check::{Agreement, Answer, Perspective};
use serde::Deserialize;

pub struct Cell {
    pub who: String,
    pub answer: String,
    pub note: Option<String>,
}

pub struct Row {
    pub label: String,
    pub lang: String,
    pub cells: Vec<Cell>,
    pub agreement: String,
    pub differ: bool,
    pub agreed: String,
}

pub struct Group {
    pub label: String,
    pub lang: String,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "circles/checks/compare.html")]
struct ComparePage {
    layout: Layout,
    back: String,
    action: String,
    only_differ: bool,
    people: Vec<String>,
    groups: Vec<Group>,
}

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    differ: Option<String>,
}

fn answer_text(tr: &Tr, a: Option<&Answer>) -> String {
    match a {
        Some(a) => format!(
            "{} {}",
            status_symbol(tr, a.status),
            status_label(tr, a.status)
        ),
        None => tr.t("checks-not-answered"),
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(filter): Query<Filter>,
) -> Result<Response, AppError> {
    let views = shared_views(
        &state.ctx,
        &worker.actor,
        shipped()?,
        ids.circle()?,
        ids.id("check")?,
    )
    .await?;
    let (open, check, framework) = (&views.open, &views.check, &views.framework);
    let shared: Vec<&Perspective> = views.shared.iter().collect();
    let only_differ = filter.differ.as_deref() == Some("yes");
    let people: Vec<String> = shared
        .iter()
        .map(|p| byline_text(&tr, &p.byline, &open.members))
        .collect();
    let rows = moves_core::check::compare(framework, check, &shared, only_differ);
    let mut groups: Vec<Group> = Vec::new();
    for r in rows {
        let m = r.framework_move;
        let row = Row {
            label: m.label.text.clone(),
            lang: m.label.lang.clone(),
            cells: r
                .answers
                .iter()
                .zip(&people)
                .map(|(a, who)| Cell {
                    who: who.clone(),
                    answer: answer_text(&tr, *a),
                    note: a.and_then(|a| a.note.clone()),
                })
                .collect(),
            agreement: match r.agreement {
                Agreement::Same => tr.t("checks-agreement-same"),
                Agreement::Differ => tr.t("checks-agreement-differ"),
                Agreement::TooFew => tr.t("checks-agreement-too-few"),
            },
            differ: r.agreement == Agreement::Differ,
            agreed: answer_text(&tr, r.agreed),
        };
        match groups.last_mut() {
            Some(g)
                if framework
                    .framework
                    .compartment_by_id(m.compartment.as_str())
                    .is_some_and(|c| c.label.text == g.label) =>
            {
                g.rows.push(row)
            }
            _ => {
                let c = framework
                    .framework
                    .compartment_by_id(m.compartment.as_str());
                groups.push(Group {
                    label: c.map(|c| c.label.text.clone()).unwrap_or_default(),
                    lang: c.map(|c| c.label.lang.clone()).unwrap_or_default(),
                    rows: vec![row],
                });
            }
        }
    }
    let title = tr.t("checks-compare-title");
    let page = ComparePage {
        back: check_path(check),
        action: format!("{}/compare", check_path(check)),
        only_differ,
        people,
        groups,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

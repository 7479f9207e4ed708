//! `GET /circles/{id}/checks/{check}`: one check. The viewer's own
//! perspective (or a button to start it), a practitioner's choice of someone
//! to enter a view with, every perspective the viewer may see with who it is
//! by, whether it is shared, and its counts per compartment (never a total),
//! the ways to compare and to record what was agreed, and every change to
//! what was agreed (who, when, before and after), a page at a time
//! (`moves_core::check::read`).

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::agreed::agreed_path;
use crate::routes::circles::checks::history::history_lines;
use crate::routes::circles::checks::perspective::compartment_path;
use crate::routes::circles::checks::{
    check_path, checks_path, day, shipped, status_label, status_symbol,
};
use crate::routes::circles::sharing::{audience_label, byline_text};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::check::open::first_compartment;
use moves_core::check::read::read;
use moves_core::check::{AgreedChangeCursor, counts};
use serde::Deserialize;

pub struct CountLine {
    pub label: String,
    pub lang: String,
    pub counts: String,
}

pub struct PerspectiveRow {
    pub byline: String,
    pub on_behalf: bool,
    pub shared: String,
    pub counts: Vec<CountLine>,
    pub edit: Option<String>,
    pub share: Option<String>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "circles/checks/check.html")]
struct CheckPage {
    layout: Layout,
    csrf: String,
    id: String,
    back: String,
    action: String,
    started: String,
    version_note: String,
    notice: Option<String>,
    /// Whether the viewer may start their own perspective (none yet).
    start_mine: bool,
    /// Who a practitioner may enter a view with (no perspective yet).
    with_choices: Vec<Choice>,
    perspectives: Vec<PerspectiveRow>,
    compare: String,
    agreed: Option<String>,
    agreed_counts: Vec<CountLine>,
    /// Changes to what was agreed, newest first: one page.
    history: Vec<String>,
    /// The next (older) page of changes, if there may be one.
    older: Option<String>,
    /// The newest page, when this is an older one.
    newest: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct CheckQuery {
    #[serde(default)]
    done: Option<String>,
    /// Where a page of the changes to what was agreed starts.
    #[serde(default)]
    changes: Option<String>,
}

fn count_lines(
    tr: &Tr,
    framework: &moves_core::framework::adaptation::AdaptedFramework,
    answers: &[moves_core::check::Answer],
) -> Vec<CountLine> {
    counts(framework, answers)
        .into_iter()
        .map(|c| {
            let w = framework
                .framework
                .compartment_by_id(c.compartment.as_str());
            let mut parts: Vec<String> = c
                .by_status
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(s, n)| format!("{} {} {n}", status_symbol(tr, *s), status_label(tr, *s)))
                .collect();
            if c.left > 0 {
                parts.push(tr.t_args("checks-count-left", &[("count", c.left.to_string())]));
            }
            CountLine {
                label: w.map(|w| w.label.text.clone()).unwrap_or_default(),
                lang: w.map(|w| w.label.lang.clone()).unwrap_or_default(),
                counts: parts.join(" · "),
            }
        })
        .collect()
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(q): Query<CheckQuery>,
) -> Result<Response, AppError> {
    // A garbled cursor shows the newest changes.
    let after = q.changes.as_deref().and_then(AgreedChangeCursor::parse);
    let paged = after.is_some();
    let read = read(
        &state.ctx,
        &worker.actor,
        shipped()?,
        ids.circle()?,
        ids.id("check")?,
        after,
    )
    .await?;
    let (open, check, framework) = (&read.open, &read.check, &read.framework);
    let me = open.access.member().filter(|m| m.user_id.is_some());
    let first = first_compartment(framework);
    let has_own = |m: &moves_core::circle::CircleMember| read.authors.contains(&m.id);
    let start_mine = me.is_some_and(|m| !has_own(m) && open.circle.is_open());
    let with_choices = match me {
        Some(m) if m.role.is_practitioner() && open.circle.is_open() => open
            .members
            .iter()
            .filter(|o| o.id != m.id && !has_own(o))
            .map(|o| Choice {
                value: o.id.to_string(),
                label: o.display_name.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let perspectives = read
        .seen
        .iter()
        .map(|p| {
            let editable = me.is_some_and(|m| p.may_edit(m));
            PerspectiveRow {
                byline: byline_text(&tr, &p.byline, &open.members),
                on_behalf: p.byline.is_on_behalf(),
                shared: if p.is_draft() {
                    tr.t("checks-draft")
                } else {
                    tr.t_args(
                        "checks-shared-with",
                        &[("audience", audience_label(&tr, p.audience))],
                    )
                },
                counts: count_lines(&tr, framework, &p.answers),
                edit: editable.then(|| compartment_path(check, p.id, &first)),
                share: editable
                    .then(|| format!("{}/perspectives/{}/share", check_path(check), p.id)),
            }
        })
        .collect();
    let notice = match q.done.as_deref() {
        Some("shared") => Some(tr.t("checks-done-shared")),
        Some("agreed") => Some(tr.t("checks-done-agreed")),
        _ => None,
    };
    let title = tr.t_args(
        "checks-check-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = CheckPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        back: checks_path(open.circle.id),
        action: format!("{}/perspectives", check_path(check)),
        started: day(check.started_at),
        // Named by its title, in plain words: the edition's id and "version 0"
        // mean nothing to a young person.
        version_note: match check.framework.adaptation_version {
            0 => tr.t_args(
                "checks-version-published",
                &[("title", framework.framework.title.text.clone())],
            ),
            v => tr.t_args(
                "checks-version-adapted",
                &[
                    ("title", framework.framework.title.text.clone()),
                    ("version", v.to_string()),
                ],
            ),
        },
        notice,
        start_mine,
        with_choices,
        perspectives,
        compare: format!("{}/compare", check_path(check)),
        agreed: me.map(|_| agreed_path(check, &first)),
        agreed_counts: if check.agreed.is_empty() {
            Vec::new()
        } else {
            count_lines(&tr, framework, &check.agreed)
        },
        history: history_lines(&tr, framework, &open.members, &read.history),
        older: read.older.as_ref().map(|c| {
            format!(
                "{}?changes={}#agreed-changes",
                check_path(check),
                c.as_param()
            )
        }),
        newest: paged.then(|| format!("{}#agreed-changes", check_path(check))),
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

//! `GET /circles/{id}/progress`: what changed over months, from what the
//! viewer may see. Whose view it follows (one person's shared views, or the
//! versions agreed together) is chosen by a plain GET form, so every part
//! works without JavaScript:
//!
//! 1. the framework picture coloured (and patterned, and worded) by the
//!    latest status of each move, with a table saying the same;
//! 2. two checks compared move by move (`?a=CHECK&b=CHECK`, `?changed=yes`
//!    for only what changed);
//! 3. counts per compartment over time, a chart with a table equivalent;
//! 4. the timeline of checks, plans and reviews, newest first.
//!
//! The rules are in `moves_core::progress`, and so is reading the circle's
//! checks, perspectives and plans once each (not once per check) and the
//! answers of the chosen view only; this renders. A bad value in the address (garbage, a
//! check of another circle) is named at the top of the page, which then
//! shows what it would without it.

mod chart;
mod glance;
mod picture;
mod rows;

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::PathIds;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::day;
use crate::routes::circles::circle_path;
use crate::routes::circles::plans::FieldError;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::check::AnswerStatus;
use moves_core::circle::OpenCircle;
use moves_core::progress::{
    PairError, Whose, changes, latest, over_time, pick_pair, progress, summary, timeline,
};
use rows::{ChangeGroup, Choice, CountsTable, LatestGroup, TimelineItem};

#[derive(Template)]
#[template(path = "circles/progress/page.html")]
struct ProgressPage {
    layout: Layout,
    id: String,
    action: String,
    errors: Vec<FieldError>,
    /// The views to choose from; empty when nothing was shared yet.
    whose_choices: Vec<Choice>,
    whose: String,
    whose_label: String,
    /// Progress at a glance: sentences, and the moves that got closer.
    glance: Vec<String>,
    closer: Vec<(String, String)>,
    /// Whether the comparison was asked for (then it starts open).
    compare_open: bool,
    glance_picture: Option<String>,
    picture: Option<String>,
    latest: Vec<LatestGroup>,
    /// Checks of the chosen view, newest first, for the comparison's form.
    check_choices_a: Vec<Choice>,
    check_choices_b: Vec<Choice>,
    only_changed: bool,
    /// (then, now): the days of the two checks compared.
    pair: Option<(String, String)>,
    changes: Vec<ChangeGroup>,
    chart: Option<String>,
    counts: Vec<CountsTable>,
    status_headings: Vec<String>,
    /// Each status's pattern code and words, for the legend.
    legend: Vec<Choice>,
    timeline: Vec<TimelineItem>,
}

/// The first value of `key` in the address; repeats and unknown keys are
/// ignored rather than refused.
fn first<'a>(query: &'a [(String, String)], key: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn whose_label(tr: &Tr, open: &OpenCircle, whose: Whose) -> String {
    match whose {
        Whose::Agreed => tr.t("progress-whose-agreed"),
        Whose::Person(id) => {
            let name = open
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.display_name.clone())
                .unwrap_or_default();
            if open.access.member().is_some_and(|m| m.id == id) {
                tr.t_args("progress-whose-you", &[("name", name)])
            } else {
                name
            }
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    ids: PathIds,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let shipped = crate::routes::circles::plans::shipped()?;
    let progress = progress(
        &state.ctx,
        &viewer.actor,
        shipped,
        ids.circle()?,
        first(&query, "whose"),
    )
    .await?;
    let views = progress.views();
    let open = &progress.open;
    let (checks, plans, answered) = (&progress.checks, &progress.plans, &progress.answered);
    let whose = progress.whose;
    let mut errors = Vec::new();
    if progress.whose_refused {
        errors.push(FieldError {
            field: "whose".to_owned(),
            message: tr.t("progress-error-whose"),
        });
    }
    let series = whose.map(|w| views.series(w, answered)).unwrap_or_default();
    let pair = pick_pair(&series, first(&query, "a"), first(&query, "b")).unwrap_or_else(|e| {
        errors.push(FieldError {
            field: "a".to_owned(),
            message: tr.t(match e {
                PairError::NotACheck => "progress-error-not-a-check",
                PairError::NotInSeries => "progress-error-not-in-series",
                PairError::SameCheck => "progress-error-same-check",
            }),
        });
        pick_pair(&series, None, None).ok().flatten()
    });
    let only_changed = first(&query, "changed") == Some("yes");

    // The wording of the newest check of the view (the young person reads
    // the young people's wording when that is the accepted one).
    let framework = &progress.framework;
    let mut page = ProgressPage {
        id: open.circle.id.to_string(),
        action: format!("{}/progress", circle_path(open.circle.id)),
        whose_choices: views
            .choices()
            .into_iter()
            .map(|w| Choice {
                value: w.code(),
                label: whose_label(&tr, open, w),
                selected: Some(w) == whose,
            })
            .collect(),
        whose: whose.map(Whose::code).unwrap_or_default(),
        whose_label: whose.map(|w| whose_label(&tr, open, w)).unwrap_or_default(),
        glance: Vec::new(),
        closer: Vec::new(),
        compare_open: first(&query, "a").is_some() || first(&query, "b").is_some(),
        glance_picture: None,
        picture: None,
        latest: Vec::new(),
        check_choices_a: Vec::new(),
        check_choices_b: Vec::new(),
        only_changed,
        pair: pair.map(|(a, b)| (day(a.check.started_at), day(b.check.started_at))),
        changes: Vec::new(),
        chart: None,
        counts: Vec::new(),
        status_headings: AnswerStatus::ALL
            .iter()
            .map(|s| rows::status_words(&tr, Some(*s)))
            .chain([tr.t("progress-not-answered")])
            .collect(),
        legend: AnswerStatus::ALL
            .iter()
            .map(|s| Some(*s))
            .chain([None])
            .map(|s| Choice {
                value: rows::status_code(s).to_owned(),
                label: rows::status_words(&tr, s),
                selected: false,
            })
            .collect(),
        timeline: Vec::new(),
        errors: Vec::new(),
        layout: Layout::new(tr.clone(), String::new()),
    };
    if let Some(fw) = framework {
        let found = latest(&series);
        (page.glance, page.closer) = glance(&tr, fw, &summary(fw, &series));
        page.latest = rows::latest_groups(&tr, fw, &found);
        page.glance_picture = Some(svg(&glance::GlancePicture::new(fw, &found))?);
        page.picture = Some(svg(&picture::ProgressPicture::new(&tr, fw, &found))?);
        let newest_first = series.iter().rev();
        let choice = |chosen: Option<&moves_core::check::Check>| {
            newest_first
                .clone()
                .map(|p| Choice {
                    value: p.check.id.to_string(),
                    label: day(p.check.started_at),
                    selected: chosen.is_some_and(|c| c.id == p.check.id),
                })
                .collect::<Vec<_>>()
        };
        page.check_choices_a = choice(pair.map(|(a, _)| a.check));
        page.check_choices_b = choice(pair.map(|(_, b)| b.check));
        if let Some((then, now)) = pair {
            page.changes = rows::change_groups(
                &tr,
                fw,
                &changes(fw, then.answers, now.answers, only_changed),
            );
        }
        let counted = over_time(fw, &series);
        page.counts = rows::counts_tables(fw, &counted);
        page.chart = Some(svg(&chart::CountsChart::new(fw, &counted))?);
    }
    page.timeline = timeline(&open.access, checks, views.perspectives(), plans)
        .iter()
        .map(|e| rows::timeline_item(&tr, open, e))
        .collect();
    page.errors = errors;
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = tr.t_args(
        "progress-title",
        &[("name", open.circle.focus_name.clone())],
    );
    page.layout = Layout::for_viewer(tr, title, &viewer);
    render_page(&page, status, [])
}

/// Progress at a glance in plain sentences, and the moves that got closer
/// to "in place" since the check before (label, language).
fn glance(
    tr: &Tr,
    fw: &moves_core::framework::adaptation::AdaptedFramework,
    s: &moves_core::progress::Summary<'_>,
) -> (Vec<String>, Vec<(String, String)>) {
    let n = |v: usize| v.to_string();
    let mut lines = vec![tr.t_args(
        "progress-glance-now",
        &[
            ("in_place", n(s.in_place)),
            ("partly", n(s.partly)),
            ("not_yet", n(s.not_yet)),
        ],
    )];
    let mut closer = Vec::new();
    match &s.since_last {
        None => lines.push(tr.t("progress-glance-one-check")),
        Some(since) => {
            lines.push(tr.t_count(
                "progress-glance-closer",
                since.towards.len(),
                &[("day", day(since.then.started_at))],
            ));
            closer = since
                .towards
                .iter()
                .filter_map(|id| fw.framework.move_by_id(id.as_str()))
                .map(|m| (m.label.text.clone(), m.label.lang.clone()))
                .collect();
            if since.away > 0 {
                lines.push(tr.t_count("progress-glance-away", since.away, &[]));
            }
            if since.newly_answered > 0 {
                lines.push(tr.t_count("progress-glance-new", since.newly_answered, &[]));
            }
        }
    }
    (lines, closer)
}

/// A picture drawn for the page, to be put inline.
fn svg(drawing: &impl Template) -> Result<String, AppError> {
    drawing.render().map_err(|e| {
        tracing::error!(error = %e, "a progress drawing failed to render");
        AppError::Internal(e.to_string())
    })
}

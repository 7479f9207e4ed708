//! The progress page's tables and lists, in words: each is the text
//! equivalent of a picture or chart, or the timeline.

use crate::i18n::Tr;
use crate::routes::circles::checks::{check_path, day, status_label, status_symbol};
use crate::routes::circles::plans::plan_path;
use moves_core::check::{AnswerStatus, Check};
use moves_core::circle::OpenCircle;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::framework::{MoveId, ResolvedCompartment};
use moves_core::plan::ReviewOutcome;
use moves_core::progress::{ChangeRow, CountsAt, Direction, Event, Latest};
use std::collections::BTreeMap;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// "● In place", or "Not answered".
pub fn status_words(tr: &Tr, status: Option<AnswerStatus>) -> String {
    match status {
        Some(s) => format!("{} {}", status_symbol(tr, s), status_label(tr, s)),
        None => tr.t("progress-not-answered"),
    }
}

/// A code for a status, for the pictures' patterns.
pub fn status_code(status: Option<AnswerStatus>) -> &'static str {
    status.map_or("none", AnswerStatus::as_str)
}

pub struct LatestRow {
    pub label: String,
    pub lang: String,
    pub status: String,
    /// The day of the check the answer is from.
    pub from: String,
    pub from_href: String,
}

pub struct LatestGroup {
    pub label: String,
    pub lang: String,
    /// The moves answered in the view; those never answered are counted.
    pub rows: Vec<LatestRow>,
    pub unanswered: Option<String>,
}

fn compartments(fw: &AdaptedFramework) -> Vec<&ResolvedCompartment> {
    let mut c: Vec<_> = fw.framework.compartments.iter().collect();
    c.sort_by_key(|c| c.order);
    c
}

/// The moves offered, and any hidden one that has an answer.
pub fn shown_moves<'a>(
    fw: &'a AdaptedFramework,
    compartment: &str,
    answered: impl Fn(&MoveId) -> bool,
) -> Vec<&'a moves_core::framework::ResolvedMove> {
    fw.framework
        .moves_in(compartment)
        .into_iter()
        .filter(|m| !fw.hidden.contains(&m.id) || answered(&m.id))
        .collect()
}

pub fn latest_groups(
    tr: &Tr,
    fw: &AdaptedFramework,
    found: &BTreeMap<MoveId, Latest<'_>>,
) -> Vec<LatestGroup> {
    compartments(fw)
        .into_iter()
        .map(|c| {
            let moves = shown_moves(fw, c.id.as_str(), |id| found.contains_key(id));
            let total = moves.len();
            let rows: Vec<LatestRow> = moves
                .into_iter()
                .filter_map(|m| {
                    let l = found.get(&m.id)?;
                    Some(LatestRow {
                        label: m.label.text.clone(),
                        lang: m.label.lang.clone(),
                        status: status_words(tr, Some(l.status)),
                        from: day(l.check.started_at),
                        from_href: check_path(l.check),
                    })
                })
                .collect();
            LatestGroup {
                label: c.label.text.clone(),
                lang: c.label.lang.clone(),
                unanswered: (total > rows.len())
                    .then(|| tr.t_count("progress-group-unanswered", total - rows.len(), &[])),
                rows,
            }
        })
        .collect()
}

pub struct ChangeRowView {
    pub label: String,
    pub lang: String,
    pub then: String,
    pub now: String,
    pub change: String,
    pub changed: bool,
}

pub struct ChangeGroup {
    pub label: String,
    pub lang: String,
    pub rows: Vec<ChangeRowView>,
}

/// "↑ Towards going well", in words with a symbol.
pub fn direction_words(tr: &Tr, d: Direction) -> String {
    format!(
        "{} {}",
        tr.t(&format!("progress-symbol-{}", d.as_str())),
        tr.t(&format!("progress-direction-{}", d.as_str()))
    )
}

pub fn change_groups(tr: &Tr, fw: &AdaptedFramework, rows: &[ChangeRow<'_>]) -> Vec<ChangeGroup> {
    let mut groups: Vec<ChangeGroup> = Vec::new();
    for c in compartments(fw) {
        let rows: Vec<ChangeRowView> = rows
            .iter()
            .filter(|r| r.framework_move.compartment == c.id)
            .map(|r| ChangeRowView {
                label: r.framework_move.label.text.clone(),
                lang: r.framework_move.label.lang.clone(),
                then: status_words(tr, r.then),
                now: status_words(tr, r.now),
                change: direction_words(tr, r.direction),
                changed: r.direction.changed(),
            })
            .collect();
        if !rows.is_empty() {
            groups.push(ChangeGroup {
                label: c.label.text.clone(),
                lang: c.label.lang.clone(),
                rows,
            });
        }
    }
    groups
}

pub struct CountsRow {
    pub day: String,
    /// In the order of `AnswerStatus::ALL`, then the moves not answered.
    pub cells: Vec<u32>,
}

pub struct CountsTable {
    pub id: String,
    pub label: String,
    pub lang: String,
    pub rows: Vec<CountsRow>,
}

pub fn counts_tables(fw: &AdaptedFramework, counted: &[CountsAt<'_>]) -> Vec<CountsTable> {
    compartments(fw)
        .into_iter()
        .map(|c| CountsTable {
            id: c.id.to_string(),
            label: c.label.text.clone(),
            lang: c.label.lang.clone(),
            rows: counted
                .iter()
                .filter_map(|at| {
                    let n = at.counts.iter().find(|n| n.compartment == c.id)?;
                    Some(CountsRow {
                        day: day(at.check.started_at),
                        cells: n
                            .by_status
                            .iter()
                            .map(|(_, k)| *k)
                            .chain([n.left])
                            .collect(),
                    })
                })
                .collect(),
        })
        .collect()
}

pub struct TimelineItem {
    /// `2026-11-26`, also the `datetime` of its `<time>`.
    pub day: String,
    pub text: String,
    pub href: String,
    pub link: String,
    /// The check done for a review.
    pub check: Option<(String, String)>,
}

fn check_link(tr: &Tr, check: &Check) -> (String, String) {
    (
        check_path(check),
        tr.t_args(
            "progress-timeline-check-link",
            &[("day", day(check.started_at))],
        ),
    )
}

pub fn timeline_item(tr: &Tr, open: &OpenCircle, e: &Event<'_>) -> TimelineItem {
    let name = |id| {
        open.members
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.display_name.clone())
            .unwrap_or_default()
    };
    match e {
        Event::CheckRecorded { check, views } => TimelineItem {
            day: day(check.started_at),
            text: tr.t_args(
                "progress-timeline-check",
                &[("by", name(check.started_by)), ("views", views.to_string())],
            ),
            href: check_path(check),
            link: tr.t("progress-timeline-open-check"),
            check: None,
        },
        Event::PlanStarted { plan } => TimelineItem {
            day: day(plan.created_at),
            text: tr.t_args(
                "progress-timeline-plan",
                &[
                    ("by", name(plan.byline.author)),
                    ("moves", plan.body.focus.len().to_string()),
                ],
            ),
            href: plan_path(plan),
            link: tr.t("progress-timeline-open-plan"),
            check: None,
        },
        Event::Reviewed {
            plan,
            review,
            check,
        } => TimelineItem {
            day: day(review.at),
            text: match &review.outcome {
                ReviewOutcome::CarriedForward { next_review } => tr.t_args(
                    "progress-timeline-review-carried",
                    &[
                        ("by", name(review.byline.author)),
                        ("next", next_review.as_iso()),
                    ],
                ),
                ReviewOutcome::Closed => tr.t_args(
                    "progress-timeline-review-closed",
                    &[("by", name(review.byline.author))],
                ),
            },
            href: plan_path(plan),
            link: tr.t("progress-timeline-open-plan"),
            check: check.map(|c| check_link(tr, c)),
        },
    }
}

//! The printable copy's sections beyond the journal: who decides, sharing
//! agreements, checks and plans. They are made from the same
//! `CircleExport` as the JSON file (never read again from the store), so
//! the page and the file always hold the same things; moves are named with
//! the wording of the framework version each check or plan keeps (read by
//! `moves_core::circle::export::printable`).

use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::checks::status_label;
use crate::routes::circles::plans::{category_label, move_label, stuck_text};
use crate::routes::circles::sharing::audience_label;
use moves_core::check::AnswerStatus;
use moves_core::circle::Audience;
use moves_core::circle::export::{
    ExportedAgreement, ExportedAnswer, ExportedCheck, ExportedPlan, Wordings,
};
use moves_core::framework::AdaptedFramework;
use moves_core::plan::{ServiceKind, Stuck};

pub struct AgreementItem {
    pub sentence: String,
    pub what: String,
    pub recorded: String,
    pub ended: Option<String>,
}

/// A person's view, or the agreed version, of one check.
pub struct AnswerGroup {
    pub heading: String,
    /// Who it is shared with, for a view.
    pub audience: Option<String>,
    pub answers: Vec<String>,
}

pub struct CheckItem {
    pub heading: String,
    pub groups: Vec<AnswerGroup>,
    pub no_views: bool,
}

pub struct Labelled {
    pub label: String,
    pub text: String,
}

pub struct PlanItem {
    pub heading: String,
    pub byline: String,
    pub audience: String,
    pub review: String,
    pub focus: Vec<String>,
    /// Moves already working, to keep going.
    pub keep_going: Vec<String>,
    pub truths: Vec<Labelled>,
    pub actions: Vec<String>,
    pub goals: Vec<Labelled>,
    pub reviews: Vec<Labelled>,
}

/// "2025-11-24" of "2025-11-24T16:00:00Z".
fn day(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or(rfc3339).to_owned()
}

fn byline(tr: &Tr, by: &str, entered_by: Option<&String>) -> String {
    match entered_by {
        Some(typist) => tr.t_args(
            "circles-entered-by-with",
            &[("typist", typist.clone()), ("author", by.to_owned())],
        ),
        None => tr.t_args("circles-by", &[("author", by.to_owned())]),
    }
}

fn shared_with(tr: &Tr, code: &str) -> String {
    match Audience::parse(code) {
        Some(Audience::OnlyMe) | None => tr.t("checks-draft"),
        Some(a) => tr.t_args("notes-shared-with", &[("audience", audience_label(tr, a))]),
    }
}

pub fn agreements(tr: &Tr, list: &[ExportedAgreement]) -> Vec<AgreementItem> {
    list.iter()
        .map(|a| AgreementItem {
            sentence: tr.t_args(
                "sharing-agreed-sentence",
                &[
                    ("decider", a.decided_by.clone()),
                    ("with_whom", a.with_whom.clone()),
                ],
            ),
            what: a.what.clone(),
            recorded: if a.recorded_by == a.decided_by {
                tr.t_args(
                    "sharing-recorded-by",
                    &[
                        ("name", a.recorded_by.clone()),
                        ("date", day(&a.recorded_at)),
                    ],
                )
            } else {
                tr.t_args(
                    "sharing-recorded-with",
                    &[
                        ("name", a.recorded_by.clone()),
                        ("decider", a.decided_by.clone()),
                        ("date", day(&a.recorded_at)),
                    ],
                )
            },
            ended: a
                .ended_by
                .as_ref()
                .zip(a.ended_at.as_ref())
                .map(|(by, at)| {
                    tr.t_args(
                        "sharing-ended-by",
                        &[("name", by.clone()), ("date", day(at))],
                    )
                }),
        })
        .collect()
}

/// The wording of `edition` at `version`, which the export names (so
/// `printable` read it).
fn wording<'a>(
    wordings: &'a Wordings,
    edition: &str,
    version: u32,
) -> Result<&'a AdaptedFramework, AppError> {
    wordings
        .of(edition, version)
        .ok_or_else(|| AppError::Internal(format!("no wording for {edition} {version}")))
}

fn answer_lines(tr: &Tr, fw: &AdaptedFramework, answers: &[ExportedAnswer]) -> Vec<String> {
    answers
        .iter()
        .map(|a| {
            let status = AnswerStatus::parse(a.status)
                .map(|s| status_label(tr, s))
                .unwrap_or_default();
            let line = tr.t_args(
                "export-answer",
                &[("move", move_label(fw, &a.move_id)), ("status", status)],
            );
            match &a.note {
                Some(n) => format!("{line} ({n})"),
                None => line,
            }
        })
        .collect()
}

pub fn checks(
    tr: &Tr,
    wordings: &Wordings,
    list: &[ExportedCheck],
) -> Result<Vec<CheckItem>, AppError> {
    let mut out = Vec::new();
    for c in list {
        let fw = wording(wordings, &c.framework, c.framework_version)?;
        let mut groups = vec![AnswerGroup {
            heading: tr.t("export-check-agreed"),
            audience: None,
            answers: if c.agreed.is_empty() {
                vec![tr.t("export-check-none-agreed")]
            } else {
                answer_lines(tr, fw, &c.agreed)
            },
        }];
        for p in &c.perspectives {
            groups.push(AnswerGroup {
                heading: byline(tr, &p.by, p.entered_by.as_ref()),
                audience: Some(shared_with(tr, p.audience)),
                answers: answer_lines(tr, fw, &p.answers),
            });
        }
        out.push(CheckItem {
            heading: tr.t_args("export-check-started", &[("date", day(&c.started_at))]),
            groups,
            no_views: c.perspectives.is_empty(),
        });
    }
    Ok(out)
}

pub fn plans(
    tr: &Tr,
    wordings: &Wordings,
    list: &[ExportedPlan],
) -> Result<Vec<PlanItem>, AppError> {
    let mut out = Vec::new();
    for p in list {
        let fw = wording(wordings, &p.framework, p.framework_version)?;
        let truths = p
            .noble_truths
            .iter()
            .map(|t| Labelled {
                label: fw
                    .framework
                    .noble_truths
                    .iter()
                    .find(|n| n.id.as_str() == t.truth)
                    .map_or_else(|| t.truth.clone(), |n| n.label.text.clone()),
                text: t.text.clone(),
            })
            .collect();
        let actions = p
            .actions
            .iter()
            .map(|a| {
                let line = tr.t_args(
                    "export-plan-action",
                    &[
                        ("what", a.what.clone()),
                        ("who", a.who.clone()),
                        ("date", a.by_when.clone()),
                        ("state", tr.t(&format!("plans-state-{}", a.state))),
                    ],
                );
                // What it changes, as the plan page says it.
                let odds = [
                    a.changing_the_odds.and_then(|c| c.parse().ok()).map(|c| {
                        format!(
                            "{}: {}",
                            tr.t("plans-changing-the-odds"),
                            category_label(tr, c)
                        )
                    }),
                    a.changing_the_odds_to_confirm
                        .and_then(|c| c.parse().ok())
                        .map(|c| {
                            tr.t_args("plans-to-confirm", &[("category", category_label(tr, c))])
                        }),
                    a.waiting_on_service
                        .and_then(ServiceKind::parse)
                        .map(|service| {
                            stuck_text(
                                tr,
                                &Stuck {
                                    service,
                                    name: a.waiting_on_service_name.clone().unwrap_or_default(),
                                },
                            )
                        }),
                ];
                let odds: Vec<String> = odds.into_iter().flatten().collect();
                let line = if odds.is_empty() {
                    line
                } else {
                    format!("{line} {}.", odds.join(". "))
                };
                let comments: Vec<&str> = a
                    .history
                    .iter()
                    .map(|h| h.comment.as_str())
                    .filter(|c| !c.is_empty())
                    .collect();
                if comments.is_empty() {
                    line
                } else {
                    format!("{line} ({})", comments.join("; "))
                }
            })
            .collect();
        let goals = p
            .goals
            .iter()
            .map(|g| {
                let scores: Vec<String> = g.ratings.iter().map(|r| r.score.to_string()).collect();
                Labelled {
                    label: byline(tr, &g.by, g.entered_by.as_ref()),
                    text: format!(
                        "{} {}",
                        g.text,
                        tr.t_args("export-plan-goal-ratings", &[("scores", scores.join(", "))])
                    ),
                }
            })
            .collect();
        let reviews = p
            .reviews
            .iter()
            .map(|r| Labelled {
                label: format!(
                    "{} {}",
                    day(&r.at),
                    byline(tr, &r.by, r.entered_by.as_ref())
                ),
                text: format!(
                    "{}\n{}",
                    tr.t_args(
                        "export-plan-review-worked",
                        &[("text", r.what_worked.clone())]
                    ),
                    tr.t_args(
                        "export-plan-review-change",
                        &[("text", r.what_to_change.clone())]
                    )
                ),
            })
            .collect();
        out.push(PlanItem {
            heading: tr.t_args("export-plan-made", &[("date", day(&p.made_at))]),
            byline: byline(tr, &p.by, p.entered_by.as_ref()),
            audience: shared_with(tr, p.audience),
            review: if p.closed {
                tr.t("export-plan-closed")
            } else {
                tr.t_args("export-plan-review", &[("date", p.review_due.clone())])
            },
            focus: p.focus_moves.iter().map(|m| move_label(fw, m)).collect(),
            keep_going: p
                .keep_going_moves
                .iter()
                .map(|m| move_label(fw, m))
                .collect(),
            truths,
            actions,
            goals,
            reviews,
        });
    }
    Ok(out)
}

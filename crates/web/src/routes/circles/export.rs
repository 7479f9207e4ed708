//! A circle exported for a subject access request: `GET
//! /circles/{id}/export.json` (a file to download) and `GET
//! /circles/{id}/export` (a page to print). Both hold only what the person
//! asking may see (`moves_core::circle::CircleExport`, which sends notes
//! through the journal's rule, checks' perspectives and plans through theirs),
//! and both are audited: the read, as every read of a circle, and the export
//! itself; each counts as one change of the person's hourly budget, so an
//! export cannot be asked for in a loop (`moves_core::circle::export`). The
//! page is made from the same export as the file (`export_page` for who
//! decides, agreements, checks and plans).

use crate::auth::viewer::Viewer;
use crate::catalogue::catalogue;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::admin::audit::format_time;
use crate::routes::circles::checks::public_framework;
use crate::routes::circles::export_page::{
    AgreementItem, CheckItem, PlanItem, agreements, checks, plans,
};
use crate::routes::circles::notes::date_text;
use crate::routes::circles::role_label;
use crate::routes::circles::sharing::audience_label;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use moves_core::circle::Audience;
use moves_core::circle::export::{self, ExportKind, ExportedFramework, ExportedNote, Printable};

/// `GET /circles/{id}/export.json`
pub async fn json(
    State(state): State<AppState>,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let shipped = catalogue().map_err(|e| AppError::Internal(e.to_string()))?;
    let (open, export) = export::export(
        &state.ctx,
        &worker.actor,
        ids.circle()?,
        ExportKind::Json,
        shipped,
        &public_framework()?,
    )
    .await?;
    let text =
        serde_json::to_string_pretty(&export).map_err(|e| AppError::Internal(e.to_string()))?;
    let disposition = format!(
        "attachment; filename=\"circle-{}-{}.json\"",
        open.circle.id,
        &export.exported_at.get(..10).unwrap_or("export")
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        text,
    )
        .into_response())
}

pub struct MemberLine {
    pub name: String,
    pub relationship: Option<String>,
    pub role: String,
}

pub enum NoteLine {
    Note {
        date: String,
        byline: String,
        audience: String,
        body: String,
    },
    Kept {
        date: String,
    },
}

#[derive(Template)]
#[template(path = "circles/export.html")]
struct ExportPage {
    layout: Layout,
    id: String,
    focus_name: String,
    made: String,
    requested_by: Option<String>,
    details: Vec<(String, String)>,
    reflection: Option<String>,
    members: Vec<MemberLine>,
    decider: Option<String>,
    agreements: Vec<AgreementItem>,
    notes: Vec<NoteLine>,
    checks: Vec<CheckItem>,
    plans: Vec<PlanItem>,
    frameworks: Vec<ExportedFramework>,
}

/// `GET /circles/{id}/export`: the same as the file, as a page to print.
pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let shipped = catalogue().map_err(|e| AppError::Internal(e.to_string()))?;
    let Printable {
        open,
        export,
        wordings,
    } = export::printable(
        &state.ctx,
        &worker.actor,
        ids.circle()?,
        shipped,
        &public_framework()?,
    )
    .await?;
    let c = &export.circle;
    let mut details = Vec::new();
    if let Some(p) = &c.pronouns {
        details.push((tr.t("export-pronouns"), p.clone()));
    }
    if let Some(d) = &c.birth_date {
        details.push((
            tr.t("circles-age-legend"),
            tr.t_args("circles-born", &[("date", d.clone())]),
        ));
    }
    if let Some(b) = &c.age_band {
        details.push((
            tr.t("circles-age-legend"),
            tr.t_args("circles-age-band-shown", &[("band", b.clone())]),
        ));
    }
    if let Some(l) = &c.languages {
        details.push((tr.t("export-languages"), l.clone()));
    }
    let notes = export
        .notes
        .iter()
        .map(|n| match n {
            ExportedNote::Note {
                about,
                audience,
                by,
                entered_by,
                body,
                ..
            } => NoteLine::Note {
                date: date_text(&tr, *about),
                byline: match entered_by {
                    Some(typist) => tr.t_args(
                        "circles-entered-by-with",
                        &[("typist", typist.clone()), ("author", by.clone())],
                    ),
                    None => tr.t_args("circles-by", &[("author", by.clone())]),
                },
                audience: tr.t_args(
                    "notes-shared-with",
                    &[(
                        "audience",
                        Audience::parse(audience)
                            .map(|a| audience_label(&tr, a))
                            .unwrap_or_default(),
                    )],
                ),
                body: body.clone(),
            },
            ExportedNote::KeptByPractitioners { about } => NoteLine::Kept {
                date: date_text(&tr, *about),
            },
        })
        .collect();
    let members = open
        .members
        .iter()
        .map(|m| MemberLine {
            name: m.display_name.clone(),
            relationship: m.relationship.clone(),
            role: role_label(&tr, m.role),
        })
        .collect();
    let checks = checks(&tr, &wordings, &export.checks)?;
    let plans = plans(&tr, &wordings, &export.plans)?;
    let decider = export
        .decides_about_sharing
        .as_ref()
        .map(|name| tr.t_args("circles-decider-member", &[("name", name.clone())]));
    let title = tr.t_args("export-title", &[("name", c.focus_name.clone())]);
    let page = ExportPage {
        id: c.id.to_string(),
        focus_name: c.focus_name.clone(),
        made: tr.t_args("export-made", &[("at", format_time(&tr, state.ctx.now()))]),
        requested_by: export
            .requested_by
            .as_ref()
            .map(|n| tr.t_args("export-requested-by", &[("name", n.clone())])),
        details,
        reflection: c.closing_reflection.clone(),
        members,
        decider,
        agreements: agreements(&tr, &export.sharing_agreements),
        notes,
        checks,
        plans,
        frameworks: export.frameworks.clone(),
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

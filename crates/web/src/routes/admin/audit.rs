//! The audit log, for an organisation's administrators: who did what, when, newest
//! first, filtered by kind of event and paged back in time. It shows ids and
//! codes, never personal content; names of the people who acted are looked up
//! in one query per page.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use moves_core::admin::audit_log::{AuditCursor, AuditFilter, read};
use moves_core::audit::AuditAction;
use moves_core::clock::Timestamp;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    action: String,
    /// Where the page starts: after this entry (its time in milliseconds and
    /// id), or before this time.
    #[serde(default)]
    before: Option<String>,
}

pub struct Row {
    pub when: String,
    pub who: String,
    pub what: String,
    pub subject: String,
    pub detail: String,
}

pub struct ActionChoice {
    pub code: &'static str,
    pub label: String,
    pub selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub layout: Layout,
    pub rows: Vec<Row>,
    pub actions: Vec<ActionChoice>,
    pub older: Option<String>,
}

/// "25 November 2025, 19:54:03 UTC": times are stored in UTC and shown with
/// their zone; the date is in the reader's language (see `format_date`).
pub fn format_time(tr: &Tr, t: Timestamp) -> String {
    let clock = time::macros::format_description!("[hour]:[minute]:[second]");
    let Ok(at) =
        time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(t.as_millis()) * 1_000_000)
    else {
        return String::new();
    };
    tr.t_args(
        "time-at-utc",
        &[
            ("date", crate::routes::mfa::format_date(tr, t)),
            ("time", at.format(&clock).unwrap_or_default()),
        ],
    )
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(filter): Query<Filter>,
) -> Result<AuditPage, AppError> {
    let action = filter.action.parse::<AuditAction>().ok();
    // A malformed place in the log is a clear 400, not the first page.
    let before = match filter.before.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(AuditCursor::parse(raw).ok_or(AppError::BadForm)?),
    };
    let page = read(&state.ctx, &viewer.actor, AuditFilter { action, before }).await?;
    let nobody = tr.t("audit-nobody");
    let older = page.older.map(|c| {
        format!(
            "/admin/audit?action={}&before={}",
            action.map_or("", AuditAction::as_str),
            c.to_param()
        )
    });
    let rows = page
        .entries
        .into_iter()
        .map(|e| Row {
            when: format_time(&tr, e.at),
            who: e.who.unwrap_or_else(|| nobody.clone()),
            what: tr.t(&format!("audit-action-{}", e.action.as_str())),
            subject: e.subject.unwrap_or_default(),
            detail: e.detail.unwrap_or_default(),
        })
        .collect();
    let actions = AuditAction::ALL
        .into_iter()
        .filter(|a| *a != AuditAction::DurabilityProbe)
        .map(|a| ActionChoice {
            code: a.as_str(),
            label: tr.t(&format!("audit-action-{}", a.as_str())),
            selected: Some(a) == action,
        })
        .collect();
    let title = tr.t("audit-title");
    Ok(AuditPage {
        layout: Layout::for_viewer(tr, title, &viewer),
        rows,
        actions,
        older,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_shown_in_utc() {
        assert_eq!(
            format_time(&Tr::default(), Timestamp::from_millis(1_764_100_443_000))
                .replace(['\u{2068}', '\u{2069}'], ""),
            "25 November 2025, 19:54:03 UTC"
        );
    }

    /// The log names every action in words; a new action without a label
    /// would show its message key.
    #[test]
    fn every_action_has_a_label() {
        for a in AuditAction::ALL {
            let key = format!("audit-action-{}", a.as_str());
            assert!(crate::i18n::Tr::has(&key), "{key} is missing");
        }
    }
}

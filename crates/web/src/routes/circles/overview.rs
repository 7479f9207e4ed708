//! `GET /circles/{id}`: who the circle is about, who is in it, and whether it
//! is open. Identifying details of a protected focus person are shown only to
//! the practitioners in the circle.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::{birth_label, role_label};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::{CircleStatus, OpenCircle, SharingDecider, open_circle};
use serde::Deserialize;

pub struct MemberRow {
    pub name: String,
    pub relationship: Option<String>,
    pub role: String,
    pub has_account: bool,
}

#[derive(Template)]
#[template(path = "circles/overview.html")]
struct OverviewPage {
    layout: Layout,
    csrf: String,
    id: String,
    version: i64,
    focus_name: String,
    pronouns: Option<String>,
    birth: Option<String>,
    languages: Option<String>,
    protected_note: Option<String>,
    closed: Option<String>,
    reflection: Option<String>,
    decider: String,
    members: Vec<MemberRow>,
    may_manage: bool,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

pub fn member_rows(tr: &Tr, open: &OpenCircle) -> Vec<MemberRow> {
    open.members
        .iter()
        .map(|m| MemberRow {
            name: m.display_name.clone(),
            relationship: m.relationship.clone(),
            role: role_label(tr, m.role),
            has_account: m.user_id.is_some(),
        })
        .collect()
}

pub fn decider_text(tr: &Tr, open: &OpenCircle) -> String {
    let reader = open.access.member().map(|m| m.id);
    match open.circle.decider {
        // The person who decides reads it about themselves.
        SharingDecider::YoungPerson if open.access.is_focus_person() => tr.t("circles-decider-you"),
        SharingDecider::Member(id) if reader == Some(id) => tr.t("circles-decider-you"),
        SharingDecider::YoungPerson => tr.t_args(
            "circles-decider-young-person",
            &[("name", open.circle.focus_name.clone())],
        ),
        SharingDecider::Member(id) => {
            let name = open
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.display_name.clone())
                .unwrap_or_default();
            tr.t_args("circles-decider-member", &[("name", name)])
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let open = open_circle(&state.ctx, &worker.actor, ids.circle()?, "overview").await?;
    let notice = match q.done.as_deref() {
        Some("created") => Some(tr.t("circles-done-created")),
        Some("closed") => Some(tr.t("circles-done-closed")),
        Some("reopened") => Some(tr.t("circles-done-reopened")),
        Some("stale") => Some(tr.t("circles-stale")),
        _ => None,
    };
    let c = &open.circle;
    let shows = open.access.sees_identifying_details(c);
    let (closed, reflection) = match &c.status {
        CircleStatus::Open => (None, None),
        CircleStatus::Closed { reflection, .. } => (
            Some(tr.t("circles-status-closed")),
            Some(reflection.clone()),
        ),
    };
    let title = c.focus_name.clone();
    let page = OverviewPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: c.id.to_string(),
        version: c.version,
        focus_name: c.focus_name.clone(),
        pronouns: c.pronouns.clone(),
        birth: c
            .birth
            .as_ref()
            .filter(|_| shows)
            .map(|b| birth_label(&tr, b)),
        languages: c.languages.clone().filter(|_| shows),
        protected_note: (c.protected_identity).then(|| {
            if open.access.is_focus_person() {
                tr.t("circles-protected-yours")
            } else if shows {
                tr.t("circles-protected-practitioner")
            } else {
                tr.t("circles-protected-hidden")
            }
        }),
        closed,
        reflection,
        decider: decider_text(&tr, &open),
        members: member_rows(&tr, &open),
        may_manage: open.access.may_manage(&viewer.actor),
        notice,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

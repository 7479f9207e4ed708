//! `GET /circles/{id}/notes`: the circle's journal as the viewer may read it,
//! newest day first, a page at a time (`?after=` starts an older page). Each note shows who it is by ("entered by X with Y"),
//! its date and who it is shared with; a safeguarding note the viewer may not
//! read shows only that one is kept, and its date.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::notes::{date_text, note_path, notes_path};
use crate::routes::circles::sharing::{audience_label, byline_text};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::journal;
use moves_core::circle::{JournalCursor, NoteInJournal};
use serde::Deserialize;

/// One line of the journal as shown.
pub enum Entry {
    Note {
        date: String,
        iso: String,
        byline: String,
        audience: String,
        body: String,
        /// Where to change or share it, when it is the viewer's.
        change: Option<String>,
    },
    Kept {
        date: String,
        iso: String,
    },
}

#[derive(Template)]
#[template(path = "circles/notes/journal.html")]
struct JournalPage {
    layout: Layout,
    id: String,
    focus_name: String,
    entries: Vec<Entry>,
    may_write: bool,
    closed: bool,
    notice: Option<String>,
    /// The next, older page, when there is one.
    older: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
    /// Where the page starts: after this note (see `JournalCursor`).
    #[serde(default)]
    after: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let after = q.after.as_deref().and_then(JournalCursor::parse);
    let page = journal::read(&state.ctx, &worker.actor, ids.circle()?, after).await?;
    let open = page.open;
    let closed = !open.circle.is_open();
    let older = page
        .next
        .map(|c| format!("{}?after={}", notes_path(open.circle.id), c.to_param()));
    let entries = page
        .entries
        .into_iter()
        .map(|entry| match entry {
            NoteInJournal::Whole(n) => Entry::Note {
                date: date_text(&tr, n.about),
                iso: n.about.as_iso(),
                byline: byline_text(&tr, &n.byline, &open.members),
                audience: tr.t_args(
                    "notes-shared-with",
                    &[("audience", audience_label(&tr, n.audience))],
                ),
                change: (n.is_theirs(&open.access) && !closed)
                    .then(|| note_path(n.circle_id, n.id)),
                body: n.body,
            },
            NoteInJournal::KeptByPractitioners(about) => Entry::Kept {
                date: date_text(&tr, about),
                iso: about.as_iso(),
            },
        })
        .collect();
    let notice = match q.done.as_deref() {
        Some("written") => Some(tr.t("notes-done-written")),
        Some("already") => Some(tr.t("notes-done-already")),
        Some("changed") => Some(tr.t("notes-done-changed")),
        Some("shared") => Some(tr.t("notes-done-shared")),
        Some("narrowed") => Some(tr.t("notes-done-narrowed")),
        _ => None,
    };
    let title = tr.t_args("notes-title", &[("name", open.circle.focus_name.clone())]);
    let page = JournalPage {
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        entries,
        may_write: open.access.member().is_some_and(|m| m.user_id.is_some()) && !closed,
        closed,
        notice,
        older,
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}

//! The privacy notice of the organisation one works in: `GET /privacy` (both
//! versions, the reader's own first) and `POST /privacy/read` ("I have read
//! this"). The home page shows the notice until its reader says they have
//! read the version in force: at first sign-in, and again after it changes.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::organisation::Organisation;
use moves_core::privacy::{NoticeVersion, PrivacyNotice, must_show};
use moves_core::privacy_notice::{self, MarkedRead};
use serde::Deserialize;

pub const PRIVACY_PATH: &str = "/privacy";

/// The notice in force in `org`: the one it saved last, or the one the
/// platform ships (version 0, in the reader's language).
pub async fn notice_in_force(
    state: &AppState,
    tr: &Tr,
    org: &Organisation,
) -> Result<PrivacyNotice, AppError> {
    let saved = privacy_notice::saved(&state.ctx, org.id).await?;
    Ok(in_force(saved, tr, org))
}

/// `saved`, or the notice the platform ships (version 0, in the reader's
/// language).
fn in_force(saved: Option<PrivacyNotice>, tr: &Tr, org: &Organisation) -> PrivacyNotice {
    if let Some(saved) = saved {
        return saved;
    }
    platform_notice(tr, org)
}

/// The notice the platform ships, in force until `org` saves its own
/// (version 0, in the reader's language).
pub fn platform_notice(tr: &Tr, org: &Organisation) -> PrivacyNotice {
    let name = [("organisation", org.name.clone())];
    PrivacyNotice {
        org_id: org.id,
        version: 0,
        standard: tr.t_args("privacy-default-standard", &name),
        young_person: tr.t_args("privacy-default-young-person", &name),
        saved_by: None,
        saved_at: org.created_at,
    }
}

/// What the home page and the notice page show of the notice.
pub struct NoticeShown {
    pub heading: String,
    pub text: String,
    /// The language of the text is the organisation's, not the interface's.
    pub version: u32,
    /// The other version's name and link.
    pub other_label: String,
    pub other_href: String,
    /// Not yet read (in this version): offer "I have read this".
    pub unread: bool,
}

/// The notice for `viewer`, in `version` (their own when `None`), if they are
/// working in an organisation.
pub async fn shown_to(
    state: &AppState,
    tr: &Tr,
    viewer: &Viewer,
    version: Option<NoticeVersion>,
) -> Result<Option<NoticeShown>, AppError> {
    let Some(org) = &viewer.org else {
        return Ok(None);
    };
    let Some(reader) = privacy_notice::for_reader(&state.ctx, &viewer.actor).await? else {
        return Ok(None);
    };
    let notice = in_force(reader.saved, tr, org);
    let read = reader.read;
    let version = version.unwrap_or_else(|| NoticeVersion::for_roles(&viewer.actor.roles));
    let other = match version {
        NoticeVersion::Standard => NoticeVersion::YoungPerson,
        NoticeVersion::YoungPerson => NoticeVersion::Standard,
    };
    Ok(Some(NoticeShown {
        heading: tr.t_args("privacy-heading", &[("organisation", org.name.clone())]),
        text: notice.text(version).to_owned(),
        version: notice.version,
        other_label: tr.t(&format!(
            "privacy-read-{}",
            other.as_str().replace('_', "-")
        )),
        other_href: format!("{PRIVACY_PATH}?version={}", other.as_str()),
        unread: must_show(notice.version, read),
    }))
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    layout: Layout,
    csrf: String,
    notice: Option<NoticeShown>,
}

#[derive(Deserialize, Default)]
pub struct Which {
    #[serde(default)]
    version: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let version = which.version.as_deref().and_then(NoticeVersion::parse);
    let notice = shown_to(&state, &tr, &viewer, version).await?;
    let title = tr.t("privacy-title");
    let page = PrivacyPage {
        layout: Layout::for_viewer(tr, title, &viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        notice,
    };
    render_page(&page, StatusCode::OK, [])
}

#[derive(Deserialize)]
pub struct ReadForm {
    #[serde(default)]
    version: String,
}

/// Records the version the person was shown (not whatever is newest: if it
/// changed meanwhile, they are shown the new one).
pub async fn read(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ReadForm>,
) -> Result<Response, AppError> {
    if viewer.org.is_none() {
        return Err(AppError::NotFound);
    }
    let version: u32 = form.version.trim().parse().map_err(|_| AppError::BadForm)?;
    match privacy_notice::mark_read(&state.ctx, &viewer.actor, version).await? {
        MarkedRead::Marked => Ok(Redirect::to("/").into_response()),
        MarkedRead::NoSuchVersion => Err(AppError::BadForm),
    }
}

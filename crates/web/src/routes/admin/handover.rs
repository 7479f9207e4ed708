//! How a one-time link (an invitation, a password reset) reaches its person: by
//! email when the installation sends email and the person has an address,
//! otherwise shown to the administrator to pass on by hand. If sending fails,
//! the link is shown after all, with a word that it was not sent, so nothing is
//! lost. A username is shown plainly beside the link, to write down with it.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::SiteOrigin;
use crate::i18n::Tr;
use crate::mail::letters::Letter;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::user::Email;

#[derive(Template)]
#[template(path = "admin/handover.html")]
struct HandoverPage {
    layout: Layout,
    /// Who the link is for, and for how long it works.
    give: String,
    /// Shown when the link is to be passed on by hand.
    link: Option<String>,
    /// What happened to the email, if one was tried.
    outcome: String,
    /// A username to write down with the link, shown plainly.
    username: Option<String>,
    back_href: String,
    back_label: String,
}

/// The name of the organisation the administrator works in (already loaded
/// with the viewer), for the email.
pub fn organisation_name(viewer: &Viewer) -> String {
    viewer
        .org
        .as_ref()
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// The link with the site's address in front, when it is known.
fn absolute(origin: &SiteOrigin, path: &str) -> String {
    match &origin.0 {
        Some(base) => format!("{}{path}", base.trim_end_matches('/')),
        None => path.to_owned(),
    }
}

/// One link to hand over.
pub struct Handover<'a> {
    /// The page's title.
    pub title: String,
    /// Who the link is for, and for how long it works.
    pub give: String,
    /// Names the email in the log.
    pub kind: &'static str,
    /// The person's address, if they have one.
    pub email: Option<&'a Email>,
    /// The link's path on this site.
    pub path: String,
    /// The site's address, to put in front of it.
    pub origin: SiteOrigin,
    /// The person's username, to hand over with the link (they have no
    /// email address to be reminded by).
    pub username: Option<String>,
    /// Where the page leads back to, and its words.
    pub back_href: String,
    pub back_label: String,
}

/// Sends `letter` (made from the absolute link) to the person if possible, and
/// renders the page that tells the administrator what happened.
pub async fn hand_over(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    handover: Handover<'_>,
    letter: impl FnOnce(&str) -> Letter,
) -> Result<Response, AppError> {
    let Handover {
        title,
        give,
        kind,
        email,
        path,
        origin,
        username,
        back_href,
        back_label,
    } = handover;
    let link = absolute(&origin, &path);
    let (link, outcome) = match (&state.config.mailer, email) {
        (Some(mailer), Some(email)) => {
            let Letter { subject, body } = letter(&link);
            match mailer.send(kind, email, &subject, body).await {
                Ok(()) => (
                    None,
                    tr.t_args("handover-emailed", &[("email", email.as_str().to_owned())]),
                ),
                Err(_) => (Some(link), tr.t("handover-send-failed")),
            }
        }
        _ => (Some(link), tr.t("handover-not-sent")),
    };
    let page = HandoverPage {
        layout: Layout::for_viewer(tr, title, viewer),
        give,
        link,
        outcome,
        username,
        back_href,
        back_label,
    };
    render_page(&page, StatusCode::OK, None)
}

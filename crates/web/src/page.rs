//! What every page's frame needs: the translator, the title, the demo banner.

use crate::auth::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use askama::Template;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
pub struct Assets;

/// The frame of a page, used by `templates/base.html`.
#[derive(Debug, Clone)]
pub struct Layout {
    pub tr: Tr,
    pub title: String,
    /// Shown as a banner on every page of a demo organisation.
    pub demo: bool,
    /// Set for a signed-in person: the token for the sign-out form.
    pub csrf: Option<String>,
    /// Seconds without activity before a signed-in person's session ends: the
    /// page warns them shortly before (with JavaScript).
    pub idle_secs: u64,
}

impl Layout {
    pub fn new(tr: Tr, title: String) -> Self {
        Self {
            tr,
            title,
            demo: false,
            csrf: None,
            idle_secs: 0,
        }
    }

    /// The frame for a signed-in person's page.
    pub fn for_viewer(tr: Tr, title: String, viewer: &Viewer) -> Self {
        Self {
            tr,
            title,
            demo: viewer.org.as_ref().is_some_and(|o| o.is_demo),
            csrf: viewer.csrf_token.clone(),
            idle_secs: viewer.idle_secs,
        }
    }

    /// The address of an embedded file, with a content hash so browsers can
    /// cache it for a year and still see a new version at once.
    pub fn asset(&self, name: &str) -> String {
        asset_url(name)
    }
}

pub fn asset_url(name: &str) -> String {
    match Assets::get(name) {
        Some(file) => {
            let hash = file.metadata.sha256_hash();
            let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
            format!("/static/{name}?v={short}")
        }
        None => format!("/static/{name}"),
    }
}

/// A rendered page with its status and any cookies to set (a form's CSRF nonce,
/// a new session).
pub fn render_page(
    page: &impl Template,
    status: StatusCode,
    cookies: impl IntoIterator<Item = (HeaderName, HeaderValue)>,
) -> Result<Response, AppError> {
    let html = page
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut res = (status, Html(html)).into_response();
    for (k, v) in cookies {
        res.headers_mut().append(k, v);
    }
    Ok(res)
}

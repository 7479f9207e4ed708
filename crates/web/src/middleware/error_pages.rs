//! Turns bodiless error responses into pages a person can read.

use crate::error::ErrorMessage;
use crate::i18n::{self, Tr};
use crate::middleware::request_id::RequestId;
use crate::page::Layout;
use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub body: String,
    pub reference: String,
}

fn keys(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("error-400-title", "error-400-body"),
        401 => ("error-401-title", "error-401-body"),
        403 => ("error-403-title", "error-403-body"),
        404 => ("error-404-title", "error-404-body"),
        405 => ("error-405-title", "error-405-body"),
        408 => ("error-408-title", "error-408-body"),
        413 => ("error-413-title", "error-413-body"),
        415 => ("error-415-title", "error-415-body"),
        422 => ("error-422-title", "error-422-body"),
        429 => ("error-429-title", "error-429-body"),
        500 => ("error-500-title", "error-500-body"),
        503 => ("error-503-title", "error-503-body"),
        _ => ("error-other-title", "error-other-body"),
    }
}

/// Marks an error response whose own body is meant for machines (`/readyz`).
#[derive(Debug, Clone, Copy)]
pub struct KeepBody;

/// The page for one error status.
pub fn render(
    status: StatusCode,
    message: Option<ErrorMessage>,
    tr: Tr,
    request_id: &str,
) -> Response {
    let (title_key, body_key) = message.map_or_else(|| keys(status), |m| (m.title_key, m.body_key));
    let page = ErrorPage {
        layout: Layout::new(tr.clone(), tr.t(title_key)),
        body: tr.t(body_key),
        reference: tr.t_args("error-reference", &[("id", request_id.to_owned())]),
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (status, "Something went wrong.").into_response()
        }
    }
}

pub async fn apply(req: Request, next: Next) -> Response {
    // The language the page would have had; the language layer's choice
    // (with the person's saved one) when the request got that far.
    let fallback = i18n::from_headers(req.headers()).at(&i18n::here_of(req.uri()));
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_default();
    let res = next.run(req).await;
    let status = res.status();
    let is_error = status.is_client_error() || status.is_server_error();
    // Plain-text errors come from axum's own rejections (a form that would not
    // parse, a body over the limit); they get the page too.
    let plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|ct| ct.starts_with("text/plain"));
    if !is_error || !plain || res.extensions().get::<KeepBody>().is_some() {
        return res;
    }
    let message = res.extensions().get::<ErrorMessage>().copied();
    let tr = res.extensions().get::<Tr>().cloned().unwrap_or(fallback);
    let mut page = render(status, message, tr, &request_id);
    // Keep what the handler said about the error (Allow on a 405, Retry-After on a 429).
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(v) = res.headers().get(&name) {
            page.headers_mut().insert(name, v.clone());
        }
    }
    page
}

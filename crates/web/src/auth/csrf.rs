//! Cross-site request forgery, defended in layers:
//!
//! 1. [`cross_site_guard`] refuses unsafe requests that the browser says came
//!    from another site (`Sec-Fetch-Site`), or whose `Origin` is not ours.
//! 2. Every form carries a token ([`CsrfForm`] checks it): after sign-in it is
//!    derived from the session; before it, it is an HMAC of a nonce kept in a
//!    cookie (a signed double-submit), so an attacker who can plant cookies still
//!    cannot mint a matching pair.
//! 3. The CSP says `form-action 'self'; frame-ancestors 'none'`.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use moves_core::auth::token::{new_token, tokens_equal};
use moves_core::keys::Purpose;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::Sha256;

pub const FIELD: &str = "_csrf";

fn is_unsafe(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

/// The origin our pages are served from, as browsers write it in `Origin`:
/// the configured public address, or else the host the browser asked for.
pub(crate) fn site_origin(state: &AppState, headers: &HeaderMap) -> Option<String> {
    if let Some(url) = &state.config.public_url {
        let after_scheme = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
        let host = after_scheme.split('/').next().unwrap_or(after_scheme);
        let scheme = url.split_once("://").map_or("https", |(s, _)| s);
        return Some(format!("{scheme}://{host}"));
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let scheme = if state.config.https { "https" } else { "http" };
    Some(format!("{scheme}://{host}"))
}

/// Layer 1: refuse what the browser tells us is cross-site.
pub async fn cross_site_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if is_unsafe(req.method()) {
        let headers = req.headers();
        let site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
        let refused = match site {
            Some(site) => !matches!(site, "same-origin" | "none"),
            None => match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
                Some(origin) => Some(origin.to_owned()) != site_origin(&state, headers),
                // Neither header: an old browser or a script; the token decides.
                None => false,
            },
        };
        if refused {
            tracing::warn!("refused a cross-site request");
            return AppError::CrossSite.into_response();
        }
    }
    next.run(req).await
}

fn sign(key: &[u8], nonce: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(nonce.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The token for a page's forms, and a cookie to set if the person has no nonce
/// yet. Signed-in people's token comes from their session.
pub async fn token_for_page(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
) -> Result<(String, Option<(HeaderName, HeaderValue)>), AppError> {
    if let Some(token) = &viewer.csrf_token {
        return Ok((token.clone(), None));
    }
    let names = CookieNames::for_config(&state.config);
    let key = state.secret(Purpose::FormTokens);
    match cookies::read(headers, names.csrf).filter(|n| n.len() >= 32) {
        Some(nonce) => Ok((sign(&key, &nonce), None)),
        None => {
            let nonce = new_token().map_err(|e| AppError::Internal(e.to_string()))?;
            Ok((
                sign(&key, &nonce),
                Some(cookies::set(names, names.csrf, nonce)),
            ))
        }
    }
}

async fn token_is_valid(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    submitted: &str,
) -> Result<bool, AppError> {
    if submitted.is_empty() {
        return Ok(false);
    }
    if let Some(expected) = &viewer.csrf_token {
        return Ok(tokens_equal(submitted, expected));
    }
    let names = CookieNames::for_config(&state.config);
    let Some(nonce) = cookies::read(headers, names.csrf) else {
        return Ok(false);
    };
    let key = state.secret(Purpose::FormTokens);
    Ok(tokens_equal(submitted, &sign(&key, &nonce)))
}

/// A form sent by someone whose session ended while they wrote it: sealed and
/// kept for them (see `routes::kept`), if it carries the token of that very
/// session, so nobody else can plant a form for them. Returns where to send them:
/// to sign in, and then to the kept form.
pub async fn keep_form_of_signed_out_sender(req: Request) -> Result<String, AppError> {
    let state = req
        .extensions()
        .get::<AppState>()
        .cloned()
        .ok_or_else(|| AppError::Internal("the state is missing".to_owned()))?;
    let viewer = req
        .extensions()
        .get::<Viewer>()
        .cloned()
        .unwrap_or_default();
    let (Some(user), Some(expected)) = (viewer.expired_user, viewer.expired_csrf) else {
        return Err(AppError::SessionExpired);
    };
    let path = req.uri().path().to_owned();
    let body = Bytes::from_request(req, &state)
        .await
        .map_err(|_| AppError::TooLarge)?;
    let token: TokenOnly = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadForm)?;
    if !tokens_equal(&token.csrf, &expected) {
        return Err(AppError::SessionExpired);
    }
    let kept = moves_core::kept_forms::keep(&state.ctx, user, &path, &body).await?;
    let next = format!("/kept/{kept}");
    Ok(format!(
        "/sign-in?kept=1&next={}",
        urlencoding::encode(&next)
    ))
}

#[derive(Deserialize)]
struct TokenOnly {
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

/// A submitted form whose CSRF token has been checked (layer 2). A stale or
/// missing token gets a page saying what to do, and changes nothing.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let viewer = req
            .extensions()
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default();
        let headers = req.headers().clone();
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::UnsupportedMediaType);
        }
        let body = Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::TooLarge)?;
        let token: TokenOnly =
            serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadForm)?;
        if !token_is_valid(state, &viewer, &headers, &token.csrf).await? {
            return Err(if viewer.session_expired {
                AppError::SessionExpired
            } else {
                AppError::StaleForm
            });
        }
        let form = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadForm)?;
        Ok(CsrfForm(form))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_depend_on_key_and_nonce() {
        let a = sign(b"key-one-0123456789", "nonce");
        assert_eq!(a.len(), 64);
        assert_ne!(a, sign(b"key-two-0123456789", "nonce"));
        assert_ne!(a, sign(b"key-one-0123456789", "other"));
    }
}

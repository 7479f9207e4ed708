//! `/metrics` for Prometheus. Served only to the machine itself (a loopback
//! connection that was not forwarded by a proxy), or to a scraper presenting the
//! configured token: request counts by route can tell an outsider too much.

use crate::client_ip::was_forwarded;
use crate::middleware::error_pages::KeepBody;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

fn token_matches(headers: &HeaderMap, expected: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    // Constant time, so the token cannot be guessed byte by byte from timings.
    subtle::ConstantTimeEq::ct_eq(given.as_bytes(), expected.as_bytes()).into()
}

pub fn allowed(peer: Option<SocketAddr>, headers: &HeaderMap, token: Option<&str>) -> bool {
    if token.is_some_and(|t| token_matches(headers, t)) {
        return true;
    }
    peer.is_some_and(|p| p.ip().is_loopback()) && !was_forwarded(headers)
}

pub async fn metrics(State(state): State<AppState>, req: Request) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    if !allowed(peer, req.headers(), state.config.metrics_token.as_deref()) {
        // The same answer as for a page that does not exist.
        return StatusCode::NOT_FOUND.into_response();
    }
    let pool = moves_core::health::pool(&state.ctx);
    metrics::gauge!("moves_db_pool_connections").set(f64::from(pool.connections));
    metrics::gauge!("moves_db_pool_idle").set(f64::from(pool.idle));
    metrics::gauge!("moves_db_pool_max").set(f64::from(pool.max));
    let mut res = (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response();
    res.extensions_mut().insert(KeepBody);
    res
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_loopback_unforwarded_or_token() {
        let local: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let remote: SocketAddr = "203.0.113.5:5000".parse().unwrap();
        let none = HeaderMap::new();
        assert!(allowed(Some(local), &none, None));
        assert!(!allowed(Some(remote), &none, None));
        assert!(!allowed(None, &none, None));

        let mut forwarded = HeaderMap::new();
        forwarded.insert("x-forwarded-for", HeaderValue::from_static("203.0.113.5"));
        assert!(
            !allowed(Some(local), &forwarded, None),
            "a local proxy must not expose metrics"
        );

        let mut bearer = HeaderMap::new();
        bearer.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer s3cret"),
        );
        assert!(allowed(Some(remote), &bearer, Some("s3cret")));
        assert!(!allowed(Some(remote), &bearer, Some("other")));
        assert!(!allowed(Some(remote), &none, Some("s3cret")));
    }
}

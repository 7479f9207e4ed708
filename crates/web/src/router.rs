//! All routes and the layers around them.

use crate::middleware::{error_pages, metrics, request_id, security_headers};
use crate::routes;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;

pub fn router(state: AppState) -> Router {
    let max_body = state.config.max_body_bytes;
    let app = Router::new()
        .route("/", get(routes::home::home))
        .route("/healthz", get(routes::health::healthz))
        .route("/readyz", get(routes::health::readyz))
        .route("/metrics", get(routes::metrics::metrics))
        .route("/static/{*path}", get(routes::assets::asset));
    #[cfg(feature = "crash-probe")]
    let app = app.route(
        "/_probe/{key}",
        axum::routing::post(routes::crash_probe::probe),
    );

    // Layers run outside-in from the last one added: the request id is assigned
    // first, security headers are set on whatever comes back, error pages are
    // rendered for whatever failed inside.
    app.fallback(|| async { StatusCode::NOT_FOUND })
        .layer(CatchPanicLayer::custom(|_| {
            StatusCode::INTERNAL_SERVER_ERROR.into_response_boxed()
        }))
        .layer(RequestBodyLimitLayer::new(max_body))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn(error_pages::apply))
        .layer(axum::middleware::from_fn(metrics::record))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security_headers::apply,
        ))
        .layer(axum::middleware::from_fn(request_id::assign))
        .with_state(state)
}

trait IntoResponseBoxed {
    fn into_response_boxed(self) -> axum::http::Response<axum::body::Body>;
}

impl IntoResponseBoxed for StatusCode {
    fn into_response_boxed(self) -> axum::http::Response<axum::body::Body> {
        axum::response::IntoResponse::into_response(self)
    }
}

//! `/healthz`: the process is alive. `/readyz`: it can reach its database, so a
//! load balancer may send it work.

use crate::middleware::error_pages::KeepBody;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub async fn healthz() -> &'static str {
    "ok\n"
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    match moves_core::health::check(&state.ctx).await {
        Ok(()) => "ready\n".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            let mut res =
                (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response();
            res.extensions_mut().insert(KeepBody);
            res
        }
    }
}

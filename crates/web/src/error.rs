//! One error type for handlers. A handler returns the status; the `error_pages`
//! middleware turns any bodiless error response into an accessible page (or
//! problem+json for the API) carrying the request's reference, so 404s from the
//! router, 413s from the body limit and 500s from a panic all look the same.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use moves_core::store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("the database failed: {0}")]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Store(StoreError::Unavailable(_)) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(StoreError::Conflict(_)) => StatusCode::CONFLICT,
            AppError::Store(StoreError::Corrupt(_)) | AppError::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            // Details go to the log, never to the person.
            tracing::error!(error = %self, "request failed");
        }
        status.into_response()
    }
}

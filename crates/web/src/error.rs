//! One error type for handlers. A handler returns the status; the `error_pages`
//! middleware turns any bodiless error response into an accessible page (or
//! problem+json for the API) carrying the request's reference, so 404s from the
//! router, 413s from the body limit and 500s from a panic all look the same.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use moves_core::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("a cross-site request was refused")]
    CrossSite,
    #[error("the form's token was missing or stale")]
    StaleForm,
    #[error("the session had ended before the form was sent")]
    SessionExpired,
    #[error("the form could not be read")]
    BadForm,
    #[error("not a form")]
    UnsupportedMediaType,
    #[error("too large")]
    TooLarge,
    #[error("too many attempts")]
    Throttled { retry_after_secs: u64 },
    #[error("too many changes this hour")]
    TooManyWrites { retry_after_secs: u64 },
    /// Too many passwords are being checked at once in this process: the
    /// hashing queue is full (`moves_core::auth::hashing`).
    #[error("too busy checking passwords")]
    Busy { retry_after_secs: u64 },
    #[error("the database failed: {0}")]
    Store(#[from] StoreError),
    #[error("the framework's wording is not available: {0}")]
    Wording(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<moves_core::Error> for AppError {
    fn from(e: moves_core::Error) -> Self {
        match e {
            moves_core::Error::NotFound => AppError::NotFound,
            moves_core::Error::Forbidden => AppError::Forbidden,
            moves_core::Error::TooManyWrites { retry_after_secs } => {
                AppError::TooManyWrites { retry_after_secs }
            }
            moves_core::Error::Throttled { retry_after_secs } => {
                AppError::Throttled { retry_after_secs }
            }
            moves_core::Error::Busy { retry_after_secs } => AppError::Busy { retry_after_secs },
            moves_core::Error::Wording(w) => AppError::Wording(w.to_string()),
            moves_core::Error::Store(s) => AppError::Store(s),
            moves_core::Error::Internal(e) => AppError::Internal(e),
        }
    }
}

/// Which message the error page shows, when the status alone does not say enough.
#[derive(Debug, Clone, Copy)]
pub struct ErrorMessage {
    pub title_key: &'static str,
    pub body_key: &'static str,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CrossSite | AppError::StaleForm => {
                StatusCode::FORBIDDEN
            }
            AppError::SessionExpired => StatusCode::UNAUTHORIZED,
            AppError::BadForm => StatusCode::BAD_REQUEST,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Throttled { .. } | AppError::TooManyWrites { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(StoreError::Unavailable(_)) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(StoreError::Conflict(_)) => StatusCode::CONFLICT,
            AppError::Store(StoreError::Corrupt(_))
            | AppError::Wording(_)
            | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> Option<ErrorMessage> {
        let (title_key, body_key) = match self {
            AppError::CrossSite => ("error-cross-site-title", "error-cross-site-body"),
            AppError::StaleForm => ("error-stale-form-title", "error-stale-form-body"),
            AppError::SessionExpired => {
                ("error-session-expired-title", "error-session-expired-body")
            }
            AppError::TooManyWrites { .. } => {
                ("error-too-many-writes-title", "error-too-many-writes-body")
            }
            AppError::Busy { .. } => ("error-busy-title", "error-busy-body"),
            _ => return None,
        };
        Some(ErrorMessage {
            title_key,
            body_key,
        })
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        // A full hashing queue is load, not a fault: counted by the metrics
        // (503 on its route), not logged once per request.
        if status.is_server_error() && !matches!(self, AppError::Busy { .. }) {
            // Details go to the log, never to the person.
            tracing::error!(error = %self, "request failed");
        }
        let mut res = status.into_response();
        if let Some(m) = self.message() {
            res.extensions_mut().insert(m);
        }
        if let AppError::Throttled { retry_after_secs }
        | AppError::TooManyWrites { retry_after_secs }
        | AppError::Busy { retry_after_secs } = self
            && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

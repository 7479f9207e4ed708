//! Every response carries an `x-request-id`, and error pages show the same id, so
//! a person's report can be matched to the log: every log line written while
//! the request is handled carries it (a `request` span with `request_id`). The
//! id is always ours: one sent by the client is dropped, so nothing it chooses
//! reaches our logs.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument as _;

pub const HEADER: &str = "x-request-id";

#[derive(Debug, Clone)]
pub struct RequestId(pub String);

pub async fn assign(mut req: Request, next: Next) -> Response {
    let id = uuid::Uuid::now_v7().to_string();
    let value = HeaderValue::from_str(&id).unwrap_or_else(|_| HeaderValue::from_static("unknown"));
    req.headers_mut().insert(HEADER, value.clone());
    let span = tracing::info_span!("request", request_id = %id);
    req.extensions_mut().insert(RequestId(id));
    let mut res = next.run(req).instrument(span).await;
    res.headers_mut().insert(HEADER, value);
    res
}

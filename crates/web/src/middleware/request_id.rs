//! Every response carries an `x-request-id`, and error pages show the same id, so
//! a person's report can be matched to the log. The id is always ours: one sent
//! by the client is dropped, so nothing it chooses reaches our logs.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

pub const HEADER: &str = "x-request-id";

#[derive(Debug, Clone)]
pub struct RequestId(pub String);

pub async fn assign(mut req: Request, next: Next) -> Response {
    let id = uuid::Uuid::now_v7().to_string();
    let value = HeaderValue::from_str(&id).unwrap_or_else(|_| HeaderValue::from_static("unknown"));
    req.headers_mut().insert(HEADER, value.clone());
    req.extensions_mut().insert(RequestId(id));
    let mut res = next.run(req).await;
    res.headers_mut().insert(HEADER, value);
    res
}

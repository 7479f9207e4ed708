//! Enforces the rule each route was registered with (see `crate::registry`).

use crate::auth::viewer::Viewer;
use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use moves_core::permission::{Decision, Rule};

/// Where to send someone who must sign in first, so they come back here after.
pub fn sign_in_location(req: &Request) -> String {
    // After a form post there is no page to go back to (we send no Referer).
    let back = if req.method() == Method::GET {
        req.uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned())
    } else {
        "/".to_owned()
    };
    format!("/sign-in?next={}", urlencoding::encode(&back))
}

pub async fn enforce(rule: Rule, req: Request, next: Next) -> Response {
    let decision = req
        .extensions()
        .get::<Viewer>()
        .map_or(Decision::SignIn, |v| rule.decide(&v.actor));
    match decision {
        Decision::Allow => next.run(req).await,
        Decision::SignIn => {
            let location = sign_in_location(&req);
            (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
        }
        Decision::Deny => StatusCode::FORBIDDEN.into_response(),
    }
}

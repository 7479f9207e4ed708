//! Enforces the rule each route was registered with (see `crate::registry`).

use crate::auth::csrf;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::Request;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use moves_core::permission::{Decision, Rule};
use moves_core::write_budget;

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

/// Where someone part-way through signing in is sent from any page they may not
/// reach yet: the code page, which sends them on to setting up a factor if they
/// have none.
pub const SECOND_FACTOR_PATH: &str = "/sign-in/code";

/// Posts that change nothing anyone else sees, and so spend no write: signing
/// out, keeping a session alive, choosing the organisation to work in.
const NOT_WRITES: &[&str] = ["/sign-out", "/session/keep-alive", "/organisation"].as_slice();

/// Whether this request spends one of the person's writes for the hour: any
/// post by someone signed in, but those above.
fn spends_a_write(req: &Request) -> bool {
    req.method() == Method::POST
        && req
            .extensions()
            .get::<Viewer>()
            .is_some_and(Viewer::signed_in)
        && !NOT_WRITES.contains(&req.uri().path())
}

pub async fn enforce(rule: Rule, req: Request, next: Next) -> Response {
    let viewer = req.extensions().get::<Viewer>();
    let pending = viewer.is_some_and(|v| v.pending_second_factor);
    let decision = match viewer {
        Some(v) if v.pending_second_factor => rule.decide_pending(),
        Some(v) => rule.decide(&v.actor),
        None => Decision::SignIn,
    };
    match decision {
        Decision::Allow if spends_a_write(&req) => {
            let budget = match (req.extensions().get::<AppState>(), viewer) {
                (Some(state), Some(v)) => match v.actor.user {
                    Some(user) => write_budget::spend(&state.ctx, user).await,
                    None => Ok(()),
                },
                _ => Ok(()),
            };
            match budget {
                Ok(()) => next.run(req).await,
                Err(e) => AppError::from(e).into_response(),
            }
        }
        Decision::Allow => next.run(req).await,
        Decision::SignIn if pending => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, SECOND_FACTOR_PATH.to_owned())],
        )
            .into_response(),
        Decision::SignIn
            if req.method() == Method::POST && viewer.is_some_and(|v| v.expired_csrf.is_some()) =>
        {
            match csrf::keep_form_of_signed_out_sender(req).await {
                Ok(location) => {
                    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
                }
                Err(e) => e.into_response(),
            }
        }
        Decision::SignIn => {
            let location = sign_in_location(&req);
            (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
        }
        Decision::Deny => StatusCode::FORBIDDEN.into_response(),
        Decision::NotFound => StatusCode::NOT_FOUND.into_response(),
    }
}

//! The person behind a request, read afresh for every request: their session,
//! account and memberships. A revoked membership or an ended session stops
//! working at the next request, on every server.

use crate::auth::cookies::{self, CookieNames};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use moves_core::auth::session::{Resumed, resume};
use moves_core::auth::token::csrf_token_for_session;
use moves_core::ids::UserId;
use moves_core::membership::Membership;
use moves_core::organisation::Organisation;
use moves_core::permission::Actor;
use moves_core::session::{Session, hash_token};
use moves_core::user::User;

#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub actor: Actor,
    pub user: Option<User>,
    pub session: Option<Session>,
    /// The token every form of this person's pages carries.
    pub csrf_token: Option<String>,
    /// Every active membership, for the organisation switcher.
    pub memberships: Vec<Membership>,
    /// The organisation being worked in.
    pub org: Option<Organisation>,
    /// A session cookie came in, but its session had ended (timed out or
    /// signed out): the person is told, and a posted form can be kept.
    pub session_expired: bool,
    /// Whose session had just ended, so a form they sent can be kept for them,
    /// and the token that session's forms carried.
    pub expired_user: Option<UserId>,
    pub expired_csrf: Option<String>,
    /// The idle timeout in force, for the warning before it.
    pub idle_secs: u64,
    /// The password was right but the second factor is still to come. Such a
    /// person is NOT signed in (`user`, `session` and `actor` are empty): the
    /// guard lets them reach only the second-factor steps
    /// (`Rule::SecondFactorStep`), and sends them back there from anywhere else.
    pub pending_second_factor: bool,
    /// That pending session, for the second-factor pages (set exactly when
    /// `pending_second_factor` is).
    pub pending: Option<Session>,
}

impl Viewer {
    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }
}

async fn load(state: &AppState, token: &str) -> Result<Viewer, AppError> {
    Ok(match resume(&state.ctx, &hash_token(token)).await? {
        Resumed::Ended { person } => Viewer {
            session_expired: true,
            expired_user: person,
            expired_csrf: person.map(|_| csrf_token_for_session(token)),
            ..Viewer::default()
        },
        // Forms on the second-factor pages carry this session's token.
        Resumed::Pending(session) => Viewer {
            csrf_token: Some(csrf_token_for_session(token)),
            pending_second_factor: true,
            pending: Some(session),
            ..Viewer::default()
        },
        Resumed::SignedIn(signed_in) => {
            let signed_in = *signed_in;
            Viewer {
                org: signed_in.org,
                actor: signed_in.actor,
                csrf_token: Some(csrf_token_for_session(token)),
                user: Some(signed_in.user),
                session: Some(signed_in.session),
                memberships: signed_in.memberships,
                session_expired: false,
                expired_user: None,
                expired_csrf: None,
                idle_secs: state.config.session_policy.idle_secs,
                pending_second_factor: false,
                pending: None,
            }
        }
    })
}

/// Loads the viewer once per request and leaves it in the request's extensions.
pub async fn attach(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Result<Response, AppError> {
    let names = CookieNames::for_config(&state.config);
    let viewer = match cookies::read(req.headers(), names.session) {
        Some(token) if !token.is_empty() => load(&state, &token).await?,
        _ => Viewer::default(),
    };
    req.extensions_mut().insert(viewer);
    // For the guard, which may need to keep a form (see `csrf::keep_form_of_signed_out_sender`).
    req.extensions_mut().insert(state);
    Ok(next.run(req).await)
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .ok_or_else(|| AppError::Internal("the viewer layer is missing".to_owned()))
    }
}

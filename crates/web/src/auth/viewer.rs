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
use moves_core::auth::mfa;
use moves_core::auth::token::csrf_token_for_session;
use moves_core::clock::Timestamp;
use moves_core::ids::{OrgId, UserId};
use moves_core::membership::Membership;
use moves_core::organisation::Organisation;
use moves_core::permission::Actor;
use moves_core::session::{Session, SessionStage, hash_token};
use moves_core::user::User;

/// Only write "last seen" when it moved by this much: one write a minute per
/// person, not one per request.
const TOUCH_EVERY_SECS: i64 = 60;

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

/// The organisation to work in: the session's choice if the person still belongs
/// to it, otherwise their first.
fn current_org(session: &Session, memberships: &[Membership]) -> Option<OrgId> {
    session
        .org_id
        .filter(|o| memberships.iter().any(|m| m.org_id == *o))
        .or_else(|| memberships.first().map(|m| m.org_id))
}

async fn load(state: &AppState, token: &str, now: Timestamp) -> Result<Viewer, AppError> {
    let hash = hash_token(token);
    let Some(session) = state.store.session(&hash).await? else {
        return Ok(Viewer {
            session_expired: true,
            ..Viewer::default()
        });
    };
    if !state.config.session_policy.is_live(&session, now) {
        state.store.end_session(&hash).await?;
        return Ok(Viewer {
            session_expired: true,
            expired_user: (session.stage == SessionStage::Full).then_some(session.user_id),
            expired_csrf: (session.stage == SessionStage::Full)
                .then(|| csrf_token_for_session(token)),
            ..Viewer::default()
        });
    }
    if session.stage != SessionStage::Full {
        if !mfa::pending_is_live(&session, now) {
            state.store.end_session(&hash).await?;
            return Ok(Viewer {
                session_expired: true,
                ..Viewer::default()
            });
        }
        // Forms on the second-factor pages carry this session's token.
        return Ok(Viewer {
            csrf_token: Some(csrf_token_for_session(token)),
            pending_second_factor: true,
            pending: Some(session),
            ..Viewer::default()
        });
    }
    let Some(user) = state.store.user(session.user_id).await? else {
        state.store.end_session(&hash).await?;
        return Ok(Viewer {
            session_expired: true,
            ..Viewer::default()
        });
    };
    let memberships = state.store.memberships_of_user(user.id).await?;
    let org = current_org(&session, &memberships);
    let roles = memberships
        .iter()
        .filter(|m| Some(m.org_id) == org)
        .map(|m| m.role)
        .collect();
    if now.as_millis() - session.last_seen_at.as_millis() > TOUCH_EVERY_SECS * 1000
        || org != session.org_id
    {
        state.store.touch_session(&hash, now, org).await?;
    }
    let organisation = match org {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    Ok(Viewer {
        org: organisation,
        actor: Actor {
            user: Some(user.id),
            installation_admin: user.installation_admin,
            org,
            roles,
        },
        csrf_token: Some(csrf_token_for_session(token)),
        user: Some(user),
        session: Some(session),
        memberships,
        session_expired: false,
        expired_user: None,
        expired_csrf: None,
        idle_secs: state.config.session_policy.idle_secs,
        pending_second_factor: false,
        pending: None,
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
        Some(token) if !token.is_empty() => load(&state, &token, state.clock.now()).await?,
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

//! What handlers take from a request besides the viewer: the person working
//! in an organisation ([`Worker`]), the ids named in the path
//! ([`PathIds`]), and the site's address as the browser reached it
//! ([`SiteOrigin`]). A malformed id is 404, like an unknown one: it never
//! reaches a use case, and the text a visitor typed is never logged.

use crate::auth::csrf::site_origin;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use moves_core::ids::{CircleId, OrgId, UserId};
use moves_core::permission::Actor;
use std::collections::HashMap;
use std::str::FromStr;

/// A signed-in person working in an organisation: what every use case of a
/// circle takes. The route's rule has let them in; anyone else is 404.
#[derive(Debug, Clone)]
pub struct Worker {
    pub actor: Actor,
    pub org: OrgId,
    pub user: UserId,
}

impl<S: Send + Sync> FromRequestParts<S> for Worker {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let (Some(org), Some(user)) = (viewer.actor.org, viewer.actor.user) else {
            return Err(AppError::NotFound);
        };
        Ok(Self {
            actor: viewer.actor,
            org,
            user,
        })
    }
}

/// The ids in the path, by their names in the route (`{id}` is a circle's).
pub struct PathIds(HashMap<String, String>);

impl PathIds {
    /// The circle of a `/circles/{id}/...` route.
    pub fn circle(&self) -> Result<CircleId, AppError> {
        self.id("id")
    }

    /// The id named `name` in the route, parsed; 404 if it is not one.
    pub fn id<T: FromStr>(&self, name: &str) -> Result<T, AppError> {
        self.0
            .get(name)
            .and_then(|raw| raw.parse().ok())
            .ok_or(AppError::NotFound)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PathIds {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Ok(Self(params))
    }
}

/// This site's address (`https://moves.example.org`): the configured public
/// address, or else the host the person's browser asked for, so that a link
/// shown to copy is whole. Never used for email: that needs the configured
/// address, since a request's `Host` is whatever the sender wrote.
#[derive(Debug, Clone, Default)]
pub struct SiteOrigin(pub Option<String>);

impl FromRequestParts<AppState> for SiteOrigin {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(SiteOrigin(site_origin(state, &parts.headers)))
    }
}

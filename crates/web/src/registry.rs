//! Every route is registered here with the permission rule that guards it. There
//! is no other way to add a route (a test searches the source for any), and the
//! permission matrix test runs every role against every entry of this table.

use crate::auth::guard;
use crate::state::AppState;
use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use moves_core::permission::Rule;

#[derive(Debug, Clone)]
pub struct RouteEntry {
    pub method: Method,
    pub path: &'static str,
    pub rule: Rule,
}

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    entries: Vec<RouteEntry>,
}

impl Routes {
    fn add(
        mut self,
        method: Method,
        path: &'static str,
        rule: Rule,
        route: MethodRouter<AppState>,
    ) -> Self {
        let guarded = route.route_layer(axum::middleware::from_fn(move |req, next| {
            guard::enforce(rule, req, next)
        }));
        self.router = self.router.route(path, guarded);
        self.entries.push(RouteEntry { method, path, rule });
        self
    }

    pub fn get<H, T>(self, path: &'static str, rule: Rule, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, rule, get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, rule: Rule, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, rule, post(handler))
    }

    pub fn entries(&self) -> &[RouteEntry] {
        &self.entries
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}

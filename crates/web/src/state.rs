//! What every handler can reach.

use crate::config::WebConfig;
use crate::hashing::HashingGate;
use metrics_exporter_prometheus::PrometheusHandle;
use moves_core::Ctx;
use moves_core::keys::{Keyring, Purpose};
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    /// What the use cases in `moves-core` work with.
    pub ctx: Ctx,
    pub config: Arc<WebConfig>,
    pub metrics: PrometheusHandle,
    /// Every Argon2 hash or check of a request goes through this (the same
    /// gate as the use cases' in `ctx`).
    pub hashing: Arc<HashingGate>,
}

impl AppState {
    /// The state over `ctx` (the store and the clock, put together by the
    /// program), with the web layer's settings applied to it.
    pub fn new(ctx: Ctx, config: WebConfig) -> Self {
        let keys = config
            .keys
            .clone()
            .unwrap_or_else(|| Arc::new(Keyring::ephemeral()));
        let hashing = HashingGate::new(config.hashing);
        Self {
            ctx: ctx
                .with_write_budget(config.write_budget)
                .with_keys(keys)
                .with_hashing(hashing.clone())
                .with_throttle_policy(config.throttle_policy)
                .with_session_policy(config.session_policy),
            hashing,
            config: Arc::new(config),
            metrics: crate::middleware::metrics::handle(),
        }
    }

    /// The key for one purpose, derived from the installation's keys (kept
    /// outside the database, the same on every server).
    pub fn secret(&self, purpose: Purpose) -> [u8; 32] {
        self.ctx.derived_key(purpose)
    }
}

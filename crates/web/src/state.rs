//! What every handler can reach.

use crate::config::WebConfig;
use crate::error::AppError;
use metrics_exporter_prometheus::PrometheusHandle;
use moves_core::Ctx;
use moves_core::auth::token::new_token;
use moves_core::clock::Clock;
use moves_store::Store;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type SecretCache = HashMap<&'static str, Arc<[u8]>>;

#[derive(Clone)]
pub struct AppState {
    /// What the use cases in `moves-core` work with.
    pub ctx: Ctx,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub metrics: PrometheusHandle,
    /// Installation secrets, read once from the database (where every server
    /// process finds the same ones).
    secrets: Arc<Mutex<SecretCache>>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: WebConfig) -> Self {
        Self {
            ctx: Ctx::new(store.clone(), clock.clone()).with_write_budget(config.write_budget),
            store,
            clock,
            config: Arc::new(config),
            metrics: crate::middleware::metrics::handle(),
            secrets: Arc::default(),
        }
    }

    /// A named secret key shared by every server of the installation.
    pub async fn secret(&self, name: &'static str) -> Result<Arc<[u8]>, AppError> {
        if let Some(key) = self.secrets.lock().ok().and_then(|m| m.get(name).cloned()) {
            return Ok(key);
        }
        let candidate = new_token().map_err(|e| AppError::Internal(e.to_string()))?;
        let stored: Arc<[u8]> = self
            .store
            .installation_secret(name, candidate.as_bytes())
            .await?
            .into();
        if let Ok(mut m) = self.secrets.lock() {
            m.insert(name, stored.clone());
        }
        Ok(stored)
    }
}

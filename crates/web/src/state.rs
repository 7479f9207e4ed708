//! What every handler can reach.

use crate::config::WebConfig;
use metrics_exporter_prometheus::PrometheusHandle;
use moves_core::clock::Clock;
use moves_core::store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub metrics: PrometheusHandle,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: WebConfig) -> Self {
        Self {
            store,
            clock,
            config: Arc::new(config),
            metrics: crate::middleware::metrics::handle(),
        }
    }
}

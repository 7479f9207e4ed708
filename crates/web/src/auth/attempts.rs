//! The sign-in throttle on the web: each password or code attempt is counted
//! before it is checked (`moves_core::auth::attempt`), and one over a limit is
//! answered 429 with `Retry-After`, unchecked.

use crate::client_ip::client_ip;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use moves_core::auth::attempt::{self, Attempt, Begun};
use moves_core::auth::throttle::Counter;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The peer's address as the server saw it (none in tests that send no
/// connection information).
pub type Peer = Option<axum::Extension<ConnectInfo<SocketAddr>>>;

/// The address an attempt is counted from: the peer, or the client a trusted
/// proxy names.
pub fn address(state: &AppState, headers: &HeaderMap, peer: &Peer) -> IpAddr {
    let peer_ip = peer
        .as_ref()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |p| p.0.0.ip());
    client_ip(peer_ip, headers, &state.config.trusted_proxies)
}

/// Refuses (429) an attempt that the counts as they stand already refuse,
/// counting nothing: so it does not wait for a turn to hash first.
pub async fn refuse_if_over(state: &AppState, counters: &[Counter]) -> Result<(), AppError> {
    let refused =
        attempt::refused_already(state.store.as_ref(), counters, state.clock.now()).await?;
    match refused {
        None => Ok(()),
        Some(retry_after_secs) => Err(AppError::Throttled { retry_after_secs }),
    }
}

/// Counts an attempt under `counters`; refused (429) when over a limit.
pub async fn begin(state: &AppState, counters: &[Counter]) -> Result<Attempt, AppError> {
    match attempt::begin(state.store.as_ref(), counters, state.clock.now()).await? {
        Begun::Go(attempt) => Ok(attempt),
        Begun::Refused { retry_after_secs } => Err(AppError::Throttled { retry_after_secs }),
    }
}

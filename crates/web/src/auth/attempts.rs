//! Where a sign-in attempt comes from: each password or code attempt is
//! counted per address before it is checked (`moves_core::auth::attempt`), and
//! one over a limit is answered 429 with `Retry-After`, unchecked.

use crate::client_ip::client_ip;
use crate::state::AppState;
use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
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

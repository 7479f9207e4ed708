//! Which address a request really came from. Behind a reverse proxy every request
//! arrives from the proxy, so its `X-Forwarded-For` is believed, but only when the
//! proxy is one the operator named in `trusted_proxies`.

use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::IpAddr;

/// Names of headers that say a request was forwarded.
pub const FORWARDING_HEADERS: [&str; 3] = ["x-forwarded-for", "forwarded", "x-real-ip"];

fn trusted(ip: IpAddr, proxies: &[IpNet]) -> bool {
    proxies.iter().any(|net| net.contains(&ip))
}

/// The client's address: the peer, unless the peer is a trusted proxy, in which
/// case the right-most address in `X-Forwarded-For` that is not itself a trusted
/// proxy (left-most entries can be forged by the client).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, proxies: &[IpNet]) -> IpAddr {
    if !trusted(peer, proxies) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted(*ip, proxies))
        .unwrap_or(peer)
}

/// True when the request carries any header saying it was forwarded.
pub fn was_forwarded(headers: &HeaderMap) -> bool {
    FORWARDING_HEADERS.iter().any(|h| headers.contains_key(*h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(xff).unwrap());
        h
    }

    #[test]
    fn untrusted_peers_are_taken_at_their_word_only() {
        let peer: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(client_ip(peer, &headers("127.0.0.1"), &[]), peer);
    }

    #[test]
    fn trusted_proxy_forwards_the_right_most_untrusted_address() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let peer: IpAddr = "10.0.0.2".parse().unwrap();
        // The client forged "1.2.3.4"; the proxy appended the real address.
        let h = headers("1.2.3.4, 198.51.100.7, 10.0.0.3");
        assert_eq!(
            client_ip(peer, &h, &proxies),
            "198.51.100.7".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_ip(peer, &HeaderMap::new(), &proxies), peer);
        assert!(was_forwarded(&h));
        assert!(!was_forwarded(&HeaderMap::new()));
    }
}

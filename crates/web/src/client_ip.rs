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
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    // From the right: each trusted proxy's entry leads to the next. An entry
    // that cannot be read ends the walk at the last address we trust, never
    // skipping to what the client wrote further left.
    let mut from = peer;
    for entry in entries.into_iter().rev() {
        let Some(ip) = parse_entry(entry) else {
            return from;
        };
        if !trusted(ip, proxies) {
            return ip;
        }
        from = ip;
    }
    from
}

/// One `X-Forwarded-For` entry: an address, as some load balancers write it
/// with a port (`203.0.113.9:4711`, `[2001:db8::1]:4711`) or in brackets.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    if let Ok(ip) = entry.parse() {
        return Some(ip);
    }
    if let Ok(with_port) = entry.parse::<std::net::SocketAddr>() {
        return Some(with_port.ip());
    }
    entry
        .strip_prefix('[')
        .and_then(|e| e.strip_suffix(']'))
        .and_then(|e| e.parse().ok())
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

    #[test]
    fn an_unreadable_entry_ends_the_walk_and_ports_are_read() {
        let proxies: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let peer: IpAddr = "10.0.0.2".parse().unwrap();
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // The proxy wrote something we cannot read: the client's forgery to
        // its left is not believed; the proxy itself is the address.
        let h = headers("1.2.3.4, not-an-address");
        assert_eq!(client_ip(peer, &h, &proxies), peer);
        let h = headers("1.2.3.4, 10.0.0.9, garbage");
        assert_eq!(client_ip(peer, &h, &proxies), peer);
        // A port, or brackets, as some load balancers add them.
        let h = headers("1.2.3.4, 198.51.100.7:4711");
        assert_eq!(client_ip(peer, &h, &proxies), ip("198.51.100.7"));
        let h = headers("1.2.3.4, [2001:db8::1]:4711");
        assert_eq!(client_ip(peer, &h, &proxies), ip("2001:db8::1"));
        let h = headers("1.2.3.4, [2001:db8::2]");
        assert_eq!(client_ip(peer, &h, &proxies), ip("2001:db8::2"));
    }
}

//! Hole 12, the server's own limits, with the real binary: a client that
//! sends its headers too slowly is let go, one that sends its body too slowly
//! is answered 408, and past the connection limit a connection is closed at
//! once, while a normal client is still served.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use support::Server;

/// Reads until the server closes the connection (or `within` passes); what
/// it said.
fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<String> {
    stream.set_read_timeout(Some(within)).unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return Some(String::from_utf8_lossy(&got).into_owned());
            }
            Err(_) => return None,
        }
    }
}

#[tokio::test]
async fn slow_clients_are_let_go_and_others_still_served() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("moves.toml");
    std::fs::write(
        &config,
        "header_timeout_secs = 3\nrequest_timeout_secs = 4\nmax_connections = 4\n",
    )
    .unwrap();
    let server = Server::start(
        dir.path(),
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ],
        &[],
    );
    let addr = server.url("").trim_start_matches("http://").to_owned();

    // Four clients that never finish their headers take every connection.
    let mut slow: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut s = TcpStream::connect(&addr).unwrap();
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            s
        })
        .collect();
    // Once the four are accepted (on a busy machine that takes a moment), a
    // fifth is closed at once, with nothing said.
    let deadline = Instant::now() + Duration::from_secs(5);
    let refused = loop {
        let mut probe = TcpStream::connect(&addr).unwrap();
        let _ = probe.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        let said = read_until_closed(&mut probe, Duration::from_millis(800));
        if said.as_deref() == Some("") || Instant::now() > deadline {
            break said;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(refused.as_deref(), Some(""), "closed at once: {refused:?}");

    // Within the header timeout (3 s: long enough that, on a busy machine,
    // the probe above finds every connection still taken), the slow ones
    // are let go.
    let started = Instant::now();
    for s in &mut slow {
        let said = read_until_closed(s, Duration::from_secs(5));
        assert!(said.is_some(), "the server closed a slow client");
    }
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );

    // Then a normal client is served.
    let healthy = reqwest::get(server.url("/healthz")).await.unwrap();
    assert_eq!(healthy.status(), 200);

    // A body sent too slowly is answered 408 once the request timeout passes.
    let mut trickle = TcpStream::connect(&addr).unwrap();
    trickle
        .write_all(
            b"POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nlogin=",
        )
        .unwrap();
    let said = read_until_closed(&mut trickle, Duration::from_secs(9)).unwrap_or_default();
    assert!(said.starts_with("HTTP/1.1 408"), "{said}");
    assert!(server.stop().success());
}

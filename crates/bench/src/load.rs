//! An open-loop load at a fixed rate, in plain std: a clock sends each
//! request's scheduled instant to a pool of connections, and a request's
//! latency runs from its scheduled instant to the end of its answer. A slow
//! answer therefore delays nothing that follows (no coordinated omission):
//! requests that find every connection busy wait, and their wait counts.
//!
//! Each request is HTTP/1.1 on its own TCP connection (`Connection: close`),
//! read to the end: on loopback the connect costs microseconds.

use anyhow::{Context, Result, anyhow};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Load {
    /// `host:port`.
    pub addr: String,
    pub path: String,
    /// The `Cookie` header's value.
    pub cookie: String,
    pub rate: u32,
    pub connections: u32,
    pub duration: Duration,
}

/// One answer: its latency and its status (0 when none came).
pub struct Sample {
    pub latency: Duration,
    pub status: u16,
}

/// The status code of an HTTP/1.x answer's first line.
pub fn status_of(answer: &[u8]) -> u16 {
    let line = answer.split(|b| *b == b'\n').next().unwrap_or_default();
    std::str::from_utf8(line)
        .ok()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn request(load: &Load) -> Result<u16> {
    let mut stream = TcpStream::connect(&load.addr).context("connecting")?;
    // One write: `write!` would send the request in pieces.
    let head = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\nConnection: close\r\n\r\n",
        load.path, load.addr, load.cookie
    );
    stream.write_all(head.as_bytes())?;
    let mut answer = Vec::with_capacity(32 * 1024);
    stream.read_to_end(&mut answer)?;
    Ok(status_of(&answer))
}

/// Runs `load` and returns every request's sample.
pub fn run(load: Load) -> Result<Vec<Sample>> {
    if load.rate == 0 || load.connections == 0 {
        return Err(anyhow!("the rate and the connections must be above zero"));
    }
    let load = Arc::new(load);
    let (send, receive) = mpsc::channel::<Instant>();
    let receive = Arc::new(Mutex::new(receive));
    let (report, samples) = mpsc::channel::<Sample>();
    let mut workers = Vec::new();
    for _ in 0..load.connections {
        let (load, receive, report) = (load.clone(), receive.clone(), report.clone());
        workers.push(std::thread::spawn(move || {
            loop {
                let next = match receive.lock() {
                    Ok(r) => r.recv(),
                    Err(_) => return,
                };
                let Ok(scheduled) = next else { return };
                let status = request(&load).unwrap_or(0);
                let sample = Sample {
                    latency: scheduled.elapsed(),
                    status,
                };
                if report.send(sample).is_err() {
                    return;
                }
            }
        }));
    }
    drop(report);
    let total = (load.duration.as_secs_f64() * f64::from(load.rate)).round() as u64;
    let every = Duration::from_secs_f64(1.0 / f64::from(load.rate));
    let start = Instant::now();
    for i in 0..total {
        let at = start + every * u32::try_from(i)?;
        if let Some(wait) = at.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        send.send(at)?;
    }
    drop(send);
    for w in workers {
        w.join()
            .map_err(|_| anyhow!("a connection's thread stopped"))?;
    }
    Ok(samples.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn reads_the_status() {
        assert_eq!(status_of(b"HTTP/1.1 200 OK\r\nA: b\r\n\r\nbody"), 200);
        assert_eq!(status_of(b"HTTP/1.1 404 Not Found\r\n"), 404);
        assert_eq!(status_of(b""), 0);
        assert_eq!(status_of(b"garbage"), 0);
    }

    /// A server that answers each request after 30 ms, one at a time: at 50
    /// requests a second on one connection the queue grows, and the
    /// latencies must show the waiting, not only the 30 ms.
    #[test]
    fn waiting_for_a_busy_connection_counts() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let mut stream = stream.unwrap();
                // The whole request, so closing does not reset the connection.
                let mut got = Vec::new();
                let mut buf = [0u8; 1024];
                while !got.ends_with(b"\r\n\r\n") {
                    let n = stream.read(&mut buf).unwrap();
                    assert!(n > 0, "the request ended early");
                    got.extend_from_slice(&buf[..n]);
                }
                std::thread::sleep(Duration::from_millis(30));
                stream
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                    .unwrap();
            }
        });
        let samples = run(Load {
            addr,
            path: "/".into(),
            cookie: "a=b".into(),
            rate: 50,
            connections: 1,
            duration: Duration::from_secs(1),
        })
        .unwrap();
        assert_eq!(samples.len(), 50);
        assert!(samples.iter().all(|s| s.status == 200));
        let slowest = samples.iter().map(|s| s.latency).max().unwrap();
        // 50 answers of 30 ms take 1.5 s; the last was due at 0.98 s.
        assert!(slowest > Duration::from_millis(300), "{slowest:?}");
    }
}

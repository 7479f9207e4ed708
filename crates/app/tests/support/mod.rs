//! Starting the real `moves` binary for tests, on a free port.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_moves");

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Runs `moves ARGS` to completion.
pub fn moves(args: &[&str]) -> Output {
    // In a folder of its own: a command not given a data directory uses
    // ./moves-data, which must never be the source tree's.
    let cwd = tempfile::tempdir().unwrap();
    Command::new(BIN)
        .args(args)
        .current_dir(cwd.path())
        .env_remove("MOVES_DATABASE_URL")
        .env_remove("MOVES_DATA_DIR")
        .env_remove("MOVES_CONFIG")
        .env_remove("MOVES_ADDR")
        .env_remove("MOVES_KEYS")
        .env_remove("MOVES_KEYS_FILE")
        .output()
        .unwrap()
}

pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A running `moves serve`.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub log: PathBuf,
}

impl Server {
    /// Starts `moves serve` with extra arguments and waits until it answers.
    pub fn start(dir: &Path, extra: &[&str], envs: &[(&str, &str)]) -> Server {
        Self::start_at(dir, free_port(), extra, envs)
    }

    /// As [`Server::start`], on `port` (for settings that name it, such as
    /// `--public-url`).
    pub fn start_at(dir: &Path, port: u16, extra: &[&str], envs: &[(&str, &str)]) -> Server {
        let log = dir.join(format!("serve-{port}.log"));
        let addr = format!("127.0.0.1:{port}");
        let mut cmd = Command::new(BIN);
        // Servers started in the same folder share ./moves-data there, and
        // with it the installation's keys, as servers of one installation do.
        cmd.args(["serve", "--addr", &addr])
            .args(extra)
            .current_dir(dir)
            .env_remove("MOVES_DATABASE_URL")
            .env_remove("MOVES_DATA_DIR")
            .env_remove("MOVES_KEYS")
            .env_remove("MOVES_KEYS_FILE")
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(dir.join(format!("serve-{port}.out"))).unwrap())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = cmd.spawn().unwrap();
        let mut server = Server { child, port, log };
        server.wait_ready();
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("moves serve exited early ({status}): {}", self.log_text());
            }
            // The port opens before migrations run: wait for a real answer.
            if healthy(self.port) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("moves serve did not start: {}", self.log_text());
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, then wait for a clean exit.
    pub fn stop(mut self) -> std::process::ExitStatus {
        signal(&self.child, "TERM");
        wait_with_timeout(&mut self.child, Duration::from_secs(40))
    }

    /// SIGKILL: no chance to clean up.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether `GET /healthz` answers 200.
fn healthy(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    if stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.0 200")
}

pub fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

pub fn wait_with_timeout(child: &mut Child, timeout: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "the process did not exit in time"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `Some(admin URL)` of the test PostgreSQL server; outside CI, `None` with a
/// loud message when there is none.
pub fn pg_admin_url() -> Option<String> {
    match std::env::var("MOVES_TEST_PG_URL")
        .ok()
        .filter(|s| !s.is_empty())
    {
        Some(url) => Some(url),
        None => {
            if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                panic!("PostgreSQL is required in CI: MOVES_TEST_PG_URL is not set");
            }
            eprintln!("SKIPPED (PostgreSQL not available: MOVES_TEST_PG_URL is not set)");
            None
        }
    }
}

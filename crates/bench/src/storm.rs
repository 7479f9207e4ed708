//! The sign-in storm: many people press "Sign in" at the same moment, as a
//! class does at 9:00. Each person first opens the sign-in page (their form
//! token and its cookie, before the storm), then all post their password at
//! once, each on its own connection. A person answered 503 (the server's
//! hashing queue is full) waits as `Retry-After` says and presses again, as a
//! person would; the time counted is from the storm's start until they are in.
//!
//! Plain std, HTTP/1.1 with `Connection: close`, like `crate::load`.

use crate::load::status_of;
use anyhow::{Context as _, Result, anyhow};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// How many times one person presses "Sign in" before giving up.
const MOST_TRIES: u32 = 30;

/// The username of the `i`th storm pupil (from 1), as `bench-people` makes them.
pub fn username(i: usize) -> String {
    format!("storm-{i:03}")
}

/// What happened to one person.
#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    /// Signed in (the server answered 303).
    pub got_in: bool,
    /// Signed in at the first press.
    pub first_try: bool,
    /// 503 answers (queue full) before the end.
    pub busy: u32,
    /// 429 answers (throttled): none are expected.
    pub throttled: bool,
    /// From the storm's start to the last answer.
    pub took: Duration,
}

struct Answer {
    status: u16,
    retry_after: Option<u64>,
    set_cookie: Vec<String>,
    body: String,
}

fn exchange(addr: &str, request: &str) -> Result<Answer> {
    let mut stream = TcpStream::connect(addr).context("connecting")?;
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::with_capacity(16 * 1024);
    stream.read_to_end(&mut raw)?;
    let status = status_of(&raw);
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let header = |line: &str, name: &str| {
        line.split_once(':')
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_owned())
    };
    Ok(Answer {
        status,
        retry_after: head
            .lines()
            .find_map(|l| header(l, "retry-after"))
            .and_then(|v| v.parse().ok()),
        set_cookie: head
            .lines()
            .filter_map(|l| header(l, "set-cookie"))
            .collect(),
        body: body.to_owned(),
    })
}

/// The sign-in form as a visitor gets it: the cookie to send back, and the
/// form's token.
fn open_form(addr: &str) -> Result<(String, String)> {
    let answer = exchange(
        addr,
        &format!("GET /sign-in HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )?;
    let cookie = answer
        .set_cookie
        .iter()
        .filter_map(|c| c.split(';').next())
        .find(|c| c.contains("csrf="))
        .ok_or_else(|| anyhow!("the sign-in page set no form cookie"))?
        .to_owned();
    let token = answer
        .body
        .split("name=\"_csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or_else(|| anyhow!("the sign-in page has no form token"))?
        .to_owned();
    Ok((cookie, token))
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn press_sign_in(
    addr: &str,
    (cookie, token): &(String, String),
    login: &str,
    password: &str,
) -> Result<Answer> {
    let body = format!(
        "_csrf={}&login={}&password={}",
        encode(token),
        encode(login),
        encode(password)
    );
    exchange(
        addr,
        &format!(
            "POST /sign-in HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nSec-Fetch-Site: same-origin\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
}

fn one_person(
    addr: &str,
    form: &(String, String),
    login: &str,
    password: &str,
    start: Instant,
) -> Outcome {
    let mut outcome = Outcome {
        got_in: false,
        first_try: false,
        busy: 0,
        throttled: false,
        took: Duration::ZERO,
    };
    for attempt in 0..MOST_TRIES {
        let answer = press_sign_in(addr, form, login, password);
        outcome.took = start.elapsed();
        match answer {
            Ok(a) if a.status == 303 => {
                outcome.got_in = true;
                outcome.first_try = attempt == 0;
                return outcome;
            }
            Ok(a) if a.status == 503 => {
                outcome.busy += 1;
                std::thread::sleep(Duration::from_secs(a.retry_after.unwrap_or(1)));
            }
            Ok(a) if a.status == 429 => {
                outcome.throttled = true;
                return outcome;
            }
            _ => return outcome,
        }
    }
    outcome
}

/// Opens the form for each of `logins`, then signs them all in at once.
pub fn run(addr: &str, logins: &[String], password: &str) -> Result<Vec<Outcome>> {
    let forms = logins
        .iter()
        .map(|_| open_form(addr))
        .collect::<Result<Vec<_>>>()?;
    let barrier = Arc::new(Barrier::new(logins.len()));
    let people: Vec<_> = logins
        .iter()
        .cloned()
        .zip(forms)
        .map(|(login, form)| {
            let (addr, password, barrier) = (addr.to_owned(), password.to_owned(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                let start = Instant::now();
                one_person(&addr, &form, &login, &password, start)
            })
        })
        .collect();
    people
        .into_iter()
        .map(|p| p.join().map_err(|_| anyhow!("a person's thread stopped")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_are_encoded() {
        assert_eq!(encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(encode("storm-001"), "storm-001");
        assert_eq!(username(7), "storm-007");
    }
}

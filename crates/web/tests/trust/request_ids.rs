//! Hole 13: the reference an error page shows is in the log, on every line
//! the request wrote, so support can find what happened from what a person
//! reads out to them.

use crate::support::{App, text};
use axum::http::StatusCode;
use moves_core::membership::Role;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Log lines, as the server writes them, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn an_error_pages_reference_is_on_its_log_lines() {
    let app = App::empty().await;
    let org = app.organisation("Demo Borough").await;
    app.person("Sam", "sam@a.example", &org, Role::Practitioner)
        .await;
    let cookie = app.session_cookie("sam@a.example").await;

    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // The database goes away: the next page fails.
    app.store.close().await;
    let failed = app.get("/circles", &cookie).await;
    assert!(failed.status.is_server_error(), "{}", failed.status);
    let shown = text(&failed);
    let reference = shown
        .split("quote this reference: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no reference in {shown}"))
        .to_owned();
    let written = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = written.lines().filter(|l| !l.is_empty()).collect();
    assert!(!lines.is_empty(), "something was logged");
    assert!(
        lines
            .iter()
            .all(|l| l.contains(&format!("request_id={reference}"))),
        "every line of the request carries its reference {reference}:\n{written}"
    );
    assert!(
        !written.contains("sam@a.example") && !written.contains("Sam"),
        "no personal data: {written}"
    );
    assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE);
}

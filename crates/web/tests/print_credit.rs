//! The framework's credit is in the bottom margin of every printed page
//! (issue 15): every page links a print stylesheet whose margin box holds
//! the credit in the reader's language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use support::App;

#[tokio::test]
async fn every_printed_page_carries_the_credit_in_the_readers_language() {
    let app = App::empty().await;
    let page = app.get("/framework", "").await;
    assert!(
        page.body.contains(
            "<link rel=\"stylesheet\" href=\"/print-credit.css?in=en-GB\" media=\"print\">"
        ),
        "{}",
        page.body
    );
    let css = app.get("/print-credit.css", "").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.content_type.starts_with("text/css"),
        "{}",
        css.content_type
    );
    assert!(css.body.contains("@bottom-center"), "{}", css.body);
    assert!(
        css.body.contains("Hart & Blincow with Thomas (2012)"),
        "{}",
        css.body
    );
    let welsh = app.get("/print-credit.css?lang=cy", "").await;
    assert!(welsh.body.contains("@bottom-center"));
    assert!(!welsh.body.contains("is the work of"), "{}", welsh.body);
    assert!(welsh.body.contains("BoingBoing"), "{}", welsh.body);
}

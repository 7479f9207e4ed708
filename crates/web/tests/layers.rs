//! The layers every response passes through, tried in-process against the real
//! router, templates and database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use moves_core::clock::SystemClock;
use moves_store::StoreHealth;
use moves_store_sqlite::{SqliteSettings, SqliteStore};
use moves_web::{AppState, WebConfig};
use std::sync::Arc;
use tower::ServiceExt;

struct App {
    router: axum::Router,
    store: Arc<SqliteStore>,
    _dir: tempfile::TempDir,
}

async fn app(config: WebConfig) -> App {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        SqliteStore::open(&dir.path().join("moves.db"), &SqliteSettings::default())
            .await
            .unwrap(),
    );
    store.migrate().await.unwrap();
    let state = AppState::new(
        moves_core::Ctx::new(store.clone(), Arc::new(SystemClock)),
        config,
    );
    App {
        router: moves_web::router(state),
        store,
        _dir: dir,
    }
}

fn default_config() -> WebConfig {
    WebConfig {
        max_body_bytes: 1024,
        ..WebConfig::default()
    }
}

async fn send(app: &App, req: Request<Body>) -> (axum::http::response::Parts, String) {
    let res = app.router.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (parts, String::from_utf8_lossy(&bytes).into_owned())
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

fn assert_security_headers(parts: &axum::http::response::Parts, what: &str, https: bool) {
    let h = &parts.headers;
    let csp = h
        .get(header::CONTENT_SECURITY_POLICY)
        .unwrap_or_else(|| panic!("CSP on {what}"))
        .to_str()
        .unwrap();
    for directive in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{directive} in CSP on {what}");
    }
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{what}"
    );
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{what}");
    assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{what}");
    assert!(h.contains_key("x-request-id"), "request id on {what}");
    assert_eq!(
        h.contains_key(header::STRICT_TRANSPORT_SECURITY),
        https,
        "HSTS on {what}"
    );
}

#[tokio::test]
async fn every_response_class_carries_the_security_headers() {
    let app = app(default_config()).await;
    let (ok, _) = send(&app, get("/sign-in")).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_security_headers(&ok, "a page", false);
    assert_eq!(
        ok.headers[header::CACHE_CONTROL],
        "no-store",
        "pages are not cached"
    );

    // A fresh installation sends visitors to the setup page.
    let (redirect, _) = send(&app, get("/")).await;
    assert_eq!(redirect.status, StatusCode::SEE_OTHER);
    assert_eq!(redirect.headers[header::LOCATION], "/setup");
    assert_security_headers(&redirect, "a redirect", false);

    let (css, _) = send(&app, get("/static/site.css")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_security_headers(&css, "a static file", false);
    assert!(
        css.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );

    let (missing, _) = send(&app, get("/no/such/page")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_security_headers(&missing, "a 404", false);

    let (not_allowed, _) = send(&app, Request::post("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(not_allowed.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_security_headers(&not_allowed, "a 405", false);
    assert!(
        not_allowed.headers.contains_key(header::ALLOW),
        "the 405 still says what is allowed"
    );

    let big = Request::post("/")
        .header(header::CONTENT_LENGTH, "5000")
        .body(Body::from(vec![b'a'; 5000]))
        .unwrap();
    let (too_big, body) = send(&app, big).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_security_headers(&too_big, "a 413", false);
    assert!(body.contains("too much to send at once"), "{body}");

    app.store.close().await;
    let (down, body) = send(&app, get("/readyz")).await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_security_headers(&down, "a 503", false);
    assert_eq!(body, "database unavailable\n");

    // A page that needs the database it cannot reach: a real 5xx from a
    // handler, as a page with the reference and the headers, telling nothing
    // of the cause.
    let (failed, body) = send(&app, get("/")).await;
    assert_eq!(failed.status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_security_headers(&failed, "a 5xx page", false);
    assert!(body.contains("not available right now"), "{body}");
    let id = failed.headers["x-request-id"].to_str().unwrap();
    assert!(body.contains("<html lang=\"en-GB\">"), "{body}");
    assert!(body.contains(id), "the page gives the reference: {body}");
    for leak in ["sqlx", "pool", "closed", "sqlite"] {
        assert!(!body.to_lowercase().contains(leak), "{leak} in {body}");
    }
}

#[tokio::test]
async fn https_deployments_get_hsts() {
    let app = app(WebConfig {
        https: true,
        ..default_config()
    })
    .await;
    let (ok, _) = send(&app, get("/sign-in")).await;
    assert_security_headers(&ok, "an https page", true);
    let (missing, _) = send(&app, get("/nope")).await;
    assert_security_headers(&missing, "an https 404", true);
}

#[tokio::test]
async fn error_pages_are_accessible_pages_with_the_reference() {
    let app = app(default_config()).await;
    let (parts, body) = send(&app, get("/nope")).await;
    let id = parts.headers["x-request-id"].to_str().unwrap();
    assert!(
        parts.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(body.contains("<html lang=\"en-GB\">"), "{body}");
    assert!(body.contains("<h1>Page not found</h1>"), "{body}");
    assert!(
        body.contains(id),
        "the page shows the same reference as the header"
    );
    assert!(body.contains("href=\"/\""));
}

#[tokio::test]
async fn health_and_readiness() {
    let app = app(default_config()).await;
    let (h, body) = send(&app, get("/healthz")).await;
    assert_eq!((h.status, body.as_str()), (StatusCode::OK, "ok\n"));
    let (r, body) = send(&app, get("/readyz")).await;
    assert_eq!((r.status, body.as_str()), (StatusCode::OK, "ready\n"));
}

#[tokio::test]
async fn metrics_are_not_served_to_strangers() {
    let app = app(default_config()).await;
    // In-process requests have no peer address: not loopback, so not served.
    let (parts, _) = send(&app, get("/metrics")).await;
    assert_eq!(parts.status, StatusCode::NOT_FOUND);
}

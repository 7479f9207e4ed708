//! Forged and stale forms are refused and change nothing; a visitor's token
//! is bound to its cookie.

use super::app;
use crate::support::PASSWORD;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

#[tokio::test]
async fn forged_and_stale_forms_are_refused_and_change_nothing() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let csrf = app.get("/", &cookie).await.csrf();
    let sign_out = |site: Option<&'static str>, origin: Option<&'static str>, token: String| {
        let mut req = Request::post("/sign-out")
            .header(header::COOKIE, cookie.clone())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(site) = site {
            req = req.header("sec-fetch-site", site);
        }
        if let Some(origin) = origin {
            req = req
                .header(header::ORIGIN, origin)
                .header(header::HOST, "moves.example.org");
        }
        req.body(Body::from(format!("_csrf={token}"))).unwrap()
    };
    // A page on another site posting a form, with a valid token even.
    let cross = app
        .send(sign_out(Some("cross-site"), None, csrf.clone()))
        .await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    assert!(
        cross.body.contains("came from another website"),
        "{}",
        cross.body
    );
    let same_site = app
        .send(sign_out(Some("same-site"), None, csrf.clone()))
        .await;
    assert_eq!(
        same_site.status,
        StatusCode::FORBIDDEN,
        "a sibling subdomain is another site too"
    );
    // An old browser without Sec-Fetch-Site, with a foreign Origin.
    let foreign = app
        .send(sign_out(None, Some("https://evil.example"), csrf.clone()))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    // Missing and stale tokens.
    let missing = app
        .send(sign_out(Some("same-origin"), None, String::new()))
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(
        missing.body.contains("This form has expired"),
        "{}",
        missing.body
    );
    let stale = app
        .send(sign_out(Some("same-origin"), None, "0".repeat(64)))
        .await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
    // Still signed in: none of those did anything.
    assert!(app.get("/", &cookie).await.body.contains("Signed in as"));
    // The real thing works.
    let ok = app.send(sign_out(Some("same-origin"), None, csrf)).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_visitor_token_is_bound_to_its_cookie() {
    let app = app().await;
    let (cookie_a, token_a) = app.visitor().await;
    let (cookie_b, _) = app.visitor().await;
    let form = format!(
        "_csrf={token_a}&login=sam%40example.org&password={}",
        urlencoding::encode(PASSWORD)
    );
    let swapped = app.post("/sign-in", &cookie_b, form.clone()).await;
    assert_eq!(
        swapped.status,
        StatusCode::FORBIDDEN,
        "a token with another visitor's cookie"
    );
    let no_cookie = app.post("/sign-in", "", form.clone()).await;
    assert_eq!(no_cookie.status, StatusCode::FORBIDDEN);
    assert_eq!(app.sessions().await, 0, "nobody was signed in");
    let right = app.post("/sign-in", &cookie_a, form).await;
    assert_eq!(right.status, StatusCode::SEE_OTHER);
}

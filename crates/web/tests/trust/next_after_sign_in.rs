//! Hole 4: where signing in leads afterwards (`next`) is only ever a path on
//! this site, judged after the clean-up browsers make of a URL (dropping tabs
//! and newlines, leading spaces and control characters, reading a backslash
//! as a slash), and nothing a visitor sends there gives a 500.

use crate::support::{App, PASSWORD, form};
use axum::http::StatusCode;
use moves_core::membership::Role;

/// Known ways to turn a "next" into a visit to another site, as the decoded
/// value of the parameter. Every one must lead home instead.
const BYPASSES: &[&str] = &[
    "//evil.example",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "\u{1f}//evil.example",
    "\u{0}//evil.example",
    "/\u{0}/evil.example",
    "/\u{b}/evil.example",
    "/\u{c}/evil.example",
    "/\u{7f}/evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "//\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "HTTPS:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\u{ff0f}evil.example",
    "/\u{2028}/evil.example",
    "/%0a/evil.example\n",
    "",
];

/// Paths of this site, kept as they are.
const LOCAL: &[&str] = &[
    "/",
    "/circles",
    "/circles/abc/notes?done=written",
    "/admin/members",
];

async fn signed_in(app: &App) -> String {
    let org = app.organisation("Demo Borough").await;
    app.person("Sam", "sam@a.example", &org, Role::Practitioner)
        .await;
    app.session_cookie("sam@a.example").await
}

#[tokio::test]
async fn a_signed_in_visitor_is_only_ever_sent_to_a_local_path() {
    let app = App::empty().await;
    let cookie = signed_in(&app).await;
    for next in BYPASSES {
        let path = format!("/sign-in?next={}", urlencoding::encode(next));
        let reply = app.get(&path, &cookie).await;
        assert_eq!(
            (reply.status, reply.location.as_str()),
            (StatusCode::SEE_OTHER, "/"),
            "next={next:?}"
        );
    }
    for next in LOCAL {
        let path = format!("/sign-in?next={}", urlencoding::encode(next));
        let reply = app.get(&path, &cookie).await;
        assert_eq!(reply.location, *next);
    }
}

#[tokio::test]
async fn signing_in_leads_only_to_a_local_path() {
    let app = App::empty().await;
    signed_in(&app).await;
    for next in BYPASSES.iter().chain(LOCAL) {
        // The form as the sign-in page shows it for that `next`.
        let page = app
            .get(&format!("/sign-in?next={}", urlencoding::encode(next)), "")
            .await;
        assert_eq!(page.status, StatusCode::OK, "next={next:?}");
        let cookie = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
        let reply = app
            .post(
                "/sign-in",
                &cookie,
                form(&[
                    ("_csrf", &page.csrf()),
                    ("login", "sam@a.example"),
                    ("password", PASSWORD),
                    ("next", next),
                ]),
            )
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "next={next:?}");
        let expected = if LOCAL.contains(next) { *next } else { "/" };
        assert_eq!(reply.location, expected, "next={next:?}");
    }
}

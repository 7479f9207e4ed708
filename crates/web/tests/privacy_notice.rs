//! The privacy notice: shown on the home page at first sign-in (the young
//! person's version to young people) until read, shown again when it changes;
//! changed by administrators only, with a clash between two of them detected
//! and neither text lost; bad text refused with what was typed kept.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_store::AuditQuery;
use support::{App, form, with_admin};

const YOUNG_DEFAULT: &str = "This is about what happens to the things you share here.";
const STANDARD_DEFAULT: &str = "What we keep: the names of the people in each circle";
/// The standard version as a family (and a young person asking for it) reads
/// it: the same notice, without the staff's words.
const FAMILY_DEFAULT: &str = "What we keep: the names of the people in your circle";

async fn notice_form(app: &App, cookie: &str) -> (String, String) {
    let page = app.get("/admin/privacy", cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = page
        .html()
        .select(&scraper::Selector::parse("input[name=version]").unwrap())
        .next()
        .unwrap()
        .attr("value")
        .unwrap()
        .to_owned();
    (page.csrf(), version)
}

async fn save(
    app: &App,
    cookie: &str,
    csrf: &str,
    version: &str,
    standard: &str,
    young: &str,
) -> support::Reply {
    let body = form(&[
        ("_csrf", csrf),
        ("version", version),
        ("standard", standard),
        ("young_person", young),
    ]);
    app.post("/admin/privacy", cookie, body).await
}

#[tokio::test]
async fn shown_at_first_sign_in_until_read_and_again_when_it_changes() {
    let app = App::empty().await;
    let (org, admin, admin_csrf) = with_admin(&app, "Demo Borough", "ada@example.org").await;
    app.person("Yas", "yas@example.org", &org, Role::YoungPerson)
        .await;
    app.person("Pat", "pat@example.org", &org, Role::Practitioner)
        .await;
    let young = app.session_cookie("yas@example.org").await;
    let worker = app.session_cookie("pat@example.org").await;

    // First sign-in: each is shown their own version, with the organisation's name.
    let home = app.get("/", &young).await;
    assert!(home.body.contains(YOUNG_DEFAULT), "{}", home.body);
    assert!(
        home.body
            .contains("How \u{2068}Demo Borough\u{2069} looks after your information"),
        "{}",
        home.body
    );
    assert!(home.body.contains("I have read this"));
    assert!(!home.body.contains(STANDARD_DEFAULT));
    let home = app.get("/", &worker).await;
    assert!(home.body.contains(STANDARD_DEFAULT), "{}", home.body);
    assert!(!home.body.contains(YOUNG_DEFAULT));
    // Either version can be read by anyone; the standard one in the
    // family's words when a young person or parent reads it.
    let other = app.get("/privacy?version=standard", &young).await;
    assert!(other.body.contains(FAMILY_DEFAULT), "{}", other.body);
    assert!(!other.body.contains("safeguarding"));

    // Read: the home page no longer shows it, only a link to it.
    let csrf = app.get("/", &young).await.csrf();
    let read = app
        .post(
            "/privacy/read",
            &young,
            form(&[("_csrf", &csrf), ("version", "0")]),
        )
        .await;
    assert_eq!(read.status, StatusCode::SEE_OTHER, "{}", read.body);
    let home = app.get("/", &young).await;
    assert!(!home.body.contains(YOUNG_DEFAULT));
    assert!(home.body.contains("href=\"/privacy\""));
    // A version that does not exist yet cannot be "read".
    let ahead = app
        .post(
            "/privacy/read",
            &young,
            form(&[("_csrf", &csrf), ("version", "7")]),
        )
        .await;
    assert_eq!(ahead.status, StatusCode::BAD_REQUEST);

    // The administrator changes it: shown again, in its new words.
    let (_, version) = notice_form(&app, &admin).await;
    assert_eq!(version, "0");
    let saved = save(
        &app,
        &admin,
        &admin_csrf,
        &version,
        "We changed how we work.",
        "We changed things. 🙂",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let home = app.get("/", &young).await;
    assert!(home.body.contains("We changed things. 🙂"), "{}", home.body);
    assert!(home.body.contains("I have read this"));

    let mut q = AuditQuery::new(AuditScope::Organisation(org.id));
    q.action = Some(AuditAction::PrivacyNoticeChanged);
    let entries = app.store.list_audit(&q).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].subject.as_deref(), Some("1"));

    // Another organisation still has the notice that comes with the platform.
    let other_org = app.organisation("Other Trust").await;
    app.person("Sam", "sam@example.org", &other_org, Role::ParentCarer)
        .await;
    let sam = app.session_cookie("sam@example.org").await;
    let home = app.get("/", &sam).await;
    assert!(
        home.body.contains(FAMILY_DEFAULT),
        "a parent: {}",
        home.body
    );
    assert!(!home.body.contains("We changed how we work."));
}

#[tokio::test]
async fn two_administrators_at_once_lose_nothing() {
    let app = App::empty().await;
    let (org, first, first_csrf) = with_admin(&app, "Demo Borough", "ada@example.org").await;
    app.person("Bea", "bea@example.org", &org, Role::OrgAdmin)
        .await;
    let second = app.session_cookie("bea@example.org").await;
    let (second_csrf, version) = notice_form(&app, &second).await;
    let (_, first_version) = notice_form(&app, &first).await;
    assert_eq!(version, first_version);

    let won = save(
        &app,
        &first,
        &first_csrf,
        &version,
        "Ada's standard",
        "Ada's young",
    )
    .await;
    assert_eq!(won.status, StatusCode::SEE_OTHER);
    let clash = save(
        &app,
        &second,
        &second_csrf,
        &version,
        "Bea's standard",
        "Bea's young",
    )
    .await;
    assert_eq!(clash.status, StatusCode::CONFLICT, "{}", clash.body);
    assert!(clash.body.contains("Someone else saved a new version"));
    // Both texts are on the page: the saved one, and Bea's own in the boxes.
    assert!(clash.body.contains("Ada&#39;s standard"), "{}", clash.body);
    let boxes: Vec<String> = clash
        .html()
        .select(&scraper::Selector::parse("textarea").unwrap())
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(boxes, ["Bea's standard", "Bea's young"]);
    let saved = app.store.privacy_notice(org.id).await.unwrap().unwrap();
    assert_eq!(
        (saved.version, saved.standard.as_str()),
        (1, "Ada's standard")
    );

    // Sent again from the clash page (now at version 1), it is saved.
    let (_, now_at) = notice_form(&app, &second).await;
    assert_eq!(now_at, "1");
    let again = save(
        &app,
        &second,
        &second_csrf,
        &now_at,
        "Bea's standard",
        "Bea's young",
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    // A version field that is not a number is treated as stale.
    let odd = save(&app, &second, &second_csrf, "two", "x", "y").await;
    assert_eq!(odd.status, StatusCode::CONFLICT);
    assert_eq!(
        app.store
            .privacy_notice(org.id)
            .await
            .unwrap()
            .unwrap()
            .version,
        2
    );
}

#[tokio::test]
async fn bad_text_is_refused_and_kept() {
    let app = App::empty().await;
    let (org, admin, csrf) = with_admin(&app, "Demo Borough", "ada@example.org").await;
    let cases = [
        ("", "fine", "Write this version of the notice."),
        ("fine", "   \n ", "Write this version of the notice."),
        ("a\u{202E}b", "fine", "hidden character"),
        (
            "fine",
            &"x".repeat(20_001),
            "longer than \u{2068}20000\u{2069} characters",
        ),
    ];
    for (standard, young, message) in cases {
        let reply = save(&app, &admin, &csrf, "0", standard, young).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{standard:?}"
        );
        assert!(reply.body.contains(message), "{message}: {}", reply.body);
        assert!(reply.body.contains("aria-invalid=\"true\""));
    }
    assert_eq!(app.store.privacy_notice(org.id).await.unwrap(), None);

    // Right-to-left text, combining marks and emoji are kept as written.
    let odd = "نحن نحتفظ بملاحظاتك. Zoë 👩🏽‍🦱";
    let reply = save(&app, &admin, &csrf, "0", odd, odd).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store
            .privacy_notice(org.id)
            .await
            .unwrap()
            .unwrap()
            .standard,
        odd
    );

    // Not an administrator: refused, nothing changes.
    app.person("Pat", "pat@example.org", &org, Role::Practitioner)
        .await;
    let worker = app.session_cookie("pat@example.org").await;
    let page = app.get("/", &worker).await;
    let reply = save(&app, &worker, &page.csrf(), "1", "mine", "mine").await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.store
            .privacy_notice(org.id)
            .await
            .unwrap()
            .unwrap()
            .version,
        1
    );
}

//! Signing in, as an attacker would try it: forged cross-site posts, missing and
//! stale tokens, session fixation, a signed-out cookie used again, 50 wrong
//! passwords, a 1 MB password, odd Unicode, and the setup page without its code.
//! Each gets a clear answer and changes nothing it should not.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use moves_core::audit::{AuditAction, AuditQuery, AuditScope};
use moves_core::auth::token::setup_code_hash;
use moves_core::membership::Role;
use moves_core::session::hash_token;

mod support;

use support::{App, PASSWORD, T0};

async fn app() -> App {
    let app = App::empty().await;
    let org = app.organisation("Demo Borough").await;
    app.person(
        "Sam Practitioner",
        "sam@example.org",
        &org,
        Role::Practitioner,
    )
    .await;
    app
}

impl App {
    async fn org_id(&self) -> moves_core::ids::OrgId {
        self.store.list_organisations().await.unwrap()[0].id
    }

    async fn sessions(&self) -> u64 {
        let sam = self
            .store
            .user_by_login("sam@example.org")
            .await
            .unwrap()
            .unwrap();
        // Ending them all counts them; the tests that call this no longer need them.
        self.store.end_sessions_of_user(sam.id).await.unwrap()
    }
}

#[tokio::test]
async fn the_right_password_signs_in_and_sign_out_ends_the_session_for_real() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let home = app.get("/", &cookie).await;
    assert_eq!(home.status, StatusCode::OK);
    // Fluent isolates the names it fills in (U+2068 … U+2069).
    assert!(
        home.body
            .contains("Signed in as \u{2068}Sam Practitioner\u{2069}"),
        "{}",
        home.body
    );
    assert!(
        home.body
            .contains("You are working in \u{2068}Demo Borough\u{2069}"),
        "{}",
        home.body
    );

    let csrf = home.csrf();
    let out = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    assert_eq!(
        (out.status, out.location.as_str()),
        (StatusCode::SEE_OTHER, "/sign-in?signed_out=1")
    );
    assert!(
        out.cookies
            .iter()
            .any(|c| c.starts_with("moves-session=;") && c.contains("Max-Age=0"))
    );

    // The old cookie, sent again, is worth nothing.
    let again = app.get("/", &cookie).await;
    assert!(
        !again.body.contains("Signed in as"),
        "a signed-out cookie must not work"
    );
    let protected = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    assert_eq!(protected.status, StatusCode::SEE_OTHER);
    assert!(
        protected.location.starts_with("/sign-in?next="),
        "{}",
        protected.location
    );

    let log = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(
            app.org_id().await,
        )))
        .await
        .unwrap();
    let actions: Vec<AuditAction> = log.iter().map(|e| e.action).collect();
    assert_eq!(actions, vec![AuditAction::SignOut, AuditAction::SignIn]);
}

#[tokio::test]
async fn a_session_id_planted_before_sign_in_is_never_used_after_it() {
    let app = app().await;
    let (csrf_cookie, csrf) = app.visitor().await;
    let planted = "moves-session=attacker-chosen-value-0123456789";
    let form = format!(
        "_csrf={csrf}&login=sam%40example.org&password={}",
        urlencoding::encode(PASSWORD)
    );
    let reply = app
        .post("/sign-in", &format!("{csrf_cookie}; {planted}"), form)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let issued = reply.cookie("moves-session").unwrap();
    assert_ne!(format!("moves-session={issued}"), planted);
    assert!(issued.len() >= 43, "a long random id");
    assert!(
        app.store
            .session(&hash_token("attacker-chosen-value-0123456789"))
            .await
            .unwrap()
            .is_none()
    );

    // Signing in again from a signed-in browser rotates the id and ends the old one.
    let first = format!("moves-session={issued}");
    let page = app.get("/sign-in", &first).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "already signed in goes home"
    );
    // A signed-in person's forms carry their session's token.
    let csrf = app.get("/", &first).await.csrf();
    let form = format!(
        "_csrf={csrf}&login=sam%40example.org&password={}",
        urlencoding::encode(PASSWORD)
    );
    let second = app.post("/sign-in", &first, form).await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    assert_ne!(second.cookie("moves-session").unwrap(), issued);
    assert!(
        app.store
            .session(&hash_token(&issued))
            .await
            .unwrap()
            .is_none(),
        "the old session ended"
    );
}

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

#[tokio::test]
async fn fifty_wrong_passwords_are_throttled_without_revealing_accounts() {
    let app = app().await;
    let mut statuses = Vec::new();
    for i in 0..50 {
        let reply = app
            .sign_in("sam@example.org", &format!("wrong guess {i}"))
            .await;
        statuses.push(reply.status);
        if reply.status == StatusCode::UNPROCESSABLE_ENTITY {
            assert!(
                reply
                    .body
                    .contains("The email address, username or password is not right")
            );
        }
    }
    assert!(
        statuses[..5]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert!(
        statuses[5..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    let throttled = app.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(
        throttled.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(
        throttled.body.contains("Too many attempts"),
        "{}",
        throttled.body
    );
    // An account that does not exist gets exactly the same answers.
    for i in 0..5 {
        let reply = app
            .sign_in("nobody@example.org", &format!("guess {i}"))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            reply
                .body
                .contains("The email address, username or password is not right")
        );
    }
    assert_eq!(
        app.sign_in("nobody@example.org", "guess").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // After the window has passed, the right password works again.
    app.clock.advance_seconds(16 * 60);
    assert_eq!(
        app.sign_in("sam@example.org", PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn huge_and_odd_passwords_get_a_clear_answer() {
    let app = app().await;
    let (cookie, csrf) = app.visitor().await;
    let megabyte = "a".repeat(1024 * 1024);
    let huge = app
        .post(
            "/sign-in",
            &cookie,
            format!("_csrf={csrf}&login=sam%40example.org&password={megabyte}"),
        )
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        huge.body.contains("too much to send at once"),
        "{}",
        huge.body
    );
    // Under the body limit but far over any password: refused without hashing.
    let long = app.sign_in("sam@example.org", &"b".repeat(100_000)).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    for odd in ["", "\u{202E}evil", "Ελένη 🌱", "\0"] {
        let reply = app.sign_in(odd, odd).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{odd:?}");
    }
    assert_eq!(app.sessions().await, 0);
}

#[tokio::test]
async fn an_idle_session_ends_and_the_person_is_told() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    app.clock.advance_seconds(29 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "still active"
    );
    app.clock.advance_seconds(29 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "activity keeps it alive"
    );
    app.clock.advance_seconds(31 * 60);
    let page = app.get("/sign-in", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("signed out after a while without activity"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn a_session_ends_after_twelve_hours_however_active() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    for _ in 0..25 {
        app.clock.advance_seconds(29 * 60);
        let _ = app.get("/", &cookie).await;
    }
    assert!(!app.get("/", &cookie).await.body.contains("Signed in as"));
}

#[tokio::test]
async fn a_revoked_membership_is_refused_at_the_next_request() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let before = app.get("/", &cookie).await.body;
    assert!(
        before.contains("Your roles here") && before.contains("practitioner"),
        "{before}"
    );
    let sam = app
        .store
        .user_by_login("sam@example.org")
        .await
        .unwrap()
        .unwrap();
    let m = app
        .store
        .memberships_of_user(sam.id)
        .await
        .unwrap()
        .remove(0);
    app.store
        .revoke_membership(app.org_id().await, m.id, T0)
        .await
        .unwrap();
    let page = app.get("/", &cookie).await;
    assert!(!page.body.contains("Your roles here"), "{}", page.body);
    assert!(page.body.contains("not a member of any organisation"));
}

#[tokio::test]
async fn the_setup_page_needs_its_code_and_takes_odd_unicode() {
    let app = App::empty().await;
    let store = app.store.clone();
    store
        .add_setup_code(&setup_code_hash("ABCD-EFGH-JKLM-NPQR"), T0)
        .await
        .unwrap();
    assert_eq!(app.get("/", "").await.location, "/setup");
    let page = app.get("/setup", "").await;
    let cookie = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let csrf = page.csrf();
    let form = |code: &str, email: &str| {
        format!(
            "_csrf={csrf}&code={code}&organisation_name={}&admin_name={}&admin_email={}&password={}",
            urlencoding::encode("Δήμος Ηρακλείου 🌱"),
            urlencoding::encode("Siân ap Rhys"),
            urlencoding::encode(email),
            urlencoding::encode("Ελένη-πάει-σπίτι"),
        )
    };
    let no_code = app
        .post("/setup", &cookie, form("", "sian@example.org"))
        .await;
    assert_eq!(no_code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_code.body.contains("Enter the setup code"),
        "{}",
        no_code.body
    );
    assert!(
        !no_code.body.contains("Ελένη-πάει-σπίτι"),
        "the password is never sent back"
    );
    let wrong = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQS", "sian@example.org"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("That setup code is not right"),
        "{}",
        wrong.body
    );
    let hidden = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQR", "sian\u{202E}@example.org"),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        store.count_organisations().await.unwrap(),
        0,
        "nothing created by failures"
    );

    let done = app
        .post(
            "/setup",
            &cookie,
            form("abcd efgh jklm npqr", "sian@example.org"),
        )
        .await;
    assert_eq!(
        (done.status, done.location.as_str()),
        (StatusCode::SEE_OTHER, "/"),
        "{}",
        done.body
    );
    let session = format!("moves-session={}", done.cookie("moves-session").unwrap());
    let home = app.get("/", &session).await;
    assert!(
        home.body.contains("Δήμος Ηρακλείου 🌱") && home.body.contains("Siân ap Rhys"),
        "{}",
        home.body
    );
    // Once done, the page is gone and the code cannot be used again.
    assert_eq!(app.get("/setup", "").await.status, StatusCode::NOT_FOUND);
    let again = app
        .post(
            "/setup",
            &cookie,
            form("ABCD-EFGH-JKLM-NPQR", "other@example.org"),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(store.count_organisations().await.unwrap(), 1);
}

#[tokio::test]
async fn signed_in_pages_offer_to_stay_signed_in_before_the_idle_timeout() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let home = app.get("/", &cookie).await;
    assert!(home.body.contains("id=\"idle-warning\""), "{}", home.body);
    assert!(home.body.contains("data-idle-seconds=\"1800\""));
    assert!(
        home.body.contains(" hidden>"),
        "hidden until the script shows it"
    );
    assert!(
        !app.get("/sign-in", "").await.body.contains("idle-warning"),
        "not for visitors"
    );

    app.clock.advance_seconds(28 * 60);
    let kept = app
        .post(
            "/session/keep-alive",
            &cookie,
            format!("_csrf={}", home.csrf()),
        )
        .await;
    assert_eq!(kept.status, StatusCode::NO_CONTENT);
    app.clock.advance_seconds(28 * 60);
    assert!(
        app.get("/", &cookie).await.body.contains("Signed in as"),
        "kept alive"
    );
    let stale = app
        .post("/session/keep-alive", &cookie, "_csrf=wrong".to_owned())
        .await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_form_sent_after_the_session_ended_is_kept_for_its_writer_and_shown_once() {
    let app = app().await;
    let org = app.org_id().await;
    app.person(
        "Jo Other",
        "jo@example.org",
        &app.store.organisation(org).await.unwrap().unwrap(),
        Role::Practitioner,
    )
    .await;
    let cookie = app.session_cookie("sam@example.org").await;
    let csrf = app.get("/", &cookie).await.csrf();
    app.clock.advance_seconds(31 * 60);

    // Sam sends a form after the idle timeout: it is kept, not lost.
    let body = format!("_csrf={csrf}&organisation={org}");
    let sent = app.post("/organisation", &cookie, body).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert!(
        sent.location.starts_with("/sign-in?kept=1&next=%2Fkept%2F"),
        "{}",
        sent.location
    );
    let kept_path = urlencoding::decode(sent.location.split("next=").nth(1).unwrap())
        .unwrap()
        .into_owned();
    let notice = app.get(&sent.location, "").await;
    assert!(
        notice.body.contains("It is kept safe for an hour"),
        "{}",
        notice.body
    );

    // Nobody else can open it.
    let jo = app.session_cookie("jo@example.org").await;
    assert_eq!(app.get(&kept_path, &jo).await.status, StatusCode::NOT_FOUND);

    // Sam signs in again and sees exactly what was sent, ready to send once more.
    let sam = app.session_cookie("sam@example.org").await;
    let page = app.get(&kept_path, &sam).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("action=\"/organisation\""),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("name=\"organisation\" value=\"{org}\"")),
        "{}",
        page.body
    );
    assert!(!page.body.contains(&csrf), "the old token is not reused");
    let resent = app
        .post(
            "/organisation",
            &sam,
            format!("_csrf={}&organisation={org}", page.csrf()),
        )
        .await;
    assert_eq!(
        (resent.status, resent.location.as_str()),
        (StatusCode::SEE_OTHER, "/")
    );
    // Shown once: it cannot be sent a second time from here.
    assert_eq!(
        app.get(&kept_path, &sam).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_kept_form_waits_an_hour_at_most() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    let csrf = app.get("/", &cookie).await.csrf();
    app.clock.advance_seconds(31 * 60);
    let sent = app
        .post("/sign-out", &cookie, format!("_csrf={csrf}"))
        .await;
    let kept_path = urlencoding::decode(sent.location.split("next=").nth(1).unwrap())
        .unwrap()
        .into_owned();
    app.clock.advance_seconds(61 * 60);
    let sam = app.session_cookie("sam@example.org").await;
    assert_eq!(
        app.get(&kept_path, &sam).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn nobody_can_plant_a_kept_form_for_someone_signed_out() {
    let app = app().await;
    let cookie = app.session_cookie("sam@example.org").await;
    app.clock.advance_seconds(31 * 60);
    // The session's cookie but not its token (a forged post): nothing is kept.
    let forged = app
        .post("/sign-out", &cookie, "_csrf=forged".to_owned())
        .await;
    assert_eq!(
        forged.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        forged.location
    );
    assert!(
        forged.body.contains("signed out before the form was sent"),
        "{}",
        forged.body
    );
}

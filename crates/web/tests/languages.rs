//! Which language a page is in (issue 15, point 13): a signed-in person's
//! saved choice, then `?lang=` (kept in a cookie), then that cookie, then the
//! browser's `Accept-Language` by its quality values, then English. Values
//! that are not one of our languages are passed over, never an error. The
//! switcher is on every page, each language named in itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::language::Language;
use moves_core::membership::Role;
use moves_store::AuditQuery;
use moves_web::i18n::Tr;
use support::{App, Reply, form};

/// A GET with whatever cookie and `Accept-Language` a browser sends.
async fn get(app: &App, uri: &str, cookie: &str, accept: &str) -> Reply {
    let mut req = Request::get(uri);
    if !cookie.is_empty() {
        req = req.header(header::COOKIE, cookie);
    }
    if !accept.is_empty() {
        req = req.header(header::ACCEPT_LANGUAGE, accept);
    }
    app.send(req.body(Body::empty()).unwrap()).await
}

/// The page's `<html lang>`.
fn lang(reply: &Reply) -> String {
    let html = reply.html();
    let selector = scraper::Selector::parse("html").unwrap();
    html.select(&selector)
        .next()
        .and_then(|e| e.value().attr("lang"))
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_browser_decides_by_quality() {
    let app = App::empty().await;
    for (accept, expected) in [
        ("", "en-GB"),
        ("cy", "cy"),
        ("sv-SE,sv;q=0.9,en;q=0.5", "sv"),
        ("el-GR", "el"),
        // English is wanted more than Welsh.
        ("fr, cy;q=0.2, en;q=0.9", "en-GB"),
        ("cy;q=0.8, el;q=0.9", "el"),
        ("en-US", "en-GB"),
        ("fr, de", "en-GB"),
        // Nonsense is passed over.
        ("???;q=x, ;;, cy;q=abc", "en-GB"),
        ("*", "en-GB"),
    ] {
        let page = get(&app, "/sign-in", "", accept).await;
        assert_eq!(page.status, StatusCode::OK, "{accept}");
        assert_eq!(lang(&page), expected, "Accept-Language: {accept}");
    }
}

#[tokio::test]
async fn lang_in_the_address_wins_over_the_browser_and_is_kept_in_a_cookie() {
    let app = App::empty().await;
    let page = get(&app, "/sign-in?lang=cy", "", "el").await;
    assert_eq!(lang(&page), "cy");
    let kept = page
        .cookies
        .iter()
        .find(|c| c.starts_with("moves-lang="))
        .expect("a language cookie")
        .clone();
    assert!(kept.starts_with("moves-lang=cy;"), "{kept}");
    for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(kept.contains(part), "{part} in {kept}");
    }
    // Plain http on the machine itself: not Secure (as the session cookie).
    assert!(!kept.contains("Secure"), "{kept}");

    // The next page, without `?lang=`, keeps it over the browser's wish.
    let next = get(&app, "/framework", "moves-lang=cy", "el, sv").await;
    assert_eq!(lang(&next), "cy");
    assert!(next.cookie("moves-lang").is_none(), "set only when asked");

    // A value that is not ours changes nothing and sets nothing.
    for bad in ["xx", "", "cy%00", "%FF", "en", "..%2F"] {
        let page = get(&app, &format!("/sign-in?lang={bad}"), "moves-lang=sv", "el").await;
        assert_eq!(page.status, StatusCode::OK, "{bad}");
        assert_eq!(lang(&page), "sv", "lang={bad}");
        assert!(page.cookie("moves-lang").is_none(), "lang={bad}");
    }
    let odd = get(&app, "/sign-in", "moves-lang=klingon", "el").await;
    assert_eq!(lang(&odd), "el", "a cookie not ours is passed over");
}

#[tokio::test]
async fn the_cookie_is_secure_where_the_session_cookie_is() {
    let app = App::empty_with(|c| c.secure_cookies = true).await;
    let page = get(&app, "/sign-in?lang=el", "", "").await;
    let kept = page
        .cookies
        .iter()
        .find(|c| c.contains("-moves-lang="))
        .expect("a language cookie");
    assert!(kept.starts_with("__Host-moves-lang=el;"), "{kept}");
    assert!(kept.contains("Secure"), "{kept}");
    let next = get(&app, "/sign-in", "__Host-moves-lang=el", "").await;
    assert_eq!(lang(&next), "el");
}

#[tokio::test]
async fn the_switcher_is_on_every_page_in_each_language_s_own_name() {
    let app = App::empty().await;
    for uri in ["/sign-in", "/framework?wording=cyp-sv", "/no-such-page"] {
        let page = get(&app, uri, "", "cy").await;
        let html = page.html();
        let links = scraper::Selector::parse("nav.language-switcher a").unwrap();
        let found: Vec<(String, String, String, String)> = html
            .select(&links)
            .map(|a| {
                let v = a.value();
                (
                    a.text().collect(),
                    v.attr("lang").unwrap_or_default().to_owned(),
                    v.attr("hreflang").unwrap_or_default().to_owned(),
                    v.attr("href").unwrap_or_default().to_owned(),
                )
            })
            .collect();
        // Welsh is the page's own: shown, not linked.
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["English", "Ελληνικά", "Svenska"], "{uri}");
        for (_, lang, hreflang, href) in &found {
            assert_eq!(lang, hreflang, "{uri}");
            assert_eq!(
                href,
                &format!("{}?lang={lang}", uri.split('?').next().unwrap())
            );
            let path = uri.split('?').next().unwrap();
            assert!(href.starts_with(path), "{href} leads back to {uri}");
            assert!(href.ends_with(&format!("lang={lang}")), "{href}");
        }
        let current = scraper::Selector::parse("nav.language-switcher [aria-current]").unwrap();
        let current: Vec<String> = html.select(&current).map(|e| e.text().collect()).collect();
        assert_eq!(current, ["Cymraeg"], "{uri}");
        // A draft language says so, in itself (read as text: the page
        // escapes an apostrophe the note may hold).
        let shown: String = html.root_element().text().collect();
        assert!(
            shown.contains(&Tr::new(Language::Welsh).t("language-draft-note")),
            "{uri}"
        );
    }
    let english = get(&app, "/sign-in", "", "").await;
    assert!(!english.body.contains("draft-language"));
}

#[tokio::test]
async fn a_welsh_page_is_in_welsh() {
    let app = App::empty().await;
    let page = support::text(&get(&app, "/sign-in?lang=cy", "", "").await);
    for key in ["nav-framework", "skip-to-content"] {
        let welsh = Tr::new(Language::Welsh).t(key);
        assert_ne!(welsh, Tr::default().t(key), "{key} has no Welsh");
        assert!(page.contains(&welsh), "{key}: {welsh}");
    }
}

#[tokio::test]
async fn a_saved_choice_wins_over_address_cookie_and_browser_and_is_audited() {
    let app = App::empty().await;
    let org = app.organisation("Northside Hub").await;
    let sam = app
        .person(
            "Sam Practitioner",
            "sam@example.org",
            &org,
            Role::Practitioner,
        )
        .await;
    let session = app.session_cookie("sam@example.org").await;
    // No saved choice: the cookie and browser decide, as for a visitor.
    let before = get(&app, "/", &format!("{session}; moves-lang=sv"), "el").await;
    assert_eq!(lang(&before), "sv");
    // Their home page leads to the setting.
    assert!(before.body.contains("href=\"/account/language\""));

    let settings = get(&app, "/account/language", &session, "").await;
    assert_eq!(settings.status, StatusCode::OK, "{}", settings.body);
    assert!(
        settings.body.contains("value=\"browser\" checked"),
        "{}",
        settings.body
    );
    let csrf = settings.csrf();

    // Not one of ours: refused, nothing saved.
    let odd = app
        .post(
            "/account/language",
            &session,
            form(&[("_csrf", &csrf), ("language", "fr")]),
        )
        .await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST, "{}", odd.body);
    // Without the form's token: refused.
    let forged = app
        .post("/account/language", &session, form(&[("language", "el")]))
        .await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store.user(sam.id).await.unwrap().unwrap().language,
        None
    );

    // From the switcher on a page: saved, and back to that page.
    let saved = app
        .post(
            "/account/language",
            &session,
            form(&[
                ("_csrf", &csrf),
                ("language", "el"),
                ("next", "/framework?wording=cyp-el"),
            ]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location, "/framework?wording=cyp-el");
    assert_eq!(
        app.store.user(sam.id).await.unwrap().unwrap().language,
        Some(Language::Greek)
    );
    // Somewhere else entirely is not where it goes back to.
    let away = app
        .post(
            "/account/language",
            &session,
            form(&[
                ("_csrf", &csrf),
                ("language", "el"),
                ("next", "//evil.example/"),
            ]),
        )
        .await;
    assert_eq!(away.location, "/");

    // The saved choice wins over the address, the cookie and the browser.
    let page = get(
        &app,
        "/?lang=cy",
        &format!("{session}; moves-lang=sv"),
        "cy",
    )
    .await;
    assert_eq!(lang(&page), "el");
    // The switcher of a signed-in person is a form that saves.
    let switcher =
        scraper::Selector::parse("form.language-switcher button[name=language]").unwrap();
    let buttons: Vec<String> = page
        .html()
        .select(&switcher)
        .map(|b| b.value().attr("value").unwrap().to_owned())
        .collect();
    assert_eq!(buttons, ["en-GB", "cy", "sv"]);

    // Back to the browser's language, from the settings page.
    let back = app
        .post(
            "/account/language",
            &session,
            form(&[("_csrf", &csrf), ("language", "browser")]),
        )
        .await;
    assert_eq!(back.location, "/account/language?done=saved");
    assert_eq!(
        app.store.user(sam.id).await.unwrap().unwrap().language,
        None
    );
    let page = get(&app, "/", &session, "sv").await;
    assert_eq!(lang(&page), "sv");

    // Each change is in the organisation's log, with what was chosen.
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    let chosen: Vec<String> = entries
        .iter()
        .filter(|e| e.action == AuditAction::LanguageChosen)
        .map(|e| {
            assert_eq!(e.actor, Some(sam.id));
            e.detail.clone().unwrap_or_default()
        })
        .collect();
    assert_eq!(chosen, ["browser", "el", "el"], "newest first");
}

#[tokio::test]
async fn a_visitor_cannot_save_a_language() {
    let app = App::empty().await;
    let (cookie, csrf) = app.visitor().await;
    let reply = app
        .post(
            "/account/language",
            &cookie,
            form(&[("_csrf", &csrf), ("language", "cy")]),
        )
        .await;
    // Sent to sign in, nothing saved.
    assert!(reply.location.starts_with("/sign-in"), "{}", reply.location);
}

#[tokio::test]
async fn the_framework_is_shown_in_the_interface_language_where_translated() {
    let app = App::empty().await;
    let catalogue = moves_web::catalogue::catalogue().unwrap();
    for language in [Language::Welsh, Language::Swedish, Language::Greek] {
        let overlay = catalogue
            .overlays_for(moves_web::catalogue::PUBLIC_FRAMEWORK)
            .into_iter()
            .find(|o| {
                o.kind == moves_core::framework::OverlayKind::Translation
                    && o.language == language.tag()
            })
            .unwrap_or_else(|| panic!("no {language} translation of the public edition"));
        let chosen = get(&app, &format!("/framework?lang={language}"), "", "").await;
        let asked = get(&app, &format!("/framework?wording={}", overlay.id), "", "").await;
        assert_eq!(chosen.status, StatusCode::OK);
        // Same labels as asking for the overlay by name (the interface aside).
        let labels = |r: &Reply| -> Vec<String> {
            let sel = scraper::Selector::parse("[data-content]").unwrap();
            r.html().select(&sel).map(|e| e.text().collect()).collect()
        };
        assert_eq!(labels(&chosen), labels(&asked), "{language}");
        // `?wording=` (empty) still gives the standard wording.
        let standard = get(
            &app,
            &format!("/framework?lang={language}&wording="),
            "",
            "",
        )
        .await;
        let english = get(&app, "/framework", "", "").await;
        assert_eq!(labels(&standard), labels(&english), "{language}");
        assert_ne!(labels(&chosen), labels(&english), "{language}");
    }
}

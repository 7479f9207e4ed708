//! Pre-registration takeover, proven with the real binary (found by review).
//! An organisation administrator (here the demo one) invites an email address that is not theirs, is shown the link (no
//! SMTP), and sets the password of the new account themselves. When the
//! operator later runs `moves admin create-org --admin-email` with that
//! address for another organisation, the existing account must not be given
//! the role (it was, and the inviter signed in as the new organisation's
//! administrator): it is invited, and accepts signed in as itself.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{Server, moves, text};

const DEMO_PASSWORD: &str = "demo demo demo pass";
const ATTACKER: &str = "the attacker chose this";
const VICTIM: &str = "newhead@council.example";

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn hidden_csrf(html: &str) -> String {
    html.split("name=\"_csrf\" value=\"")
        .nth(1)
        .unwrap_or_else(|| panic!("no form token in: {html}"))
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

async fn post(
    c: &reqwest::Client,
    server: &Server,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, String, String) {
    let res = c
        .post(server.url(path))
        .header("sec-fetch-site", "same-origin")
        .form(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, res.text().await.unwrap())
}

async fn get(c: &reqwest::Client, server: &Server, path: &str) -> String {
    c.get(server.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn sign_in(c: &reqwest::Client, server: &Server, login: &str, pw: &str) -> (u16, String) {
    let form = get(c, server, "/sign-in").await;
    let (status, location, _) = post(
        c,
        server,
        "/sign-in",
        &[
            ("_csrf", &hidden_csrf(&form)),
            ("login", login),
            ("password", pw),
        ],
    )
    .await;
    (status, location)
}

#[tokio::test]
async fn an_inviter_who_claims_an_address_becomes_admin_of_the_organisation_later_made_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").to_str().unwrap().to_owned();
    let seeded = moves(&[
        "seed-demo",
        "--data-dir",
        &data,
        "--password",
        DEMO_PASSWORD,
    ]);
    assert!(seeded.status.success(), "{}", text(&seeded));

    // Organisation A's administrator claims the address.
    let server = Server::start(dir.path(), &["--data-dir", &data], &[]);
    let admin = client();
    assert_eq!(
        sign_in(&admin, &server, "admin@demo.example", DEMO_PASSWORD).await,
        (303, "/".to_owned())
    );
    let members = get(&admin, &server, "/admin/members").await;
    let (status, _, shown) = post(
        &admin,
        &server,
        "/admin/members/invite",
        &[
            ("_csrf", &hidden_csrf(&members)),
            ("name", "New Head"),
            ("email", VICTIM),
            ("username", ""),
            ("role", "parent_carer"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{shown}");
    let at = shown
        .find("/invite/")
        .expect("the link is shown to the inviter");
    let link = shown[at..].split(['"', '<']).next().unwrap().to_owned();
    let attacker = client();
    let page = get(&attacker, &server, &link).await;
    let (_, location, _) = post(
        &attacker,
        &server,
        &link,
        &[("_csrf", &hidden_csrf(&page)), ("password", ATTACKER)],
    )
    .await;
    assert_eq!(location, "/sign-in?password_set=1");
    assert!(server.stop().success());

    // Later the operator makes the council's organisation for its real head.
    let made = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "Northside Council",
        "--admin-email",
        VICTIM,
    ]);
    let said = text(&made);
    assert!(made.status.success(), "{said}");
    assert!(
        said.contains("/invite/"),
        "invited, not given the role: {said}"
    );

    let server = Server::start(dir.path(), &["--data-dir", &data], &[]);
    let (status, location) = sign_in(&client(), &server, VICTIM, ATTACKER).await;
    assert!(server.stop().success());
    assert!(
        !(status == 303 && location == "/account/two-factor"),
        "the inviter signed in as the new organisation's administrator \
         (create-org said: {said})"
    );
}

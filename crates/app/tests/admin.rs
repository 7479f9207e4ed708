//! `moves admin create-org` and `moves seed-demo`, with the real binary and a
//! real server: the printed link opens the set-password form and works once (on
//! either of two servers sharing PostgreSQL), the demo data is made once and
//! never beside real data, demo people can sign in and see the demo banner, and
//! `serve` warns while demo accounts exist.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use moves_store_postgres::testing::TestDatabase;
use std::path::Path;
use support::{Server, moves, pg_admin_url, text};

const BANNER: &str = "Demo data: everything here is made up for trying the platform.";
const DEMO_WARNING: &str = "This installation holds demo data";

fn data_dir(dir: &Path) -> String {
    dir.join("data").to_str().unwrap().to_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The path of the set-password link printed by create-org.
fn link_path(out: &str) -> String {
    let at = out
        .find("/set-password/")
        .unwrap_or_else(|| panic!("no link in: {out}"));
    out[at..].split_whitespace().next().unwrap().to_owned()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
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

/// The text of a page without Fluent's isolation marks.
async fn page(res: reqwest::Response) -> (u16, String, String) {
    let status = res.status().as_u16();
    let url = res.url().path().to_owned();
    let body = res.text().await.unwrap();
    (status, url, body.replace(['\u{2068}', '\u{2069}'], ""))
}

/// Signs in through the real pages (redirects followed); the page it ends on.
async fn sign_in(
    client: &reqwest::Client,
    server: &Server,
    login: &str,
    password: &str,
) -> (u16, String, String) {
    let form = client
        .get(server.url("/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let res = client
        .post(server.url("/sign-in"))
        .header("sec-fetch-site", "same-origin")
        .form(&[
            ("_csrf", hidden_csrf(&form).as_str()),
            ("login", login),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    page(res).await
}

/// Opens a set-password link and sends a password; the page it ends on.
async fn set_password(
    client: &reqwest::Client,
    server: &Server,
    path: &str,
    password: &str,
) -> (u16, String, String) {
    let form = client.get(server.url(path)).send().await.unwrap();
    let (status, _, html) = page(form).await;
    if status != 200 {
        return (status, path.to_owned(), html);
    }
    let res = client
        .post(server.url(path))
        .form(&[
            ("_csrf", hidden_csrf(&html).as_str()),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    page(res).await
}

#[tokio::test]
async fn create_org_prints_a_link_that_sets_the_administrators_password() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_dir(dir.path());
    let out = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "Northside Family Hub",
        "--admin-email",
        "sam@northside.example",
        "--admin-name",
        "Siân ap Rhys",
    ]);
    let said = stdout(&out);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        said.contains("Open this link to set the administrator's password (valid 72 hours, once): http://127.0.0.1:8080/set-password/"),
        "{said}"
    );
    assert!(
        said.contains("Created the organisation \"Northside Family Hub\""),
        "{said}"
    );
    let path = link_path(&said);

    let server = Server::start(dir.path(), &["--data-dir", &data], &[]);
    assert!(
        !server.log_text().contains("setup code"),
        "an organisation exists"
    );
    let browser = client();
    let (status, _, form) = page(browser.get(server.url(&path)).send().await.unwrap()).await;
    assert_eq!(status, 200, "{form}");
    assert!(form.contains("Set your password"), "{form}");
    assert!(form.contains("sam@northside.example"), "{form}");
    assert!(form.contains("autocomplete=\"new-password\""), "{form}");

    let (status, url, notice) = set_password(&browser, &server, &path, "Ελένη-πάει-σπίτι 🌱").await;
    assert_eq!((status, url.as_str()), (200, "/sign-in"), "{notice}");
    assert!(
        notice.contains("Your password is set. Sign in with it now."),
        "{notice}"
    );

    // The link works once.
    let (status, _, gone) = set_password(&client(), &server, &path, "another passphrase").await;
    assert_eq!(status, 410, "{gone}");
    assert!(
        gone.contains("This link has expired or has already been used. Ask for a new one."),
        "{gone}"
    );

    let (status, url, home) = sign_in(
        &client(),
        &server,
        "Sam@Northside.example",
        "Ελένη-πάει-σπίτι 🌱",
    )
    .await;
    // A real organisation requires a second factor of its staff: the new
    // administrator's first stop is setting one up.
    assert_eq!(
        (status, url.as_str()),
        (200, "/account/two-factor"),
        "{home}"
    );
    assert!(home.contains("Set up your second step"), "{home}");
    assert!(
        !home.contains(BANNER),
        "a real organisation has no demo banner"
    );

    // Again: nothing is created, and the administrator has a password now.
    let again = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "northside family hub",
        "--admin-email",
        "sam@northside.example",
    ]);
    let said = stdout(&again);
    assert!(again.status.success(), "{}", text(&again));
    assert!(said.contains("already exists"), "{said}");
    assert!(said.contains("already has a password"), "{said}");
    assert!(!said.contains("/set-password/"), "{said}");

    // Asked for, a new link replaces the password.
    let reset = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "Northside Family Hub",
        "--admin-email",
        "sam@northside.example",
        "--reset-password",
        "--public-url",
        "https://moves.example.org/",
    ]);
    let said = stdout(&reset);
    assert!(reset.status.success(), "{}", text(&reset));
    assert!(
        said.contains("(valid 72 hours, once): https://moves.example.org/set-password/"),
        "{said}"
    );
    let (status, _, _) = set_password(
        &client(),
        &server,
        &link_path(&said),
        "a brand new passphrase",
    )
    .await;
    assert_eq!(status, 200);
    let (_, url, _) = sign_in(
        &client(),
        &server,
        "sam@northside.example",
        "a brand new passphrase",
    )
    .await;
    assert_eq!(url, "/account/two-factor");
    let (status, url, _) = sign_in(
        &client(),
        &server,
        "sam@northside.example",
        "Ελένη-πάει-σπίτι 🌱",
    )
    .await;
    assert_eq!(
        (status, url.as_str()),
        (422, "/sign-in"),
        "the old password no longer works"
    );
    assert!(server.stop().success());
}

#[test]
fn create_org_refuses_what_it_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_dir(dir.path());
    let bad = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        " ",
        "--admin-email",
        "not-an-email",
    ]);
    let all = text(&bad);
    assert_eq!(bad.status.code(), Some(1), "{all}");
    assert!(
        all.contains("the organisation's name (--name) is empty"),
        "{all}"
    );
    assert!(all.contains("like name@example.org"), "{all}");
    assert_eq!(
        all.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{all}"
    );
    assert!(!all.contains("panicked"), "{all}");

    let first = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "Hub",
        "--admin-email",
        "a@hub.example",
    ]);
    assert!(first.status.success(), "{}", text(&first));
    // The same name for someone else is refused: it would be a second "Hub".
    let clash = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "HUB",
        "--admin-email",
        "b@hub.example",
    ]);
    let all = text(&clash);
    assert_eq!(clash.status.code(), Some(1), "{all}");
    assert!(
        all.contains("an organisation named \"Hub\" already exists"),
        "{all}"
    );

    // A person who already exists is neither duplicated nor given the role:
    // they are invited, and accept signed in as themselves (hole 1; changed
    // by design from giving the role at once, which let whoever had chosen
    // the account's password become the new organisation's administrator).
    let second = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &data,
        "--name",
        "Second Hub",
        "--admin-email",
        "A@hub.example",
    ]);
    let said = stdout(&second);
    assert!(second.status.success(), "{}", text(&second));
    assert!(said.contains("already has an account"), "{said}");
    assert!(said.contains("were not made its administrator"), "{said}");
    assert!(said.contains("/invite/"), "an invitation: {said}");
    assert!(!said.contains("/set-password/"), "{said}");

    let help = text(&moves(&["admin", "create-org", "--help"]));
    for words in [
        "--name",
        "--admin-email",
        "--admin-name",
        "--reset-password",
        "--data-dir",
        "--database-url",
        "--config",
        "72 hours",
    ] {
        assert!(help.contains(words), "{words} in {help}");
    }
}

#[tokio::test]
async fn seed_demo_makes_demo_people_who_can_sign_in_and_see_the_banner() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_dir(dir.path());
    let first = moves(&["seed-demo", "--data-dir", &data]);
    let said = stdout(&first);
    assert!(first.status.success(), "{}", text(&first));
    assert!(
        said.contains("Created the demo organisations \"Demo Borough\" and \"Other Trust\""),
        "{said}"
    );
    for email in [
        "admin@demo.example",
        "manager@demo.example",
        "practitioner@demo.example",
        "parent@demo.example",
        "young@demo.example",
        "viewer@demo.example",
        "admin@other.example",
        "young@other.example",
    ] {
        assert!(said.contains(email), "{email} in {said}");
    }
    let password = said
        .lines()
        .find_map(|l| l.strip_prefix("The password of the new demo accounts (chosen at random): "))
        .unwrap_or_else(|| panic!("no password in {said}"))
        .trim()
        .to_owned();

    let again = moves(&[
        "seed-demo",
        "--data-dir",
        &data,
        "--password",
        "something else entirely",
    ]);
    let said = stdout(&again);
    assert!(again.status.success(), "{}", text(&again));
    assert!(
        said.contains("The demo data is already there; nothing was changed."),
        "{said}"
    );

    let server = Server::start(dir.path(), &["--data-dir", &data], &[]);
    let log = server.log_text();
    assert!(log.contains("WARN") && log.contains(DEMO_WARNING), "{log}");
    assert!(!log.contains("setup code"), "{log}");

    let practitioner = client();
    let (status, url, home) = sign_in(
        &practitioner,
        &server,
        "practitioner@demo.example",
        &password,
    )
    .await;
    assert_eq!((status, url.as_str()), (200, "/"), "{home}");
    assert!(home.contains("Demo Practitioner"), "{home}");
    assert!(home.contains("Demo Borough"), "{home}");
    assert!(home.contains(BANNER), "{home}");
    // The demo circles, once each although seed-demo ran twice.
    let (status, _, circles) = page(
        practitioner
            .get(server.url("/circles"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200, "{circles}");
    for name in ["Maya", "Tom", "The Okoro family"] {
        assert_eq!(
            circles.matches(&format!(">{name}<")).count(),
            1,
            "{name} in {circles}"
        );
    }
    assert!(!circles.contains("Sol"), "Other Trust's circle is not here");

    let (status, _, home) = sign_in(&client(), &server, "viewer@other.example", &password).await;
    assert_eq!(status, 200);
    assert!(
        home.contains("Other Trust") && home.contains(BANNER),
        "{home}"
    );
    // The second run did not change the password.
    let (status, url, _) = sign_in(
        &client(),
        &server,
        "admin@demo.example",
        "something else entirely",
    )
    .await;
    assert_eq!((status, url.as_str()), (422, "/sign-in"));
    assert!(server.stop().success());
}

#[test]
fn seed_demo_with_a_chosen_password_and_its_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_dir(dir.path());
    let short = moves(&["seed-demo", "--data-dir", &data, "--password", "demo"]);
    let all = text(&short);
    assert_eq!(short.status.code(), Some(1), "{all}");
    assert!(
        all.contains("the demo password (--password) must be at least 8 characters long"),
        "{all}"
    );

    let made = moves(&[
        "seed-demo",
        "--data-dir",
        &data,
        "--password",
        "try the demo out",
    ]);
    let said = stdout(&made);
    assert!(made.status.success(), "{}", text(&made));
    assert!(
        said.contains("the password given with --password"),
        "{said}"
    );
    assert!(!said.contains("try the demo out"), "not echoed: {said}");
    let twice = moves(&[
        "seed-demo",
        "--data-dir",
        &data,
        "--password",
        "try the demo out",
    ]);
    assert!(
        stdout(&twice).contains("already there; nothing was changed"),
        "{}",
        text(&twice)
    );

    // A database with a real organisation is refused, and nothing is added.
    let real = tempfile::tempdir().unwrap();
    let real_data = data_dir(real.path());
    let org = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &real_data,
        "--name",
        "Northside Family Hub",
        "--admin-email",
        "sam@northside.example",
    ]);
    assert!(org.status.success(), "{}", text(&org));
    let refused = moves(&[
        "seed-demo",
        "--data-dir",
        &real_data,
        "--password",
        "try the demo out",
    ]);
    let all = text(&refused);
    assert_eq!(refused.status.code(), Some(1), "{all}");
    assert!(all.contains("1 real organisation"), "{all}");
    assert_eq!(
        all.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{all}"
    );
    let after = moves(&[
        "admin",
        "create-org",
        "--data-dir",
        &real_data,
        "--name",
        "Demo Borough",
        "--admin-email",
        "x@y.example",
    ]);
    assert!(
        after.status.success(),
        "no demo organisation of that name was made: {}",
        text(&after)
    );
}

/// The "an invite used on one server fails on the other", for the
/// set-password link: two servers on one PostgreSQL database.
#[tokio::test]
async fn a_link_used_on_one_server_fails_on_the_other() {
    let Some(admin) = pg_admin_url() else { return };
    let db = TestDatabase::create(&admin).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let unused = dir.path().join("unused");
    let args = [
        "--database-url",
        db.url(),
        "--data-dir",
        unused.to_str().unwrap(),
    ];
    // The same data directory, so the same installation keys, for all.
    let out = moves(&[
        "admin",
        "create-org",
        "--database-url",
        db.url(),
        "--data-dir",
        unused.to_str().unwrap(),
        "--name",
        "Two Server Trust",
        "--admin-email",
        "ola@two.example",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let path = link_path(&stdout(&out));
    let one = Server::start(dir.path(), &args, &[]);
    let two = Server::start(dir.path(), &args, &[]);

    // Both show the form; the first to send a good password wins.
    let on_two = client();
    let (status, _, form_two) = page(on_two.get(two.url(&path)).send().await.unwrap()).await;
    assert_eq!(status, 200);
    let (status, url, _) = set_password(&client(), &one, &path, "first server wins").await;
    assert_eq!((status, url.as_str()), (200, "/sign-in"));
    let res = on_two
        .post(two.url(&path))
        .form(&[
            ("_csrf", hidden_csrf(&form_two).as_str()),
            ("password", "second server loses"),
        ])
        .send()
        .await
        .unwrap();
    let (status, _, gone) = page(res).await;
    assert_eq!(status, 410, "{gone}");
    let (_, url, _) = sign_in(&client(), &two, "ola@two.example", "first server wins").await;
    assert_eq!(
        url, "/account/two-factor",
        "signed in; next, the second factor"
    );

    // seed-demo refuses this database too: it holds a real organisation.
    let refused = moves(&[
        "seed-demo",
        "--database-url",
        db.url(),
        "--data-dir",
        unused.to_str().unwrap(),
        "--password",
        "try the demo out",
    ]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
    assert!(
        text(&refused).contains("real organisation"),
        "{}",
        text(&refused)
    );
    assert!(one.stop().success());
    assert!(two.stop().success());
    db.drop_database().await;
}

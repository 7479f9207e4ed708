//! The organisation's adaptation of the framework, through its pages: every
//! change saved as a version with its audit entry, stale forms refused with
//! what was typed kept, TOML export and import, bad input, and other people
//! and other organisations kept out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::framework::adaptation::ChangeKind;
use moves_core::ids::OrgId;
use moves_core::membership::Role;
use moves_store::AuditQuery;
use support::{App, form};

const PAGE: &str = "/admin/framework";

/// An organisation with an administrator signed in.
struct Admin {
    app: App,
    org: OrgId,
    cookie: String,
}

impl Admin {
    async fn new() -> Admin {
        let app = App::empty().await;
        let org = app.organisation("Hillside Services").await;
        app.person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
            .await;
        let cookie = app.session_cookie("ada@example.org").await;
        Admin {
            app,
            org: org.id,
            cookie,
        }
    }

    /// Posts a form from the main page, with its token and the version in force.
    async fn send(&self, path: &str, fields: &[(&str, &str)]) -> support::Reply {
        let page = self.app.get(PAGE, &self.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let version = self.version().await.to_string();
        let mut all = vec![("_csrf", page.csrf()), ("version", version)];
        all.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
        let body = all
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencoding::encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.app.post(path, &self.cookie, body).await
    }

    async fn version(&self) -> u32 {
        self.app
            .store
            .latest_adaptation(self.org)
            .await
            .unwrap()
            .map_or(0, |s| s.adaptation.version)
    }

    async fn latest(&self) -> moves_core::framework::Adaptation {
        self.app
            .store
            .latest_adaptation(self.org)
            .await
            .unwrap()
            .unwrap()
            .adaptation
    }

    async fn audited(&self) -> Vec<String> {
        let mut q = AuditQuery::new(AuditScope::Organisation(self.org));
        q.action = Some(AuditAction::FrameworkAdapted);
        let mut details: Vec<String> = self
            .app
            .store
            .list_audit(&q)
            .await
            .unwrap()
            .into_iter()
            .map(|e| format!("{}:{}", e.subject.unwrap(), e.detail.unwrap()))
            .collect();
        details.sort();
        details
    }
}

fn assert_redirect(reply: &support::Reply, to: &str) {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location, to);
}

#[tokio::test]
async fn each_change_is_a_new_version_with_its_audit_entry() {
    let a = Admin::new().await;
    let page = a.app.get(PAGE, &a.cookie).await;
    assert!(page.body.contains("Not changed yet"), "{}", page.body);
    assert!(page.body.contains("Good enough housing"));

    let r = a
        .send(
            "/admin/framework/local-moves",
            &[
                ("compartment", "belonging"),
                ("label", "Our allotment 🌱"),
                ("description", "Growing food together."),
                ("category", "other"),
            ],
        )
        .await;
    assert_redirect(&r, "/admin/framework/moves/belonging.local-1?done=added");
    let r = a
        .send(
            "/admin/framework/moves/basics.housing/reword",
            &[("label", "A safe home"), ("description", "")],
        )
        .await;
    assert_redirect(&r, "/admin/framework/moves/basics.housing?done=reworded");
    let r = a
        .send(
            "/admin/framework/moves/basics.money/hide",
            &[("hide", "yes")],
        )
        .await;
    assert_redirect(&r, "/admin/framework/moves/basics.money?done=hidden");
    let r = a
        .send(
            "/admin/framework/credit",
            &[("credit", "The Tuesday group")],
        )
        .await;
    assert_redirect(&r, "/admin/framework?done=credited");

    // A draft overlay: refused until the administrator confirms.
    let preview = a
        .app
        .get("/admin/framework/overlays/cyp-2012-sv", &a.cookie)
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.body.contains("Draft"), "{}", preview.body);
    assert!(preview.body.contains("lang=\"sv\""));
    let r = a
        .send("/admin/framework/overlay", &[("overlay", "cyp-2012-sv")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This wording is a draft"), "{}", r.body);
    assert_eq!(a.version().await, 4);
    let r = a
        .send(
            "/admin/framework/overlay",
            &[("overlay", "cyp-2012-sv"), ("confirm_draft", "yes")],
        )
        .await;
    assert_redirect(&r, "/admin/framework?done=overlay");
    // Sending the same change again makes no new version.
    let r = a
        .send(
            "/admin/framework/overlay",
            &[("overlay", "cyp-2012-sv"), ("confirm_draft", "yes")],
        )
        .await;
    assert_redirect(&r, "/admin/framework?done=unchanged");
    let r = a
        .send(
            "/admin/framework/edition",
            &[("edition", "resilience-framework-cyp-2012")],
        )
        .await;
    assert_redirect(&r, "/admin/framework?done=unchanged");
    let r = a
        .send(
            "/admin/framework/moves/basics.money/hide",
            &[("hide", "no")],
        )
        .await;
    assert_redirect(&r, "/admin/framework/moves/basics.money?done=shown");

    let latest = a.latest().await;
    assert_eq!(latest.version, 6);
    assert_eq!(latest.overlay.as_ref().unwrap(), "cyp-2012-sv");
    assert!(latest.hidden.is_empty());
    assert_eq!(
        latest.rewordings["basics.housing"].label.as_deref(),
        Some("A safe home")
    );
    assert_eq!(latest.co_produced_by.as_deref(), Some("The Tuesday group"));
    assert_eq!(
        a.audited().await,
        [
            "1:move_added:belonging.local-1",
            "2:reworded:basics.housing",
            "3:hidden:basics.money",
            "4:credited",
            "5:overlay_accepted:cyp-2012-sv",
            "6:unhidden:basics.money",
        ]
    );
    let history = a
        .app
        .store
        .adaptation_history(a.org, None, 100)
        .await
        .unwrap();
    assert_eq!(history[0].change.kind, ChangeKind::Unhidden);

    let page = a.app.get(PAGE, &a.cookie).await;
    for shown in [
        "Our allotment 🌱",
        "A safe home",
        "The Tuesday group",
        "Ada Admin",
        // Fluent isolates each argument, so it reads right in either direction.
        "Move \u{2068}basics.housing\u{2069} reworded",
    ] {
        assert!(page.body.contains(shown), "{shown} in {}", page.body);
    }
    let local = a
        .app
        .get("/admin/framework/moves/belonging.local-1", &a.cookie)
        .await;
    assert!(local.body.contains("Your own move"), "{}", local.body);
}

#[tokio::test]
async fn a_stale_form_is_refused_and_keeps_what_was_typed() {
    let a = Admin::new().await;
    let page = a.app.get(PAGE, &a.cookie).await;
    let csrf = page.csrf();
    // Someone else saves first.
    let r = a
        .send("/admin/framework/credit", &[("credit", "Another admin")])
        .await;
    assert_redirect(&r, "/admin/framework?done=credited");
    for (path, fields) in [
        (
            "/admin/framework/moves/basics.housing/reword",
            vec![("label", "Mine, typed carefully")],
        ),
        (
            "/admin/framework/local-moves",
            vec![
                ("compartment", "basics"),
                ("label", "Mine, typed carefully"),
            ],
        ),
        (
            "/admin/framework/credit",
            vec![("credit", "Mine, typed carefully")],
        ),
    ] {
        let mut all = vec![("_csrf", csrf.as_str()), ("version", "0")];
        all.extend(fields);
        let r = a.app.post(path, &a.cookie, form(&all)).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{path}: {}", r.body);
        assert!(
            r.body.contains("Someone else saved a change"),
            "{path}: {}",
            r.body
        );
        assert!(r.body.contains("Mine, typed carefully"), "{path}");
        // The form now carries the version in force, so sending again works.
        assert!(r.body.contains("name=\"version\" value=\"1\""), "{path}");
    }
    let r = a
        .app
        .post(
            "/admin/framework/import",
            &a.cookie,
            form(&[("_csrf", &csrf), ("version", "0"), ("text", "base = \"x\"")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("base = &quot;x&quot;") || r.body.contains("base = &#34;x&#34;"));
    assert_eq!(a.version().await, 1);
    assert_eq!(
        a.latest().await.co_produced_by.as_deref(),
        Some("Another admin")
    );
    assert_eq!(a.audited().await, ["1:credited"]);
}

#[tokio::test]
async fn export_then_import_round_trips() {
    let a = Admin::new().await;
    a.send(
        "/admin/framework/moves/basics.housing/reword",
        &[
            ("label", "Un hogar \"seguro\""),
            ("description", "Línea uno\nlínea dos"),
        ],
    )
    .await;
    a.send(
        "/admin/framework/local-moves",
        &[("compartment", "coping"), ("label", "Música")],
    )
    .await;
    let export = a.app.get("/admin/framework/export", &a.cookie).await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.content_type.starts_with("application/toml"));
    assert!(export.body.contains("version = 2"), "{}", export.body);
    // Whose work the framework is travels with the file, as comments.
    assert!(
        export.body.starts_with(
            "# The Resilience Framework for children and young people (2012) is the work of:\n#   The Resilience Framework (children and young people): Hart & Blincow with Thomas (2012), BoingBoing"
        ),
        "{}",
        export.body
    );

    // The file as it was: nothing new to save.
    let r = a
        .send("/admin/framework/import", &[("text", &export.body)])
        .await;
    assert_redirect(&r, "/admin/framework?done=unchanged");
    assert_eq!(a.version().await, 2);

    // Edited on a computer, then brought back.
    let edited = format!(
        "{}\n[moves.\"coping.brave\"]\nlabel = \"Being bold\"\n",
        export.body.replacen(
            "version = 2\n",
            "version = 2\nhidden = [\"basics.money\"]\n",
            1
        )
    );
    let r = a
        .send("/admin/framework/import", &[("text", &edited)])
        .await;
    assert_redirect(&r, "/admin/framework?done=imported");
    let latest = a.latest().await;
    assert_eq!(latest.version, 3);
    assert!(latest.hidden.contains("basics.money"));
    assert_eq!(
        latest.rewordings["coping.brave"].label.as_deref(),
        Some("Being bold")
    );
    assert_eq!(
        latest.rewordings["basics.housing"].description.as_deref(),
        Some("Línea uno\nlínea dos")
    );
    assert_eq!(latest.local_moves.len(), 1);
    assert!(a.audited().await.contains(&"3:imported".to_owned()));
}

#[tokio::test]
async fn import_errors_name_their_lines_and_keep_the_text() {
    let a = Admin::new().await;
    let text = "base = \"resilience-framework-cyp-2012\"\nversion = 0\n\n[moves.\"basics.nowhere\"]\nlabel = \"X\"\n\n[local_moves.\"basics.pets\"]\nlabel = \"Pets\"\n";
    let r = a.send("/admin/framework/import", &[("text", text)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("adaptation.toml:7: local move &quot;basics.pets&quot;")
            || r.body
                .contains("adaptation.toml:7: local move &#34;basics.pets&#34;"),
        "{}",
        r.body
    );
    assert!(r.body.contains("[local_moves."), "the text is kept");
    let fixed = text.replace(
        "[local_moves.\"basics.pets\"]",
        "[local_moves.\"basics.local-1\"]",
    );
    let r = a.send("/admin/framework/import", &[("text", &fixed)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("adaptation.toml:4: move"), "{}", r.body);
    assert!(r.body.contains("is not in the base edition"), "{}", r.body);

    let r = a
        .send(
            "/admin/framework/import",
            &[("text", "this is = = not toml")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("adaptation.toml:1: this line is not valid TOML"),
        "{}",
        r.body
    );

    let r = a.send("/admin/framework/import", &[("text", "   ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Paste the file into the box first."));

    // A draft overlay in a file needs the same confirmation as on the page.
    let draft = "base = \"resilience-framework-cyp-2012\"\noverlay = \"cyp-2012-el\"\n";
    let r = a.send("/admin/framework/import", &[("text", draft)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("name=\"confirm_draft\""), "{}", r.body);
    let r = a
        .send(
            "/admin/framework/import",
            &[("text", draft), ("confirm_draft", "yes")],
        )
        .await;
    assert_redirect(&r, "/admin/framework?done=imported");
    assert_eq!(a.latest().await.overlay.unwrap(), "cyp-2012-el");
}

#[tokio::test]
async fn bad_input_gets_a_clear_answer_and_nothing_is_saved() {
    let a = Admin::new().await;
    let long = "x".repeat(201);
    for (label, says) in [
        ("", "Enter a label."),
        ("   ", "Enter a label."),
        (long.as_str(), "at most \u{2068}200\u{2069} characters long"),
        ("Evil\u{202e}txt", "hidden character"),
        ("Isolate\u{2066}d", "hidden character"),
        ("Bell\u{7}", "hidden character"),
    ] {
        let r = a
            .send(
                "/admin/framework/local-moves",
                &[
                    ("compartment", "basics"),
                    ("label", label),
                    ("description", "kept text"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{label:?}");
        assert!(r.body.contains(says), "{label:?}: {}", r.body);
        assert!(r.body.contains("kept text"), "{label:?}");
    }
    let r = a
        .send(
            "/admin/framework/local-moves",
            &[("compartment", "nowhere"), ("label", "Pets")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose one of the compartments listed."));
    let r = a
        .send(
            "/admin/framework/local-moves",
            &[
                ("compartment", "basics"),
                ("label", "Pets"),
                ("category", "weather"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = a
        .send("/admin/framework/credit", &[("credit", &"y".repeat(2001))])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("at most \u{2068}2000\u{2069} characters long"),
        "{}",
        r.body
    );
    let huge = format!(
        "base = \"resilience-framework-cyp-2012\"\n#{}",
        "z".repeat(200_001)
    );
    let r = a.send("/admin/framework/import", &[("text", &huge)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("is longer than 200000 characters"));
    let r = a
        .send(
            "/admin/framework/edition",
            &[("edition", "no-such-edition")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Unknown moves and overlays are not found.
    for path in [
        "/admin/framework/moves/basics.nowhere",
        "/admin/framework/moves/not-a-move",
        "/admin/framework/overlays/no-such-overlay",
    ] {
        assert_eq!(
            a.app.get(path, &a.cookie).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let r = a
        .send(
            "/admin/framework/moves/basics.nowhere/reword",
            &[("label", "X")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(a.version().await, 0);

    // Odd but honest Unicode is kept as typed (normalised).
    let r = a
        .send(
            "/admin/framework/local-moves",
            &[("compartment", "basics"), ("label", "Cafe\u{301} & ΖΩΉ 🌱")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let latest = a.latest().await;
    assert_eq!(latest.local_moves["basics.local-1"].label, "Café & ΖΩΉ 🌱");
}

#[tokio::test]
async fn only_the_organisation_s_administrators_may_adapt() {
    let app = App::empty().await;
    let org = app.organisation("Hillside").await;
    app.person("Pat", "pat@example.org", &org, Role::Practitioner)
        .await;
    app.person("Mo", "mo@example.org", &org, Role::Manager)
        .await;
    for login in ["pat@example.org", "mo@example.org"] {
        let cookie = app.session_cookie(login).await;
        let home = app.get("/", &cookie).await;
        assert!(!home.body.contains("/admin/framework"));
        for path in [
            PAGE,
            "/admin/framework/export",
            "/admin/framework/moves/basics.housing",
        ] {
            assert_eq!(
                app.get(path, &cookie).await.status,
                StatusCode::FORBIDDEN,
                "{login} {path}"
            );
        }
        let r = app
            .post(
                "/admin/framework/credit",
                &cookie,
                form(&[("_csrf", &home.csrf()), ("version", "0"), ("credit", "x")]),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{login}");
    }
    assert_eq!(app.store.latest_adaptation(org.id).await.unwrap(), None);
    // Not signed in: asked to sign in.
    let r = app.get(PAGE, "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn another_organisation_cannot_see_or_change_it() {
    let a = Admin::new().await;
    a.send(
        "/admin/framework/local-moves",
        &[("compartment", "basics"), ("label", "Only in Hillside")],
    )
    .await;
    let other = a.app.organisation("Riverside").await;
    a.app
        .person("Bo Admin", "bo@example.org", &other, Role::OrgAdmin)
        .await;
    let bo = a.app.session_cookie("bo@example.org").await;
    let page = a.app.get(PAGE, &bo).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Only in Hillside"));
    assert!(page.body.contains("Not changed yet"));
    let local = "/admin/framework/moves/basics.local-1";
    assert_eq!(a.app.get(local, &bo).await.status, StatusCode::NOT_FOUND);
    let r = a
        .app
        .post(
            &format!("{local}/reword"),
            &bo,
            form(&[
                ("_csrf", &page.csrf()),
                ("version", "0"),
                ("label", "Taken over"),
            ]),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let export = a.app.get("/admin/framework/export", &bo).await;
    assert!(!export.body.contains("Only in Hillside"));
    assert_eq!(a.app.store.latest_adaptation(other.id).await.unwrap(), None);
    assert_eq!(
        a.latest().await.local_moves["basics.local-1"].label,
        "Only in Hillside"
    );
}

#[tokio::test]
async fn the_history_is_shown_a_page_at_a_time() {
    let a = Admin::new().await;
    for n in 1..=55 {
        let credit = format!("The Tuesday group, meeting {n}");
        let r = a
            .send("/admin/framework/credit", &[("credit", credit.as_str())])
            .await;
        assert_redirect(&r, "/admin/framework?done=credited");
    }
    let versions = |body: &str| -> Vec<u32> {
        let table = body
            .split("id=\"history-caption\"")
            .nth(1)
            .unwrap_or_default();
        table
            .split("<tr><td>")
            .skip(1)
            .filter_map(|row| row.split('<').next()?.parse().ok())
            .collect()
    };
    let newest = a.app.get(PAGE, &a.cookie).await;
    assert_eq!(versions(&newest.body), (6..=55).rev().collect::<Vec<_>>());
    assert!(
        newest
            .body
            .contains("href=\"/admin/framework?before=6#history\""),
        "{}",
        newest.body
    );
    let older = a.app.get("/admin/framework?before=6", &a.cookie).await;
    assert_eq!(older.status, StatusCode::OK);
    assert_eq!(versions(&older.body), [5, 4, 3, 2, 1]);
    assert!(!older.body.contains("before="), "no page after the last");
    // A page that is not a number shows the newest, never an error.
    let odd = a
        .app
        .get("/admin/framework?before=%F0%9F%8C%B1", &a.cookie)
        .await;
    assert_eq!(odd.status, StatusCode::OK);
    assert_eq!(versions(&odd.body).first(), Some(&55));
}

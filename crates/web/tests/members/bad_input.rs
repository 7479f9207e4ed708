//! Bad input on the invitation form gets field errors and creates nothing.

use super::{audit_actions, invite};
use crate::support::App;
use axum::http::StatusCode;
use moves_core::audit::AuditAction;
use moves_core::membership::Role;

#[tokio::test]
async fn bad_input_gets_field_errors_and_creates_nothing() {
    let app = App::empty().await;
    let org = app.organisation("Hub").await;
    app.person("Ada Admin", "ada@example.org", &org, Role::OrgAdmin)
        .await;
    let cookie = app.session_cookie("ada@example.org").await;
    let home = app.get("/", &cookie).await;
    assert!(home.body.contains("/admin/members"), "{}", home.body);
    let csrf = home.csrf();
    // A username somebody has.
    let ok = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Kid"),
            ("email", ""),
            ("username", "kid_1"),
            ("role", "young_person"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let before = changes(audit_actions(&app, &org).await);

    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case<'_>; 7] = [
        (
            &[
                ("name", " "),
                ("email", "a@example.org"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "name-error",
            "Enter the person",
        ),
        (
            &[
                ("name", "A"),
                ("email", "not-an-email"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "email-error",
            "Enter an email address in the right form",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", "KID_1"),
                ("role", "young_person"),
            ],
            "username-error",
            "This username is taken",
        ),
        (
            &[
                ("name", "evil\u{202E}txt"),
                ("email", "b@example.org"),
                ("username", ""),
                ("role", "viewer"),
            ],
            "name-error",
            "hidden control character",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", "no spaces"),
                ("role", "viewer"),
            ],
            "username-error",
            "only letters, digits",
        ),
        (
            &[
                ("name", "A"),
                ("email", ""),
                ("username", ""),
                ("role", "viewer"),
            ],
            "email-error",
            "Enter an email address or a username.",
        ),
        (
            &[
                ("name", "A"),
                ("email", "c@example.org"),
                ("username", ""),
                ("role", "overlord"),
            ],
            "role-error",
            "Choose a role.",
        ),
    ];
    for (fields, id, message) in cases {
        let reply = invite(&app, &cookie, &csrf, fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(
            reply.body.contains(&format!("id=\"{id}\"")),
            "{fields:?}: {}",
            reply.body
        );
        assert!(reply.body.contains(message), "{fields:?}: {}", reply.body);
        assert!(!reply.body.contains("/invite/"), "{fields:?}");
    }
    for login in [
        "a@example.org",
        "b@example.org",
        "c@example.org",
        "no spaces",
    ] {
        assert!(
            app.store.user_by_login(login).await.unwrap().is_none(),
            "{login}"
        );
    }
    // The page shown again names the members, and that read is audited;
    // no change is.
    assert_eq!(
        changes(audit_actions(&app, &org).await),
        before,
        "nothing audited"
    );

    // Odd but real Unicode names are fine, and are shown as typed.
    let ok = invite(
        &app,
        &cookie,
        &csrf,
        &[
            ("name", "Siân ap Rhys"),
            ("email", "sian@example.org"),
            ("username", ""),
            ("role", "parent_carer"),
        ],
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(ok.body.contains("Siân ap Rhys"));
    let sian = app
        .store
        .user_by_login("SIAN@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sian.display_name, "Siân ap Rhys");
    assert!(sian.password_hash.is_none());
}

/// How many of `actions` record a change, not a read.
fn changes(actions: Vec<AuditAction>) -> usize {
    actions
        .into_iter()
        .filter(|a| *a != AuditAction::RecordRead)
        .count()
}

//! The audit log page: an organisation's administrator reads their own
//! organisation's events, named and filtered; nobody else's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_store::AuditEntry;
use support::{App, T0};

#[tokio::test]
async fn an_admin_reads_their_organisations_log_and_nobody_elses() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    app.person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    app.person("Pat Practitioner", "pat@a.example", &a, Role::Practitioner)
        .await;
    app.person("Bea Admin", "bea@b.example", &b, Role::OrgAdmin)
        .await;
    let secret_subject = "b-only-subject-0001";
    let entry = AuditEntry::new(
        AuditScope::Organisation(b.id),
        T0,
        None,
        AuditAction::RecordRead,
    )
    .subject(secret_subject);
    app.store.append_audit(&entry).await.unwrap();

    // Pat signs in first, so A's log has Pat's sign-in in it.
    let pat = app.session_cookie("pat@a.example").await;
    assert_eq!(
        app.get("/admin/audit", &pat).await.status,
        StatusCode::FORBIDDEN,
        "a practitioner may not"
    );

    let ada = app.session_cookie("ada@a.example").await;
    let page = app.get("/admin/audit", &ada).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("Pat Practitioner") && page.body.contains("Signed in"),
        "{}",
        page.body
    );
    assert!(
        support::text(&page).contains("24 November 2025, 16:00:00 UTC"),
        "times are shown: {}",
        page.body
    );
    assert!(
        !page.body.contains(secret_subject),
        "B's events never appear in A's log"
    );

    let filtered = app.get("/admin/audit?action=sign_out", &ada).await;
    assert!(
        !filtered.body.contains("Pat Practitioner"),
        "filtered to sign-outs only"
    );
    assert!(
        filtered.body.contains("Nothing has been recorded yet")
            || !filtered.body.contains("<tbody>")
    );
    let junk = app
        .get("/admin/audit?action=%3Cscript%3E&before=notanumber", &ada)
        .await;
    assert_eq!(
        junk.status,
        StatusCode::BAD_REQUEST,
        "a malformed filter is a clear 400"
    );

    let bea = app.session_cookie("bea@b.example").await;
    let theirs = app.get("/admin/audit", &bea).await;
    assert!(theirs.body.contains(secret_subject));
    assert!(!theirs.body.contains("Pat Practitioner"));
}

#[tokio::test]
async fn long_logs_page_back_in_time() {
    let app = App::empty().await;
    let a = app.organisation("Organisation A").await;
    app.person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    let entries: Vec<AuditEntry> = (0..120)
        .map(|i| {
            AuditEntry::new(
                AuditScope::Organisation(a.id),
                T0.plus_seconds(-1000 + i),
                None,
                AuditAction::RecordRead,
            )
            .subject(format!("circle-{i:03}"))
        })
        .collect();
    app.store.append_audit_batch(&entries).await.unwrap();
    let ada = app.session_cookie("ada@a.example").await;
    let first = app.get("/admin/audit?action=record_read", &ada).await;
    assert!(first.body.contains("circle-119") && !first.body.contains("circle-069"));
    let older = first
        .body
        .split("href=\"/admin/audit?")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    let second = app.get(&format!("/admin/audit?{older}"), &ada).await;
    assert!(
        second.body.contains("circle-069") && !second.body.contains("circle-119"),
        "{}",
        second.body
    );
}

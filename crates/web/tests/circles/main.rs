//! Circles through their pages: starting one (once, however often the form is
//! sent), adding people with and without accounts, closing and reopening,
//! stale forms, bad input, ids of other organisations and circles one is not
//! in (404), and an audit entry for every page of a circle that is read.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod closing;
mod exporting;
mod joining;
mod listing;
mod not_found;
mod protected_identity;
mod reading_audited;
mod stale_forms;
mod starting;
mod translations;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::{CircleId, OrgId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_store::{AuditEntry, AuditQuery};
use support::{App, Reply, form, hidden, text};

/// Someone signed in, with the token their forms carry.
struct Person {
    cookie: String,
    csrf: String,
}

async fn signed_in(app: &App, name: &str, email: &str, org: &Organisation, role: Role) -> Person {
    app.person(name, email, org, role).await;
    let cookie = app.session_cookie(email).await;
    let home = app.get("/", &cookie).await;
    Person {
        csrf: home.csrf(),
        cookie,
    }
}

/// The new circle form's one-use key.
async fn new_form(app: &App, who: &Person) -> String {
    let page = app.get("/circles/new", &who.cookie).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "key")
}

async fn start(app: &App, who: &Person, key: &str, fields: &[(&str, &str)]) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("key", key)];
    pairs.extend_from_slice(fields);
    app.post("/circles/new", &who.cookie, form(&pairs)).await
}

/// The circle a start went to.
fn started_id(reply: &Reply) -> CircleId {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply
        .location
        .strip_prefix("/circles/")
        .and_then(|rest| rest.strip_suffix("?done=created"))
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("to a new circle: {}", reply.location))
}

/// Starts a circle for `name` and returns its id.
async fn started(app: &App, who: &Person, fields: &[(&str, &str)]) -> CircleId {
    let key = new_form(app, who).await;
    started_id(&start(app, who, &key, fields).await)
}

async fn version_of(app: &App, who: &Person, id: CircleId) -> String {
    let page = app
        .get(&format!("/circles/{id}/members"), &who.cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "version")
}

async fn add_member(
    app: &App,
    who: &Person,
    id: CircleId,
    version: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("version", version)];
    pairs.extend_from_slice(fields);
    app.post(&format!("/circles/{id}/members"), &who.cookie, form(&pairs))
        .await
}

async fn log(app: &App, org: OrgId, action: AuditAction) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery {
            action: Some(action),
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap()
}

/// How askama writes a typed value into a page.
fn askama_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

//! The members page and invitations: invite, accept, revoke, and the answers to
//! wrong people and bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod bad_input;
mod expiry;
mod inviting;
mod revoking;
mod who_may;

use moves_core::audit::{AuditAction, AuditScope};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_store::AuditQuery;
use support::{App, form};

const NEW_PASSWORD: &str = "a new long memorable passphrase";

/// The `/invite/...` path in the page shown after inviting.
fn invite_path(body: &str) -> String {
    let at = body.find("/invite/").expect(body);
    body[at..].split(['"', '<']).next().unwrap().to_owned()
}

async fn invite(app: &App, cookie: &str, csrf: &str, fields: &[(&str, &str)]) -> support::Reply {
    let mut pairs = vec![("_csrf", csrf)];
    pairs.extend_from_slice(fields);
    app.post("/admin/members/invite", cookie, form(&pairs))
        .await
}

async fn audit_actions(app: &App, org: &Organisation) -> Vec<AuditAction> {
    let entries = app
        .store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap();
    entries.into_iter().map(|e| e.action).collect()
}

async fn roles_of(app: &App, login: &str, org: &Organisation) -> Vec<Role> {
    let user = app.store.user_by_login(login).await.unwrap().unwrap();
    app.store
        .memberships_of_user(user.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.org_id == org.id)
        .map(|m| m.role)
        .collect()
}

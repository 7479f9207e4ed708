//! The holes found when the server was tried as an attacker would, each
//! proven closed through the pages: an invitation that set the password of an
//! existing account, account-wide actions across organisations, a circle role
//! that outlived the organisation role, redirects after signing in, widening a
//! safeguarding note, one-time links that outlived a new password, ids a form
//! could choose, and refused reads that left no trace.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

#[path = "../notes_support/mod.rs"]
mod notes_support;

#[path = "../plans_common/mod.rs"]
mod plans_common;

mod account_wide;
mod circle_role;
mod invitation;
mod next_after_sign_in;
mod one_time_links;
mod outlived_links;
mod request_ids;
mod restricted_notes;
mod server_made_ids;
mod write_budget;

use moves_core::audit::AuditScope;
use moves_core::organisation::Organisation;
use moves_store::{AuditEntry, AuditQuery};
use support::App;

/// An organisation's audit log, newest first.
async fn log(app: &App, org: &Organisation) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap()
}

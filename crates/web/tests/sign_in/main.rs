//! Signing in, as an attacker would try it: forged cross-site posts, missing and
//! stale tokens, session fixation, a signed-out cookie used again, 50 wrong
//! passwords, sixty at once, guesses from one address and from many, a full
//! hashing queue, a 1 MB password, odd Unicode, and the setup page without its
//! code.
//! Each gets a clear answer and changes nothing it should not.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod busy;
mod fixation;
mod forged_forms;
mod kept_forms;
mod password;
mod session_end;
mod setup_page;
mod throttle;
mod wrong_passwords;

use moves_core::membership::Role;
use support::App;

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

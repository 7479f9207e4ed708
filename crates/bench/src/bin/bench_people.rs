//! `bench-people --db FILE --login LOGIN --count N --password P`: adds N young
//! people (usernames `storm-001`, `storm-002`, ...) with password P to the
//! organisation of LOGIN (made by `moves seed-demo`), for the sign-in storm
//! (`bench/storm`). The password is hashed once and the hash given to all:
//! checking it still costs each sign-in a full Argon2id, which is what the
//! storm measures. Run on a fresh database only.

use anyhow::{Context as _, Result, anyhow};
use moves_bench::context::{arg, open_store};
use moves_bench::storm::username;
use moves_core::Clock;
use moves_core::auth::password::hash_password;
use moves_core::clock::SystemClock;
use moves_core::membership::{Membership, Role};
use moves_core::user::User;

#[tokio::main]
async fn main() -> Result<()> {
    let store = open_store(&arg("db")?).await?;
    let login = arg("login")?;
    let count: usize = arg("count")?.parse()?;
    let password = arg("password")?;
    let anchor = store
        .user_by_login(&login)
        .await?
        .ok_or_else(|| anyhow!("no account {login}: run `moves seed-demo` first"))?;
    let org = store
        .memberships_of_user(anchor.id)
        .await?
        .first()
        .map(|m| m.org_id)
        .context("that account belongs to no organisation")?;
    let hash = hash_password(&password)?;
    let now = SystemClock.now();
    for i in 1..=count {
        let mut pupil = User::new(&format!("Storm Pupil {i}"), None, now)?;
        pupil.username = Some(username(i));
        pupil.password_hash = Some(hash.clone());
        store.create_user(&pupil).await?;
        store
            .add_membership(&Membership::new(org, pupil.id, Role::YoungPerson, now))
            .await?;
    }
    eprintln!("bench-people: {count} young people added");
    store.close().await;
    Ok(())
}

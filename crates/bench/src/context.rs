//! What the floor needs to do a page's database work as the signed-in
//! practitioner would: the store the server uses, and the same actor.

use anyhow::{Context as _, Result, anyhow};
use moves_core::circle::open::{OpenCircle, open_circle};
use moves_core::clock::SystemClock;
use moves_core::ids::{CircleId, OrgId};
use moves_core::permission::Actor;
use moves_core::session::hash_token;
use moves_store::Store;
use std::sync::Arc;

pub struct Ctx {
    pub store: Arc<dyn Store>,
    /// What the use cases work with, on the same store.
    pub core: moves_core::Ctx,
    pub actor: Actor,
    pub org: OrgId,
    pub circle: CircleId,
    /// The hash of the session token the load was sent with.
    session_hash: String,
}

impl Ctx {
    /// The actor `login` is in the organisation of `circle`, as the server's
    /// viewer builds it from their memberships.
    pub async fn for_login(
        store: Arc<dyn Store>,
        login: &str,
        circle: CircleId,
        session_token: &str,
    ) -> Result<Self> {
        let user = store
            .user_by_login(login)
            .await?
            .ok_or_else(|| anyhow!("no account {login}"))?;
        let memberships = store.memberships_of_user(user.id).await?;
        let org = memberships
            .first()
            .map(|m| m.org_id)
            .context("the account belongs to no organisation")?;
        let actor = Actor {
            user: Some(user.id),
            installation_admin: user.installation_admin,
            org: Some(org),
            roles: memberships
                .iter()
                .filter(|m| m.org_id == org)
                .map(|m| m.role)
                .collect(),
        };
        Ok(Self {
            core: moves_core::Ctx::new(store.clone(), Arc::new(SystemClock)),
            store,
            actor,
            org,
            circle,
            session_hash: hash_token(session_token),
        })
    }

    /// The reads every signed-in request makes before its page
    /// (`web/src/auth/viewer.rs`): the session, its account, their
    /// memberships and the organisation worked in. (The session's "last
    /// seen" is written at most once a minute, so not here.)
    pub async fn viewer(&self) -> Result<()> {
        let session = self
            .store
            .session(&self.session_hash)
            .await?
            .context("the session given is not in the database")?;
        let user = self
            .store
            .user(session.user_id)
            .await?
            .context("the session's account is gone")?;
        self.store.memberships_of_user(user.id).await?;
        self.store.organisation(self.org).await?;
        Ok(())
    }

    /// `open_circle` exactly as the web pages call it: access decided and
    /// the read audited (one write per call).
    pub async fn open(&self, page: &str) -> Result<OpenCircle> {
        open_circle(&self.core, &self.actor, self.circle, page)
            .await
            .map_err(|e| anyhow!("the practitioner may not open circle {}: {e}", self.circle))
    }
}

/// The value after `--name` on the command line.
pub fn arg(name: &str) -> Result<String> {
    let flag = format!("--{name}");
    let mut args = std::env::args().skip_while(|a| *a != flag);
    args.next();
    args.next().ok_or_else(|| anyhow!("give {flag} VALUE"))
}

/// The SQLite database `path` as the server opens it (WAL, synchronous
/// writes, one writer and a pool of readers).
pub async fn open_store(path: &str) -> Result<Arc<dyn Store>> {
    let store = moves_store_sqlite::SqliteStore::open(
        std::path::Path::new(path),
        &moves_store_sqlite::SqliteSettings::default(),
    )
    .await?;
    store.migrate().await?;
    Ok(Arc::new(store))
}

//! The ports `core` needs from a database. Each backend crate implements them and
//! the conformance suite in `store-tests` proves the implementations behave alike.
//!
//! Every method on tenant-owned data takes the [`OrgId`] first: a query cannot be
//! written without saying whose data it is about.

use crate::audit::{AuditEntry, AuditQuery};
use crate::clock::Timestamp;
use crate::ids::{MembershipId, OrgId, UserId};
use crate::membership::Membership;
use crate::organisation::Organisation;
use crate::session::Session;
use crate::user::User;
use async_trait::async_trait;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// A uniqueness rule was broken (an email already in use). The text names the rule.
    #[error("already exists: {0}")]
    Conflict(String),
    /// The database could not be reached or answered with an error.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// The stored data does not make sense (a value no version of us writes).
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

#[async_trait]
pub trait OrganisationStore: Send + Sync {
    async fn create_organisation(&self, org: &Organisation) -> StoreResult<()>;
    async fn organisation(&self, id: OrgId) -> StoreResult<Option<Organisation>>;
    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>>;
    async fn count_organisations(&self) -> StoreResult<u64>;
}

#[async_trait]
pub trait UserStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] when the email or username is taken
    /// (compared without regard to case).
    async fn create_user(&self, user: &User) -> StoreResult<()>;
    async fn user(&self, id: UserId) -> StoreResult<Option<User>>;
    /// By email address or username, without regard to case.
    async fn user_by_login(&self, login: &str) -> StoreResult<Option<User>>;
    /// Returns false when there is no such person.
    async fn set_password_hash(&self, id: UserId, hash: &str) -> StoreResult<bool>;
}

#[async_trait]
pub trait MembershipStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] if the person already has that role there.
    async fn add_membership(&self, membership: &Membership) -> StoreResult<()>;
    async fn membership(&self, org: OrgId, id: MembershipId) -> StoreResult<Option<Membership>>;
    /// A person's active memberships, in every organisation.
    async fn memberships_of_user(&self, user: UserId) -> StoreResult<Vec<Membership>>;
    /// Everyone in one organisation, revoked memberships included.
    async fn members_of_organisation(&self, org: OrgId) -> StoreResult<Vec<Membership>>;
    /// Returns false when there was no active membership to revoke.
    async fn revoke_membership(
        &self,
        org: OrgId,
        id: MembershipId,
        at: Timestamp,
    ) -> StoreResult<bool>;
}

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    async fn session(&self, token_hash: &str) -> StoreResult<Option<Session>>;
    /// Records activity (for the idle timeout) and the organisation being worked in.
    async fn touch_session(
        &self,
        token_hash: &str,
        at: Timestamp,
        org: Option<OrgId>,
    ) -> StoreResult<bool>;
    /// Sign-out: the session is gone, not merely marked.
    async fn end_session(&self, token_hash: &str) -> StoreResult<bool>;
    /// Every session of one person (after a password reset); returns how many ended.
    async fn end_sessions_of_user(&self, user: UserId) -> StoreResult<u64>;
    /// Removes sessions idle since before `idle_before` or started before `started_before`.
    async fn end_expired_sessions(
        &self,
        idle_before: Timestamp,
        started_before: Timestamp,
    ) -> StoreResult<u64>;
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn append_audit(&self, entry: &AuditEntry) -> StoreResult<()>;
    /// All of them or none, in one transaction.
    async fn append_audit_batch(&self, entries: &[AuditEntry]) -> StoreResult<()>;
    async fn list_audit(&self, query: &AuditQuery) -> StoreResult<Vec<AuditEntry>>;
}

/// Failed sign-ins, counted in the database so the throttle holds across every
/// server process (see [`crate::auth::throttle`]). Keys are opaque strings
/// (`acct:<sha256>`, `addr:<ip>`); the store never interprets them.
#[async_trait]
pub trait ThrottleStore: Send + Sync {
    async fn record_sign_in_failure(&self, key: &str, at: Timestamp) -> StoreResult<()>;
    /// How many failures are recorded under `key` at or after `since`, and when the
    /// oldest of them was.
    async fn sign_in_failures_since(
        &self,
        key: &str,
        since: Timestamp,
    ) -> StoreResult<(u64, Option<Timestamp>)>;
    /// Forgets every failure under `key` (after a successful sign-in, for the
    /// account key only); returns how many there were.
    async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<u64>;
    /// Removes failures recorded before `before`, under any key; returns how many.
    async fn sweep_sign_in_failures(&self, before: Timestamp) -> StoreResult<u64>;
}

/// What [`SetupStore::complete_setup`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupOutcome {
    /// The organisation, its administrator, the membership and the audit entries
    /// were written, and every setup code is gone.
    Done,
    /// No such setup code; nothing was written.
    WrongCode,
    /// An organisation already exists; nothing was written.
    AlreadySetUp,
}

/// The first run (see [`crate::auth::setup`]).
#[async_trait]
pub trait SetupStore: Send + Sync {
    /// Stores the hash of one server process's setup code, unless an organisation
    /// already exists (then answers false and stores nothing).
    async fn add_setup_code(&self, code_hash: &str, at: Timestamp) -> StoreResult<bool>;
    /// Whether any setup code is waiting to be used.
    async fn setup_codes_exist(&self) -> StoreResult<bool>;
    /// In one transaction: checks that no organisation exists yet and that the code
    /// is a current one, writes the organisation, the person, the membership and the
    /// audit entries, and deletes every setup code. All of it or none of it; of two
    /// setups at the same moment, at most one is `Done`.
    async fn complete_setup(
        &self,
        code_hash: &str,
        org: &Organisation,
        admin: &User,
        membership: &Membership,
        audit: &[AuditEntry],
    ) -> StoreResult<SetupOutcome>;
}

/// Secrets the whole installation shares (the key that signs CSRF tokens before
/// sign-in, the key that encrypts kept forms), agreed by every server process.
#[async_trait]
pub trait SecretStore: Send + Sync {
    /// The secret stored under `name`. If there is none yet, `candidate` is stored
    /// and returned; if there is, the stored one is returned and `candidate` is
    /// dropped. Every process offers its own random candidate and all end up with
    /// the first one written.
    async fn installation_secret(&self, name: &str, candidate: &[u8]) -> StoreResult<Vec<u8>>;
}

/// How busy the connection pool is, for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolStats {
    pub connections: u32,
    pub idle: u32,
    pub max: u32,
}

#[async_trait]
pub trait StoreHealth: Send + Sync {
    /// Answers when the database does.
    async fn ping(&self) -> StoreResult<()>;
    fn pool_stats(&self) -> PoolStats;
    /// "sqlite" or "postgres".
    fn backend(&self) -> &'static str;
    /// Waits for connections to be returned and closes them cleanly.
    async fn close(&self);
}

/// Everything a server needs from its database.
pub trait Store:
    OrganisationStore
    + UserStore
    + MembershipStore
    + SessionStore
    + AuditStore
    + ThrottleStore
    + SetupStore
    + SecretStore
    + StoreHealth
{
}

impl<T> Store for T where
    T: OrganisationStore
        + UserStore
        + MembershipStore
        + SessionStore
        + AuditStore
        + ThrottleStore
        + SetupStore
        + SecretStore
        + StoreHealth
{
}

//! The port for the first run.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::membership::Membership;
use moves_domain::organisation::Organisation;
use moves_domain::user::User;

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

/// The first run (see [`moves_domain::auth::setup`]).
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

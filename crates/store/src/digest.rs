//! The port for email digests.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

/// A person opted in to email digests, with one of their organisations: what
/// `moves digest` needs to decide whether to write to them (see
/// [`moves_domain::home::digest`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestRecipient {
    pub user: UserId,
    /// Their address; `None` when the stored one is not a valid address
    /// (written by hand or by an older version): that person is skipped and
    /// counted, and everyone else still gets theirs.
    pub email: Option<moves_domain::user::Email>,
    pub org: OrgId,
    /// Their last look at their home page in that organisation.
    pub last_visit: Option<Timestamp>,
    /// The last digest sent to them about that organisation.
    pub last_sent: Option<Timestamp>,
}

/// Email digests: who wants them, and when the last went out.
#[async_trait]
pub trait DigestStore: Send + Sync {
    /// Whether `user` asked for digests (off until they do).
    async fn wants_digests(&self, user: UserId) -> StoreResult<bool>;
    /// Turns digests on or off for `user`; the same choice again is harmless.
    async fn choose_digests(&self, user: UserId, on: bool, at: Timestamp) -> StoreResult<()>;
    /// Everyone who asked for digests and has an email address, once for
    /// each organisation they are an active member of, in person then
    /// organisation order.
    async fn digest_recipients(&self) -> StoreResult<Vec<DigestRecipient>>;
    /// Records that a digest about `org` went to `user` at `at`, with the
    /// audit entries of what was read for it, all or nothing.
    async fn digest_sent(
        &self,
        org: OrgId,
        user: UserId,
        at: Timestamp,
        reads: &[crate::AuditEntry],
    ) -> StoreResult<()>;
}

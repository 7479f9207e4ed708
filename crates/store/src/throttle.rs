//! The port for counting sign-in attempts.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::auth::throttle::{Counted, Counter};
use moves_domain::clock::Timestamp;

/// Sign-in attempts, counted in the database so the throttle holds across every
/// server process (see [`moves_domain::auth::throttle`] and `moves_core::auth::attempt`).
/// One count per key: keys are opaque strings (`pair:<sha256>`, `acct:<sha256>`,
/// `addr:<sha256>`, `mfa:<id>`) that the store never interprets.
#[async_trait]
pub trait ThrottleStore: Send + Sync {
    /// Counts one attempt made `at` under each of `counters` in turn, in one
    /// transaction. Each count is one statement that returns the count
    /// including this attempt, so concurrent attempts on a key (from any
    /// process) each get their own. A count whose window ended by `at`
    /// ([`moves_domain::auth::throttle::Limit::ended_by`]) starts again at 1 in a
    /// window beginning `at`. The first count over its counter's limit stops
    /// it: the counters before take the attempt back (while their windows
    /// last) and the ones after never see it. Returns the counts taken, in
    /// order: as many as `counters` if all admitted it, else up to the one
    /// that refused it. A counter's `account` is kept with its key when the
    /// key is first counted, for [`Self::clear_account_attempts`].
    async fn count_attempt(&self, counters: &[Counter], at: Timestamp)
    -> StoreResult<Vec<Counted>>;
    /// The count under `key` as it stands, if any (a read: counts nothing).
    async fn attempts_counted(&self, key: &str) -> StoreResult<Option<Counted>>;
    /// A right attempt, in one transaction: forgets the count under `clear`,
    /// and takes one attempt back from each key of `forget` while the window
    /// it was counted in (the timestamp) lasts, never below zero.
    async fn settle_attempt(&self, clear: &str, forget: &[(String, Timestamp)]) -> StoreResult<()>;
    /// Forgets the count under the account key `account` and every count that
    /// belongs to it (the account from each address); returns how many.
    async fn clear_account_attempts(&self, account: &str) -> StoreResult<u64>;
    /// Removes counts whose window began before `before`, under any key;
    /// returns how many.
    async fn sweep_attempts(&self, before: Timestamp) -> StoreResult<u64>;
}

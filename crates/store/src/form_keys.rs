//! The port for one-use form keys.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;
use uuid::Uuid;

/// A form that makes something (a circle, a note, a check, a plan) carries a
/// random key instead of the new thing's id: the server makes the id, and the
/// first sending binds the key to it, so the same form sent twice finds the
/// same id and makes nothing more. Keys are each person's own: another
/// person's key tells nothing.
#[async_trait]
pub trait FormKeyStore: Send + Sync {
    /// Binds `key`, sent by `user`, to `made` unless it is bound already, in
    /// one statement; answers the id it is bound to either way. Of any number
    /// of concurrent sendings, all get the same id.
    async fn claim_form_key(
        &self,
        user: UserId,
        key: &str,
        made: Uuid,
        at: Timestamp,
    ) -> StoreResult<Uuid>;
    /// Forgets keys claimed before `before`; returns how many.
    async fn sweep_form_keys(&self, before: Timestamp) -> StoreResult<u64>;
}

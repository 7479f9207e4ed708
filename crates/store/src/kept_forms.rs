//! The port for kept forms.

use super::StoreResult;
use async_trait::async_trait;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{KeptFormId, UserId};
use moves_domain::kept_form::KeptForm;

/// Forms kept because their sender's session had ended (see `kept_form`).
#[async_trait]
pub trait KeptFormStore: Send + Sync {
    async fn keep_form(&self, form: &KeptForm) -> StoreResult<()>;
    /// The kept form, once: only for the person it was kept for, only before it
    /// expires; taking it removes it, so it can never be sent twice from here.
    async fn take_kept_form(
        &self,
        id: KeptFormId,
        user: UserId,
        now: Timestamp,
    ) -> StoreResult<Option<KeptForm>>;
    /// Removes forms nobody came back for; returns how many.
    async fn sweep_kept_forms(&self, now: Timestamp) -> StoreResult<u64>;
}

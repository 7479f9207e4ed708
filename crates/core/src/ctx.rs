//! What every use case works with: the store, the clock, each person's write
//! budget and the installation's keys. The web layer holds one but cannot
//! reach the store inside it.

use crate::auth::hashing::{HashingGate, HashingLimits};
use moves_domain::auth::session_policy::SessionPolicy;
use moves_domain::auth::throttle::ThrottlePolicy;
use moves_domain::clock::{Clock, Timestamp};
use moves_domain::keys::{Keyring, Purpose};
use moves_domain::write_budget::WriteBudget;
use moves_store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct Ctx {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    write_budget: WriteBudget,
    keys: Arc<Keyring>,
    /// Every Argon2 hash or check of this process goes through it.
    hashing: Arc<HashingGate>,
    throttle: ThrottlePolicy,
    sessions: SessionPolicy,
}

impl Ctx {
    /// With a throwaway keyring: give the installation's with
    /// [`Ctx::with_keys`].
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            clock,
            write_budget: WriteBudget::default(),
            keys: Arc::new(Keyring::ephemeral()),
            hashing: HashingGate::new(HashingLimits::default()),
            throttle: ThrottlePolicy::default(),
            sessions: SessionPolicy::default(),
        }
    }

    /// The same, hashing passwords behind `gate` (one per process).
    pub fn with_hashing(self, gate: Arc<HashingGate>) -> Self {
        Self {
            hashing: gate,
            ..self
        }
    }

    /// The same, with the sign-in throttle's limits.
    pub fn with_throttle_policy(self, throttle: ThrottlePolicy) -> Self {
        Self { throttle, ..self }
    }

    /// The same, with how long sessions live.
    pub fn with_session_policy(self, sessions: SessionPolicy) -> Self {
        Self { sessions, ..self }
    }

    pub fn hashing(&self) -> &Arc<HashingGate> {
        &self.hashing
    }

    pub fn throttle_policy(&self) -> &ThrottlePolicy {
        &self.throttle
    }

    pub fn session_policy(&self) -> &SessionPolicy {
        &self.sessions
    }

    /// The same, with the installation's keys.
    pub fn with_keys(self, keys: Arc<Keyring>) -> Self {
        Self { keys, ..self }
    }

    /// The key for one purpose (form tokens, kept forms), derived from the
    /// installation's active key: never the key itself.
    pub fn derived_key(&self, purpose: Purpose) -> [u8; 32] {
        self.keys.derived(purpose)
    }

    /// The same, with each person's writes limited to `budget`.
    pub fn with_write_budget(self, budget: WriteBudget) -> Self {
        Self {
            write_budget: budget,
            ..self
        }
    }

    pub fn write_budget(&self) -> WriteBudget {
        self.write_budget
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    pub(crate) fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }
}

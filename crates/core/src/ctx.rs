//! What every use case works with: the store, the clock, each person's write
//! budget and the installation's keys. The web layer holds one but cannot
//! reach the store inside it.

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
        }
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

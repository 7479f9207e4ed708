//! What every use case works with: the store and the clock. The web layer
//! holds one but cannot reach the store inside it.

use moves_domain::clock::{Clock, Timestamp};
use moves_domain::write_budget::WriteBudget;
use moves_store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct Ctx {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    write_budget: WriteBudget,
}

impl Ctx {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            clock,
            write_budget: WriteBudget::default(),
        }
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

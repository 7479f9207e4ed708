//! Password hashing behind a cap for the whole process: the gate lives with
//! the use cases that hash (`moves_core::auth::hashing`); named here too for
//! the server's configuration.

pub use moves_core::auth::hashing::{HashingGate, HashingLimits, HashingSlot, QUEUE_PER_WORKER};

//! Argon2id's working memory for one hash at a time (19 MiB with today's
//! parameters), to keep and use again.
//!
//! Allocating and freeing it for every check fragments the allocator's heap
//! under load: small allocations settle in the freed 19 MiB, the next hash
//! cannot fit there and the heap grows again. A server doing only two checks
//! at a time grew to 254 MiB over 200 sign-ins that way (BENCHMARKS.md). So
//! whoever hashes over and over (the web layer: one per hashing worker) keeps
//! one of these and passes it to [`super::password::verify_password_with`] and
//! [`super::password::hash_password_with`].

use super::AuthError;
use argon2::Block;
use std::fmt;

pub struct HashMemory(Vec<Block>);

impl HashMemory {
    /// Memory for a hash with today's parameters.
    pub fn new() -> Result<Self, AuthError> {
        let blocks = super::password::current_params()?.block_count();
        Ok(Self(vec![Block::default(); blocks]))
    }

    /// No memory of its own: every hash allocates its own, as a one-off.
    pub fn none() -> Self {
        Self(Vec::new())
    }

    /// `count` blocks to hash in: its own when it has that many, else a one-off
    /// in `spare` (a hash made long ago with bigger parameters), so a strange
    /// stored hash never makes the kept memory grow.
    pub(super) fn blocks<'a>(
        &'a mut self,
        count: usize,
        spare: &'a mut Vec<Block>,
    ) -> &'a mut [Block] {
        if count <= self.0.len() {
            &mut self.0[..count]
        } else {
            *spare = vec![Block::default(); count];
            spare.as_mut_slice()
        }
    }
}

impl fmt::Debug for HashMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HashMemory({} blocks)", self.0.len())
    }
}

//! Password hashing behind a cap for the whole process. One Argon2id hash or
//! check takes 19 MiB and tens of milliseconds of a core: sixty at once took a
//! gigabyte and starved every other request. So at most `workers` run at a time
//! (one per core by default), up to `queue` more requests wait their turn in
//! order, and one that finds the queue full is answered at once with 503 and
//! `Retry-After` (a short queue: the wait stays a few seconds, not a timeout).
//!
//! Each worker's Argon2 memory is kept and handed to the next turn
//! (`HashMemory`): allocated once, never freed, so hashing under load cannot
//! fragment the heap (that alone grew the server to 254 MiB over 200
//! sign-ins, two at a time).
//!
//! This is the one part of signing in held in process memory, on purpose: it
//! protects this process's CPU and memory. The throttle, which must hold
//! across servers, is in the database ([`super::attempt`]).

use crate::Error;
use moves_domain::auth::hash_memory::HashMemory;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Waiting places per worker by default: 32 waits of about one hash each
/// keep the longest wait near two seconds on this kind of machine, and a
/// class of 30 signing in together on two cores never finds the queue full.
pub const QUEUE_PER_WORKER: usize = 32;

/// What a turn is assumed to take before one has been timed.
const FIRST_GUESS_MICROS: u64 = 100_000;

/// How many hash at once, and how many may wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashingLimits {
    pub workers: usize,
    pub queue: usize,
}

impl Default for HashingLimits {
    /// One worker per core the process may use, and a queue of
    /// [`QUEUE_PER_WORKER`] each.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
        Self {
            workers: cores,
            queue: cores * QUEUE_PER_WORKER,
        }
    }
}

#[derive(Debug)]
pub struct HashingGate {
    slots: Arc<Semaphore>,
    limits: HashingLimits,
    waiting: AtomicUsize,
    /// A running mean of how long recent turns lasted (the hash and what the
    /// request did in its turn), to say how long to wait.
    mean_micros: AtomicU64,
    /// The workers' memory not in use now: at most one per worker ever exists.
    memory: Mutex<Vec<HashMemory>>,
}

/// A turn to hash, held until dropped. Work run in it keeps the turn even if
/// the request is abandoned meanwhile, so the cap holds while a hash runs.
#[derive(Debug)]
pub struct HashingSlot {
    turn: Option<Turn>,
}

/// What a turn holds: one of the workers' places and its memory. Dropped
/// wherever the turn ends (on the blocking thread, if the request was
/// abandoned during its hash), it gives the memory back before the place.
#[derive(Debug)]
struct Turn {
    began: Instant,
    memory: Option<HashMemory>,
    gate: Arc<HashingGate>,
    /// Held, never read: dropping it lets the next turn in.
    _permit: OwnedSemaphorePermit,
}

impl Drop for Turn {
    fn drop(&mut self) {
        if let (Some(memory), Ok(mut kept)) = (self.memory.take(), self.gate.memory.lock()) {
            kept.push(memory);
        }
        let took = u64::try_from(self.began.elapsed().as_micros()).unwrap_or(u64::MAX);
        self.gate.timed(took);
    }
}

/// Leaves the queue however the wait ends (a turn, or the request abandoned).
struct InQueue<'a>(&'a AtomicUsize);

impl Drop for InQueue<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl HashingGate {
    pub fn new(limits: HashingLimits) -> Arc<Self> {
        let limits = HashingLimits {
            workers: limits.workers.max(1),
            queue: limits.queue,
        };
        Arc::new(Self {
            slots: Arc::new(Semaphore::new(limits.workers)),
            limits,
            waiting: AtomicUsize::new(0),
            mean_micros: AtomicU64::new(FIRST_GUESS_MICROS),
            memory: Mutex::new(Vec::new()),
        })
    }

    /// A turn to hash: at once if a worker is free, else after the requests
    /// queued before this one; [`Error::Busy`] if the queue is full.
    pub async fn enter(self: &Arc<Self>) -> Result<HashingSlot, Error> {
        if let Ok(permit) = self.slots.clone().try_acquire_owned() {
            return self.slot(permit);
        }
        let ahead = self.waiting.fetch_add(1, Ordering::SeqCst);
        let queued = InQueue(&self.waiting);
        if ahead >= self.limits.queue {
            drop(queued);
            return Err(Error::Busy {
                retry_after_secs: self.retry_after_secs(),
            });
        }
        let permit = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::Internal(e.to_string()))?;
        drop(queued);
        self.slot(permit)
    }

    /// How many requests are waiting for a turn now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::SeqCst)
    }

    /// Runs one piece of hashing work in its own turn.
    pub async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&mut HashMemory) -> T + Send + 'static,
    ) -> Result<T, Error> {
        self.enter().await?.run(work).await
    }

    /// A turn for `permit`, with a worker's memory: kept from an earlier turn,
    /// or made for the first turns of each worker.
    fn slot(self: &Arc<Self>, permit: OwnedSemaphorePermit) -> Result<HashingSlot, Error> {
        let kept = self.memory.lock().ok().and_then(|mut m| m.pop());
        let memory = match kept {
            Some(m) => m,
            None => HashMemory::new().map_err(|e| Error::Internal(e.to_string()))?,
        };
        Ok(HashingSlot {
            turn: Some(Turn {
                began: Instant::now(),
                memory: Some(memory),
                gate: self.clone(),
                _permit: permit,
            }),
        })
    }

    /// Roughly when the queue, full now, will have room: its length in turns
    /// shared among the workers. At least a second, at most a minute.
    fn retry_after_secs(&self) -> u64 {
        let queued = u64::try_from(self.limits.queue + self.limits.workers).unwrap_or(u64::MAX);
        let workers = u64::try_from(self.limits.workers).unwrap_or(1);
        let micros = self.mean_micros.load(Ordering::Relaxed);
        (queued.saturating_mul(micros) / workers)
            .div_ceil(1_000_000)
            .clamp(1, 60)
    }

    fn timed(&self, took_micros: u64) {
        // A mean over about the last eight turns.
        let old = self.mean_micros.load(Ordering::Relaxed);
        let new = (old.saturating_mul(7).saturating_add(took_micros)) / 8;
        self.mean_micros.store(new.max(1), Ordering::Relaxed);
    }
}

impl HashingSlot {
    /// Runs blocking hashing work on a blocking thread, in this turn and its
    /// memory.
    pub async fn run<T: Send + 'static>(
        &mut self,
        work: impl FnOnce(&mut HashMemory) -> T + Send + 'static,
    ) -> Result<T, Error> {
        let mut turn = self
            .turn
            .take()
            .ok_or_else(|| Error::Internal("a hashing turn was used after failing".into()))?;
        let (out, turn) = tokio::task::spawn_blocking(move || {
            let out = match turn.memory.as_mut() {
                Some(memory) => work(memory),
                None => work(&mut HashMemory::none()),
            };
            // The turn travels with the work: it ends only when the work does.
            (out, turn)
        })
        .await
        .map_err(|e| Error::Internal(e.to_string()))?;
        self.turn = Some(turn);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    #[tokio::test]
    async fn workers_run_at_most_their_number_and_the_queue_waits_in_turn() {
        let gate = HashingGate::new(HashingLimits {
            workers: 2,
            queue: 3,
        });
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..5)
            .map(|_| {
                let (gate, running, most) = (gate.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    gate.run(move |_| {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(50));
                        running.fetch_sub(1, Ordering::SeqCst);
                    })
                    .await
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
        assert_eq!(gate.waiting.load(Ordering::SeqCst), 0);
        // Two workers' memory, kept for the next turns; no more was made.
        assert_eq!(gate.memory.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_at_once_with_a_wait() {
        let gate = HashingGate::new(HashingLimits {
            workers: 1,
            queue: 1,
        });
        let held = gate.enter().await.unwrap();
        let second = {
            let gate = gate.clone();
            tokio::spawn(async move { gate.enter().await.map(|_| ()) })
        };
        while gate.waiting.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let Err(Error::Busy { retry_after_secs }) = gate.enter().await else {
            panic!("a third was let in");
        };
        assert!((1..=60).contains(&retry_after_secs));
        drop(held);
        second.await.unwrap().unwrap();
        assert!(gate.enter().await.is_ok(), "room again");
    }

    #[tokio::test]
    async fn an_abandoned_wait_leaves_the_queue() {
        let gate = HashingGate::new(HashingLimits {
            workers: 1,
            queue: 1,
        });
        let held = gate.enter().await.unwrap();
        let waiter = {
            let gate = gate.clone();
            tokio::spawn(async move { gate.enter().await.map(|_| ()) })
        };
        while gate.waiting.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        waiter.abort();
        let _ = waiter.await;
        assert_eq!(gate.waiting.load(Ordering::SeqCst), 0);
        drop(held);
        assert!(gate.enter().await.is_ok());
    }
}

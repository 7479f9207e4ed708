//! Counting an attempt (a password, a second-factor code) before it is checked:
//! the one place that decides what the throttle's counts mean for an attempt
//! and what a success does to them.
//!
//! 0. [`refused_already`] may answer first, from the counts as they stand,
//!    without counting: so an attempt already over a limit is refused before
//!    it waits for anything (the web layer's turn to hash).
//! 1. [`begin`] counts the attempt under each of its counters in turn
//!    ([`super::throttle::password_counters`], [`super::throttle::code_counter`];
//!    `ThrottleStore::count_attempt`), each count one atomic statement that
//!    includes this attempt. The first counter it is over the limit of refuses
//!    it: then it is not checked, and the counters before take it back, so it
//!    counts only where it was refused (an address that keeps guessing is
//!    stopped by its own strict count and never uses up the account's).
//! 2. The caller checks the password or code only when [`Begun::Go`].
//! 3. A wrong one needs nothing more: it was counted. A right one calls
//!    [`Attempt::succeeded`].
//!
//! Because the count is taken before the check, N attempts at once are N
//! counts: however many arrive together, no more than a limit are checked.

use super::throttle::Counter;
use crate::{Ctx, Error};
use moves_domain::clock::Timestamp;
use moves_store::{StoreError, StoreResult, ThrottleStore};

/// Whether a counted attempt may be checked.
#[derive(Debug)]
#[must_use]
pub enum Begun {
    Go(Attempt),
    /// Refused without checking; try again after this many seconds.
    Refused {
        retry_after_secs: u64,
    },
}

/// An attempt counted under every counter: what a success must undo.
#[derive(Debug)]
#[must_use]
pub struct Attempt {
    /// Each key it was counted under, narrowest first, with its window's start.
    counted: Vec<(String, Timestamp)>,
}

/// Counts one attempt under `counters` (narrowest first), stopping at the
/// first that refuses it.
pub async fn begin(
    store: &dyn ThrottleStore,
    counters: &[Counter],
    now: Timestamp,
) -> StoreResult<Begun> {
    let counts = store.count_attempt(counters, now).await?;
    for (c, n) in counters.iter().zip(&counts) {
        if !c.limit.admits(n.attempts) {
            return Ok(Begun::Refused {
                retry_after_secs: c.limit.retry_after(n.window_began, now),
            });
        }
    }
    if counts.len() != counters.len() {
        return Err(StoreError::Corrupt(format!(
            "an attempt was counted {} times under {} counters",
            counts.len(),
            counters.len()
        )));
    }
    let counted = counters
        .iter()
        .zip(counts)
        .map(|(c, n)| (c.key.clone(), n.window_began))
        .collect();
    Ok(Begun::Go(Attempt { counted }))
}

/// Whether an attempt would be refused now by the counts as they stand: how
/// long to wait if so. A read that counts nothing, to turn away cheaply what is
/// already over a limit; [`begin`] still decides for the rest.
pub async fn refused_already(
    store: &dyn ThrottleStore,
    counters: &[Counter],
    now: Timestamp,
) -> StoreResult<Option<u64>> {
    for c in counters {
        let Some(n) = store.attempts_counted(&c.key).await? else {
            continue;
        };
        let live = n.window_began > c.limit.ended_by(now);
        if live && !c.limit.admits(n.attempts.saturating_add(1)) {
            return Ok(Some(c.limit.retry_after(n.window_began, now)));
        }
    }
    Ok(None)
}

/// Refuses ([`Error::Throttled`]) an attempt that the counts as they stand
/// already refuse, counting nothing: so it does not wait for a turn to hash.
pub(crate) async fn refuse_if_over(ctx: &Ctx, counters: &[Counter]) -> Result<(), Error> {
    match refused_already(ctx.store(), counters, ctx.now()).await? {
        None => Ok(()),
        Some(retry_after_secs) => Err(Error::Throttled { retry_after_secs }),
    }
}

/// Counts an attempt under `counters`; [`Error::Throttled`] when over a limit.
pub(crate) async fn count(ctx: &Ctx, counters: &[Counter]) -> Result<Attempt, Error> {
    match begin(ctx.store(), counters, ctx.now()).await? {
        Begun::Go(attempt) => Ok(attempt),
        Begun::Refused { retry_after_secs } => Err(Error::Throttled { retry_after_secs }),
    }
}

impl Attempt {
    /// The password or code was right. The narrowest count (this account from
    /// this address; this person's codes) is cleared: whoever got in is forgiven
    /// their own slips, as before. The wider ones only take this attempt back,
    /// so an owner signing in never wipes out guesses made from elsewhere.
    pub async fn succeeded(self, store: &dyn ThrottleStore) -> StoreResult<()> {
        let Some(((narrowest, _), wider)) = self.counted.split_first() else {
            return Ok(());
        };
        store.settle_attempt(narrowest, wider).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_trait::async_trait;
    use moves_domain::auth::throttle::{
        Counted, Limit, ThrottlePolicy, account_key, address_key, code_counter, password_counters,
    };
    use moves_domain::ids::UserId;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use std::net::{IpAddr, Ipv4Addr};
    use std::sync::Mutex;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    /// One key's count: the account it belongs to, its window's start, attempts.
    type Row = (Option<String>, Timestamp, u64);

    /// The store's counting, in memory: what the SQL does, one key at a time.
    #[derive(Default)]
    struct Counts(Mutex<HashMap<String, Row>>);

    impl Counts {
        fn attempts(&self, key: &str) -> u64 {
            self.0.lock().unwrap().get(key).map_or(0, |c| c.2)
        }

        fn count_one(
            &self,
            key: &str,
            account: Option<&str>,
            at: Timestamp,
            ended_by: Timestamp,
        ) -> Counted {
            let mut map = self.0.lock().unwrap();
            let row = map
                .entry(key.to_owned())
                .or_insert((account.map(str::to_owned), at, 0));
            if row.1 <= ended_by {
                row.1 = at;
                row.2 = 0;
            }
            row.2 += 1;
            Counted {
                attempts: row.2,
                window_began: row.1,
            }
        }

        fn forget(&self, key: &str, window_began: Timestamp) {
            if let Some(row) = self.0.lock().unwrap().get_mut(key)
                && row.1 == window_began
                && row.2 > 0
            {
                row.2 -= 1;
            }
        }
    }

    /// The store's contract, in memory (the conformance suite holds the real
    /// stores to it).
    #[async_trait]
    impl ThrottleStore for Counts {
        async fn count_attempt(
            &self,
            counters: &[Counter],
            at: Timestamp,
        ) -> StoreResult<Vec<Counted>> {
            let mut counted: Vec<Counted> = Vec::new();
            for c in counters {
                let n = self.count_one(&c.key, c.account.as_deref(), at, c.limit.ended_by(at));
                counted.push(n);
                if !c.limit.admits(n.attempts) {
                    for (earlier, was) in counters.iter().zip(&counted[..counted.len() - 1]) {
                        self.forget(&earlier.key, was.window_began);
                    }
                    break;
                }
            }
            Ok(counted)
        }
        async fn attempts_counted(&self, key: &str) -> StoreResult<Option<Counted>> {
            Ok(self.0.lock().unwrap().get(key).map(|row| Counted {
                attempts: row.2,
                window_began: row.1,
            }))
        }
        async fn settle_attempt(
            &self,
            clear: &str,
            forget: &[(String, Timestamp)],
        ) -> StoreResult<()> {
            self.0.lock().unwrap().remove(clear);
            for (key, began) in forget {
                self.forget(key, *began);
            }
            Ok(())
        }
        async fn clear_account_attempts(&self, account: &str) -> StoreResult<u64> {
            let mut map = self.0.lock().unwrap();
            let before = map.len();
            map.retain(|k, v| k != account && v.0.as_deref() != Some(account));
            Ok((before - map.len()) as u64)
        }
        async fn sweep_attempts(&self, before: Timestamp) -> StoreResult<u64> {
            let mut map = self.0.lock().unwrap();
            let n = map.len();
            map.retain(|_, v| v.1 >= before);
            Ok((n - map.len()) as u64)
        }
    }

    fn ip(last: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))
    }

    async fn try_password(store: &Counts, login: &str, from: IpAddr, now: Timestamp) -> Begun {
        let counters = password_counters(login, from, &ThrottlePolicy::default());
        begin(store, &counters, now).await.unwrap()
    }

    #[tokio::test]
    async fn one_address_guessing_cannot_lock_the_owner_out_elsewhere() {
        let store = Counts::default();
        let mut checked = 0;
        for _ in 0..1000 {
            if let Begun::Go(_) = try_password(&store, "sam", ip(66), T0).await {
                checked += 1;
            }
        }
        assert_eq!(checked, 5, "the strict limit from one address");
        assert_eq!(
            store.attempts(&account_key("sam")),
            5,
            "the account's count"
        );
        assert_eq!(
            store.attempts(&address_key(ip(66))),
            5,
            "the address's count"
        );
        match try_password(&store, "sam", ip(7), T0).await {
            Begun::Go(attempt) => attempt.succeeded(&store).await.unwrap(),
            refused => panic!("the owner at home was refused: {refused:?}"),
        }
        // Her sign-in took back only her own attempt.
        assert_eq!(store.attempts(&account_key("sam")), 5);
        assert_eq!(store.attempts(&address_key(ip(7))), 0);
    }

    #[tokio::test]
    async fn a_guess_spread_over_many_addresses_stops_at_the_account_limit() {
        let store = Counts::default();
        let mut checked = 0;
        for address in 0..40u8 {
            for _ in 0..5 {
                if let Begun::Go(_) = try_password(&store, "sam", ip(address), T0).await {
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 50);
        let Begun::Refused { retry_after_secs } =
            try_password(&store, "sam", ip(200), T0.plus_seconds(60)).await
        else {
            panic!("the fifty-first was checked");
        };
        assert_eq!(retry_after_secs, 840);
        // The refused ones were taken back from their addresses.
        assert_eq!(store.attempts(&address_key(ip(200))), 0);
        assert_eq!(store.attempts(&address_key(ip(39))), 0);
        // When the window has passed, the owner gets in.
        let later = T0.plus_seconds(900);
        assert!(matches!(
            try_password(&store, "sam", ip(7), later).await,
            Begun::Go(_)
        ));
    }

    #[tokio::test]
    async fn what_is_over_a_limit_is_refused_already_without_counting() {
        let store = Counts::default();
        let counters = password_counters("sam", ip(66), &ThrottlePolicy::default());
        for _ in 0..5 {
            assert_eq!(refused_already(&store, &counters, T0).await.unwrap(), None);
            let _ = begin(&store, &counters, T0).await.unwrap();
        }
        let later = T0.plus_seconds(100);
        assert_eq!(
            refused_already(&store, &counters, later).await.unwrap(),
            Some(800)
        );
        assert_eq!(store.attempts(&counters[0].key), 5, "nothing counted");
        // From home, and after the window, nothing is in the way.
        let home = password_counters("sam", ip(7), &ThrottlePolicy::default());
        assert_eq!(refused_already(&store, &home, later).await.unwrap(), None);
        let after = T0.plus_seconds(900);
        assert_eq!(
            refused_already(&store, &counters, after).await.unwrap(),
            None
        );
    }

    #[tokio::test]
    async fn a_success_clears_the_slips_made_from_where_it_came() {
        let store = Counts::default();
        for _ in 0..4 {
            let _ = try_password(&store, "sam", ip(7), T0).await;
        }
        let Begun::Go(attempt) = try_password(&store, "sam", ip(7), T0).await else {
            panic!("the fifth was refused");
        };
        attempt.succeeded(&store).await.unwrap();
        assert_eq!(
            store.attempts(&account_key("sam")),
            4,
            "slips count for the account"
        );
        for _ in 0..5 {
            assert!(matches!(
                try_password(&store, "sam", ip(7), T0).await,
                Begun::Go(_)
            ));
        }
        assert!(matches!(
            try_password(&store, "sam", ip(7), T0).await,
            Begun::Refused { .. }
        ));
    }

    #[tokio::test]
    async fn codes_are_counted_per_person_and_cleared_by_a_right_one() {
        let store = Counts::default();
        let (sam, jo) = (UserId::new(), UserId::new());
        let policy = ThrottlePolicy::default();
        for _ in 0..4 {
            let _ = begin(&store, &code_counter(sam, &policy), T0)
                .await
                .unwrap();
        }
        let Begun::Go(right) = begin(&store, &code_counter(sam, &policy), T0)
            .await
            .unwrap()
        else {
            panic!("the fifth code was refused");
        };
        right.succeeded(&store).await.unwrap();
        for _ in 0..5 {
            let _ = begin(&store, &code_counter(sam, &policy), T0)
                .await
                .unwrap();
        }
        assert!(matches!(
            begin(&store, &code_counter(sam, &policy), T0)
                .await
                .unwrap(),
            Begun::Refused {
                retry_after_secs: 900
            }
        ));
        assert!(matches!(
            begin(&store, &code_counter(jo, &policy), T0).await.unwrap(),
            Begun::Go(_)
        ));
    }

    proptest! {
        /// Whatever mix of addresses and outcomes, no more wrong attempts are
        /// checked within a window than the account's limit.
        #[test]
        fn wrong_attempts_checked_never_exceed_a_limit(
            tries in proptest::collection::vec((0u8..12, any::<bool>()), 1..400),
        ) {
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let policy = ThrottlePolicy {
                account: Limit { attempts: 20, window_secs: 900 },
                ..ThrottlePolicy::default()
            };
            let store = Counts::default();
            let mut wrong_checked: HashMap<u8, u64> = HashMap::new();
            rt.block_on(async {
                for (address, right) in &tries {
                    let counters = password_counters("sam", ip(*address), &policy);
                    if let Begun::Go(attempt) = begin(&store, &counters, T0).await.unwrap() {
                        if *right {
                            attempt.succeeded(&store).await.unwrap();
                        } else {
                            *wrong_checked.entry(*address).or_default() += 1;
                        }
                    }
                }
            });
            // Each wrong one checked keeps its count on the account, so the
            // account's limit bounds them all, successes in between or not.
            let total: u64 = wrong_checked.values().sum();
            prop_assert!(total <= 20, "{total}");
        }
    }
}

//! The sign-in throttle: strict per account, generous per address.
//!
//! Failed sign-ins are recorded in the database under two keys: the account named
//! ([`account_key`]) and the address the attempt came from ([`address_key`]).
//! Because they are in the database, not in a process, the limit holds however many
//! server processes share it. The per-account limit stops guessing one person's
//! password; the per-address limit is generous because a whole school class may
//! sign in from one address.
//!
//! How the web layer uses it, for each sign-in attempt:
//! 1. Count both keys' failures since the start of each window
//!    ([`Limit::window_start`], `ThrottleStore::sign_in_failures_since`) and
//!    [`decide`]. If throttled, answer `429` with `Retry-After` and do **not** check
//!    the password or record anything.
//! 2. Otherwise check the password (against the dummy if there is no such
//!    account, so both cases look alike).
//! 3. On failure, record a failure under both keys. On success, clear the
//!    **account** key only: clearing the address key would let one person with a
//!    valid account reset the count for everyone guessing from their address.
//! 4. From time to time, sweep failures older than [`ThrottlePolicy::sweep_before`].
//!
//! The account key is a SHA-256 of the lowercased login, so the table holds no
//! email addresses. (It is a pseudonym, not a secret: someone with the table and a
//! list of addresses could test them. It only records that sign-in failed.)

use crate::clock::Timestamp;
use crate::user::login_key;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::net::IpAddr;

/// At most `failures` failed sign-ins within `window_secs`; the next is throttled
/// until the oldest of them leaves the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limit {
    pub failures: u64,
    pub window_secs: u64,
}

impl Limit {
    /// The earliest moment whose failures still count (pass it to
    /// `ThrottleStore::sign_in_failures_since`, which includes it). A failure counts
    /// for exactly `window_secs` after it happened: at `at + window_secs` it no
    /// longer does, which is the moment [`decide`]'s `retry_after_secs` points to.
    pub fn window_start(&self, now: Timestamp) -> Timestamp {
        let start = now.plus_seconds(-secs_i64(self.window_secs));
        Timestamp::from_millis(start.as_millis().saturating_add(1))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThrottlePolicy {
    /// Per account named: strict (5 in 15 minutes).
    pub account: Limit,
    /// Per address (IPv4 address, or IPv6 /64): generous (100 in 15 minutes).
    pub address: Limit,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            account: Limit {
                failures: 5,
                window_secs: 900,
            },
            address: Limit {
                failures: 100,
                window_secs: 900,
            },
        }
    }
}

impl ThrottlePolicy {
    /// Failures recorded before this no longer count under either limit (pass it
    /// to `ThrottleStore::sweep_sign_in_failures`).
    pub fn sweep_before(&self, now: Timestamp) -> Timestamp {
        let longest = self.account.window_secs.max(self.address.window_secs);
        now.plus_seconds(-secs_i64(longest))
    }
}

fn secs_i64(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// The failures recorded under one key within its window, as the store counts
/// them: how many, and when the oldest was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    pub count: u64,
    pub oldest: Option<Timestamp>,
}

impl From<(u64, Option<Timestamp>)> for Failures {
    fn from((count, oldest): (u64, Option<Timestamp>)) -> Self {
        Self { count, oldest }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Refuse without checking the password; say when to try again.
    Throttled {
        retry_after_secs: u64,
    },
}

/// The throttle key for an account named at sign-in: `acct:` and the hex SHA-256
/// of the login as it is looked up (trimmed, lowercased). The same whether or not
/// the account exists, so throttling reveals nothing.
pub fn account_key(login: &str) -> String {
    let digest = Sha256::digest(login_key(login).as_bytes());
    format!("acct:{}", super::hex(&digest))
}

/// The throttle key for the address an attempt came from: `addr:` and the IPv4
/// address, or the IPv6 /64 network (one household or device usually has a whole
/// /64, so counting single IPv6 addresses would be no limit at all). An IPv4
/// address written in IPv6 form counts as the IPv4 address.
pub fn address_key(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => format!("addr:{v4}"),
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            for s in &mut segments[4..] {
                *s = 0;
            }
            format!("addr:{}/64", std::net::Ipv6Addr::from(segments))
        }
    }
}

/// Whether a sign-in attempt may go ahead, given the failures already counted
/// within each limit's window.
///
/// When throttled, `retry_after_secs` is when the oldest counting failure leaves
/// its window (at least 1 second); by then one more attempt is allowed.
pub fn decide(
    account: Failures,
    address: Failures,
    now: Timestamp,
    policy: &ThrottlePolicy,
) -> Decision {
    let wait = [(account, policy.account), (address, policy.address)]
        .into_iter()
        .filter(|(failures, limit)| failures.count >= limit.failures)
        .map(|(failures, limit)| retry_after(failures.oldest, limit, now))
        .max();
    match wait {
        None => Decision::Allow,
        Some(retry_after_secs) => Decision::Throttled { retry_after_secs },
    }
}

fn retry_after(oldest: Option<Timestamp>, limit: Limit, now: Timestamp) -> u64 {
    let Some(oldest) = oldest else {
        return limit.window_secs.max(1);
    };
    let frees_at = oldest.plus_seconds(secs_i64(limit.window_secs));
    let millis = frees_at.as_millis().saturating_sub(now.as_millis());
    let secs = u64::try_from(millis).unwrap_or(0).div_ceil(1000);
    secs.clamp(1, limit.window_secs.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, FixedClock};
    use proptest::prelude::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    /// A tiny in-memory failure log, standing in for the store.
    #[derive(Default)]
    struct Log(Vec<(String, Timestamp)>);

    impl Log {
        fn since(&self, key: &str, since: Timestamp) -> Failures {
            let times: Vec<Timestamp> = self
                .0
                .iter()
                .filter(|(k, at)| k == key && *at >= since)
                .map(|(_, at)| *at)
                .collect();
            Failures {
                count: times.len() as u64,
                oldest: times.iter().min().copied(),
            }
        }
        fn decide(&self, acct: &str, addr: &str, now: Timestamp, p: &ThrottlePolicy) -> Decision {
            decide(
                self.since(acct, p.account.window_start(now)),
                self.since(addr, p.address.window_start(now)),
                now,
                p,
            )
        }
    }

    #[test]
    fn five_wrong_passwords_lock_the_account_for_the_rest_of_the_window() {
        let clock = FixedClock::at(T0);
        let policy = ThrottlePolicy::default();
        let acct = account_key("sam@example.org");
        let addr = address_key(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7)));
        let mut log = Log::default();
        for _ in 0..5 {
            assert_eq!(
                log.decide(&acct, &addr, clock.now(), &policy),
                Decision::Allow
            );
            log.0.push((acct.clone(), clock.now()));
            log.0.push((addr.clone(), clock.now()));
            clock.advance_seconds(60);
        }
        // The first failure was at T0; it leaves the window at T0 + 900 s.
        assert_eq!(
            log.decide(&acct, &addr, clock.now(), &policy),
            Decision::Throttled {
                retry_after_secs: 900 - 300
            }
        );
        clock.advance_seconds(599);
        assert_eq!(
            log.decide(&acct, &addr, clock.now(), &policy),
            Decision::Throttled {
                retry_after_secs: 1
            }
        );
        clock.advance_seconds(1);
        assert_eq!(
            log.decide(&acct, &addr, clock.now(), &policy),
            Decision::Allow
        );
        // Someone else at the same address is not held up by Sam's account.
        let other = account_key("jo@example.org");
        assert_eq!(log.decide(&other, &addr, T0, &policy), Decision::Allow);
    }

    #[test]
    fn a_class_sharing_one_address_is_throttled_only_in_bulk() {
        let policy = ThrottlePolicy::default();
        let addr = address_key(IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9)));
        let mut log = Log::default();
        for pupil in 0..30 {
            // Each of 30 pupils mistypes three times: well under both limits.
            for _ in 0..3 {
                log.0.push((account_key(&format!("pupil{pupil}")), T0));
                log.0.push((addr.clone(), T0));
            }
        }
        assert_eq!(
            log.decide(&account_key("pupil0"), &addr, T0, &policy),
            Decision::Allow
        );
        for _ in 0..10 {
            log.0.push((addr.clone(), T0));
        }
        assert_eq!(
            log.decide(&account_key("pupil0"), &addr, T0.plus_seconds(30), &policy),
            Decision::Throttled {
                retry_after_secs: 870
            }
        );
    }

    #[test]
    fn the_longer_wait_wins() {
        let policy = ThrottlePolicy {
            account: Limit {
                failures: 1,
                window_secs: 60,
            },
            address: Limit {
                failures: 1,
                window_secs: 600,
            },
        };
        let failed = Failures {
            count: 1,
            oldest: Some(T0),
        };
        assert_eq!(
            decide(failed, failed, T0, &policy),
            Decision::Throttled {
                retry_after_secs: 600
            }
        );
        assert_eq!(policy.sweep_before(T0), T0.plus_seconds(-600));
    }

    #[test]
    fn account_keys_hold_no_address_and_ignore_case() {
        let key = account_key("  Sam.Jones@Example.org ");
        assert_eq!(key, account_key("sam.jones@example.org"));
        assert!(key.starts_with("acct:"));
        assert_eq!(key.len(), 5 + 64);
        assert!(!key.contains("sam"));
        assert_ne!(key, account_key("jo@example.org"));
    }

    #[test]
    fn address_keys_use_the_ipv6_slash_64() {
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(address_key(v4), "addr:192.0.2.7");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(address_key(mapped), "addr:192.0.2.7");
        let a: IpAddr = "2001:db8:1:2:aaaa:bbbb:cccc:dddd".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(a), "addr:2001:db8:1:2::/64");
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        assert_eq!(address_key(IpAddr::V6(Ipv6Addr::LOCALHOST)), "addr:::/64");
    }

    #[test]
    fn missing_oldest_waits_the_whole_window() {
        let policy = ThrottlePolicy::default();
        let over = Failures {
            count: 5,
            oldest: None,
        };
        assert_eq!(
            decide(over, Failures::default(), T0, &policy),
            Decision::Throttled {
                retry_after_secs: 900
            }
        );
        assert_eq!(Failures::from((3, Some(T0))).count, 3);
    }

    proptest! {
        #[test]
        fn under_both_limits_is_always_allowed(
            acct in 0u64..5, addr in 0u64..100, age in 0i64..900,
        ) {
            let oldest = Some(T0.plus_seconds(-age));
            prop_assert_eq!(
                decide(Failures { count: acct, oldest }, Failures { count: addr, oldest }, T0, &ThrottlePolicy::default()),
                Decision::Allow
            );
        }

        #[test]
        fn waiting_as_told_is_always_enough(
            mut ages_ms in proptest::collection::vec(0i64..2_000_000, 5),
        ) {
            // Exactly the limit of failures at assorted times; a throttled attempt
            // retried after `retry_after_secs` is allowed (nobody failed meanwhile).
            let policy = ThrottlePolicy::default();
            ages_ms.sort_unstable();
            let mut log = Log::default();
            for age in &ages_ms {
                log.0.push(("acct:k".into(), Timestamp::from_millis(T0.as_millis() - age)));
            }
            if let Decision::Throttled { retry_after_secs } = log.decide("acct:k", "addr:a", T0, &policy) {
                let later = T0.plus_seconds(retry_after_secs as i64);
                prop_assert_eq!(log.decide("acct:k", "addr:a", later, &policy), Decision::Allow);
                let just_before = Timestamp::from_millis(later.as_millis() - 1000);
                prop_assert!(
                    retry_after_secs == 1
                        || log.decide("acct:k", "addr:a", just_before, &policy) != Decision::Allow,
                    "told to wait longer than needed"
                );
            }
        }

        #[test]
        fn at_a_limit_the_wait_is_within_the_window(
            acct in 5u64..50, age_ms in 0i64..900_000, window in 1u64..100_000,
        ) {
            let policy = ThrottlePolicy {
                account: Limit { failures: 5, window_secs: window },
                ..ThrottlePolicy::default()
            };
            let oldest = Some(Timestamp::from_millis(T0.as_millis() - age_ms));
            match decide(Failures { count: acct, oldest }, Failures::default(), T0, &policy) {
                Decision::Throttled { retry_after_secs } => {
                    prop_assert!(retry_after_secs >= 1);
                    prop_assert!(retry_after_secs <= window);
                }
                Decision::Allow => prop_assert!(false, "over the limit was allowed"),
            }
        }
    }
}

//! The sign-in throttle: what is counted, under which keys, and how much is
//! allowed.
//!
//! Every password attempt is counted under three keys, in this order
//! ([`password_counters`]):
//!
//! 1. the account named **from this address** ([`account_at_address_key`]):
//!    strict (5 in 15 minutes), so one address cannot guess much;
//! 2. the **address** ([`address_key`]): generous (100 in 15 minutes), because a
//!    whole school class may sign in from one address;
//! 3. the **account** from every address together ([`account_key`]): higher
//!    than the first (50 in 15 minutes), so failures from one address never lock
//!    the owner out at home, while a guess spread over many addresses still stops.
//!
//! A second-factor code is counted under one key per person ([`code_counter`]).
//!
//! The counts live in the database (`ThrottleStore`), so the limits hold however
//! many server processes share it, and each attempt is counted **before** it is
//! checked, by one statement that returns the count including it: of N attempts
//! at once, each sees a different count, so exactly as many as the limit are
//! checked however many arrive together. How an attempt is counted, refused or
//! forgiven is [`super::attempt`].
//!
//! A count covers a fixed window that begins with the first attempt after the
//! last window ended ([`Limit::window_secs`] long). An attempt that is refused
//! waits until that window ends ([`Limit::retry_after`]); refused attempts do not
//! move it, so nobody can keep a lock on by hammering. (A fixed window lets
//! twice the limit through around a window's end, at most; over time the rate is
//! the limit.)
//!
//! Keys are pseudonyms: SHA-256 digests of the login as typed (trimmed and
//! lowercased, the same whether or not an account has it, so throttling reveals
//! nothing) and of the address, so the table holds neither. Someone with the
//! table and a list of logins or addresses could test them, so they are not
//! secrets; they only record that sign-in was tried.

use crate::clock::Timestamp;
use crate::ids::UserId;
use crate::user::{User, login_key};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::net::IpAddr;

/// At most `attempts` attempts that did not succeed within a window of
/// `window_secs`; the next is refused until the window ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limit {
    pub attempts: u64,
    pub window_secs: u64,
}

impl Limit {
    /// A window that began at or before this moment has ended at `now` (the
    /// store starts a new one there).
    pub fn ended_by(&self, now: Timestamp) -> Timestamp {
        now.plus_seconds(-secs_i64(self.window_secs))
    }

    /// Whether an attempt whose count (including itself) is `count` may go ahead.
    pub fn admits(&self, count: u64) -> bool {
        count <= self.attempts
    }

    /// Seconds until the window that began at `window_began` ends: at least 1,
    /// at most the window.
    pub fn retry_after(&self, window_began: Timestamp, now: Timestamp) -> u64 {
        let ends = window_began.plus_seconds(secs_i64(self.window_secs));
        let millis = ends.as_millis().saturating_sub(now.as_millis());
        let secs = u64::try_from(millis).unwrap_or(0).div_ceil(1000);
        secs.clamp(1, self.window_secs.max(1))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThrottlePolicy {
    /// Per account named from one address: strict (5 in 15 minutes).
    pub account_at_address: Limit,
    /// Per account named, from every address together: higher (50 in 15
    /// minutes), so one address cannot lock the owner out from another.
    pub account: Limit,
    /// Per address (IPv4 address, or IPv6 /64): generous (100 in 15 minutes).
    pub address: Limit,
    /// Second-factor codes, per person: as strict as passwords.
    pub code: Limit,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            account_at_address: Limit {
                attempts: 5,
                window_secs: 900,
            },
            account: Limit {
                attempts: 50,
                window_secs: 900,
            },
            address: Limit {
                attempts: 100,
                window_secs: 900,
            },
            code: super::mfa::CODE_LIMIT,
        }
    }
}

impl ThrottlePolicy {
    /// Counts whose window began before this have ended under every limit
    /// (pass it to `ThrottleStore::sweep_attempts`).
    pub fn sweep_before(&self, now: Timestamp) -> Timestamp {
        let longest = [
            self.account_at_address,
            self.account,
            self.address,
            self.code,
        ]
        .iter()
        .map(|l| l.window_secs)
        .max()
        .unwrap_or(0);
        now.plus_seconds(-secs_i64(longest))
    }
}

fn secs_i64(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// One key an attempt is counted under, with its limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    pub key: String,
    /// The account key this count belongs to, when it is one account's count
    /// from one address: what lets a reset lift every such count at once.
    pub account: Option<String>,
    pub limit: Limit,
}

/// What the store answers when it counts an attempt: the attempts in the
/// window, this one included, and when the window began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub attempts: u64,
    pub window_began: Timestamp,
}

/// The throttle key for an account named at sign-in: `acct:` and the hex SHA-256
/// of the login as it is looked up (trimmed, lowercased). The same whether or not
/// the account exists, so throttling reveals nothing.
pub fn account_key(login: &str) -> String {
    let digest = Sha256::digest(login_key(login).as_bytes());
    format!("acct:{}", super::hex(&digest))
}

/// The account keys of a person: one for each login they can sign in with
/// (email address, username).
pub fn account_keys_of(user: &User) -> Vec<String> {
    let logins = [
        user.email.as_ref().map(|e| e.as_str().to_owned()),
        user.username.clone(),
    ];
    logins.iter().flatten().map(|l| account_key(l)).collect()
}

/// The throttle key for the address an attempt came from: `addr:` and the hex
/// SHA-256 of its network ([`address_network`]), so the table holds no address.
pub fn address_key(ip: IpAddr) -> String {
    let digest = Sha256::digest(address_network(ip).as_bytes());
    format!("addr:{}", super::hex(&digest))
}

/// What one address limit covers: the IPv4 address, or the IPv6 /64 network
/// (one household or device usually has a whole /64, so counting single IPv6
/// addresses would be no limit at all). An IPv4 address written in IPv6 form
/// counts as the IPv4 address.
pub fn address_network(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            for s in &mut segments[4..] {
                *s = 0;
            }
            format!("{}/64", std::net::Ipv6Addr::from(segments))
        }
    }
}

/// The throttle key for one account from one address: `pair:` and the hex
/// SHA-256 of both keys, so the table holds neither login nor address for it.
pub fn account_at_address_key(account_key: &str, address_key: &str) -> String {
    let mut digest = Sha256::new();
    digest.update(account_key.as_bytes());
    digest.update(b"\n");
    digest.update(address_key.as_bytes());
    format!("pair:{}", super::hex(&digest.finalize()))
}

/// The counters of a password attempt naming `login` from `ip`, narrowest
/// first: the account from this address, the address, then the account
/// everywhere. An attempt refused by one is not counted by the ones after it,
/// so a single address guessing reaches the account's own limit by no more
/// than its strict share.
pub fn password_counters(login: &str, ip: IpAddr, policy: &ThrottlePolicy) -> Vec<Counter> {
    let account = account_key(login);
    let address = address_key(ip);
    vec![
        Counter {
            key: account_at_address_key(&account, &address),
            account: Some(account.clone()),
            limit: policy.account_at_address,
        },
        Counter {
            key: address,
            account: None,
            limit: policy.address,
        },
        Counter {
            key: account,
            account: None,
            limit: policy.account,
        },
    ]
}

/// The counter of one person's second-factor codes (from anywhere: the person
/// has already given their password).
pub fn code_counter(user: UserId, policy: &ThrottlePolicy) -> Vec<Counter> {
    vec![Counter {
        key: super::mfa::throttle_key(user),
        account: None,
        limit: policy.code,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::Email;
    use proptest::prelude::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn the_limits_are_strict_from_one_address_and_higher_for_the_account() {
        let p = ThrottlePolicy::default();
        assert_eq!(p.account_at_address.attempts, 5);
        assert!(p.account.attempts > p.account_at_address.attempts);
        assert!(p.address.attempts >= p.account.attempts);
        assert_eq!(p.code.attempts, 5);
        assert!(p.account_at_address.admits(5));
        assert!(!p.account_at_address.admits(6));
    }

    #[test]
    fn a_refused_attempt_waits_until_the_window_ends() {
        let limit = ThrottlePolicy::default().account_at_address;
        assert_eq!(limit.retry_after(T0, T0), 900);
        assert_eq!(limit.retry_after(T0, T0.plus_seconds(300)), 600);
        assert_eq!(
            limit.retry_after(T0, Timestamp::from_millis(T0.as_millis() + 899_001)),
            1
        );
        // Past the end (the store starts a new window then), still at least 1.
        assert_eq!(limit.retry_after(T0, T0.plus_seconds(2000)), 1);
        // A window that began a moment in the future (another server's clock).
        assert_eq!(limit.retry_after(T0.plus_seconds(5), T0), 900);
        assert_eq!(limit.ended_by(T0.plus_seconds(900)), T0);
    }

    #[test]
    fn the_sweep_keeps_the_longest_window() {
        let policy = ThrottlePolicy {
            address: Limit {
                attempts: 1,
                window_secs: 3600,
            },
            ..ThrottlePolicy::default()
        };
        assert_eq!(policy.sweep_before(T0), T0.plus_seconds(-3600));
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
    fn a_person_has_a_key_for_each_login() {
        let mut sam = User::new("Sam", Some(Email::parse("Sam@Example.org").unwrap()), T0).unwrap();
        assert_eq!(account_keys_of(&sam), vec![account_key("sam@example.org")]);
        sam.username = Some("sam.j".into());
        assert_eq!(
            account_keys_of(&sam),
            vec![account_key("sam@example.org"), account_key("SAM.J")]
        );
    }

    #[test]
    fn addresses_are_counted_by_ipv6_slash_64_under_a_digest() {
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(address_network(v4), "192.0.2.7");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(address_network(mapped), "192.0.2.7");
        assert_eq!(address_key(mapped), address_key(v4));
        let a: IpAddr = "2001:db8:1:2:aaaa:bbbb:cccc:dddd".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_network(a), "2001:db8:1:2::/64");
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        assert_eq!(address_network(IpAddr::V6(Ipv6Addr::LOCALHOST)), "::/64");
        let key = address_key(v4);
        assert!(key.starts_with("addr:"));
        assert_eq!(key.len(), 5 + 64);
        assert!(!key.contains("192"));
    }

    #[test]
    fn a_password_attempt_is_counted_narrowest_first_under_pseudonyms() {
        let policy = ThrottlePolicy::default();
        let home = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7));
        let school = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9));
        let at_home = password_counters("Sam@Example.org", home, &policy);
        let acct = account_key("sam@example.org");
        assert_eq!(at_home.len(), 3);
        assert!(at_home[0].key.starts_with("pair:"));
        assert_eq!(at_home[0].key.len(), 5 + 64);
        assert_eq!(at_home[0].account.as_deref(), Some(acct.as_str()));
        assert_eq!(at_home[0].limit, policy.account_at_address);
        assert_eq!(at_home[1].key, address_key(home));
        assert_eq!(at_home[1].limit, policy.address);
        assert_eq!(at_home[2].key, acct);
        assert_eq!(at_home[2].limit, policy.account);
        for c in &at_home {
            assert!(!c.key.contains("sam"), "{c:?}");
        }
        // Another address: another pair, the same account.
        let at_school = password_counters("sam@example.org", school, &policy);
        assert_ne!(at_school[0].key, at_home[0].key);
        assert_eq!(at_school[2].key, at_home[2].key);
        // Another account at the same address: another pair, the same address.
        let jo = password_counters("jo@example.org", home, &policy);
        assert_ne!(jo[0].key, at_home[0].key);
        assert_eq!(jo[1].key, at_home[1].key);
    }

    #[test]
    fn codes_are_counted_per_person() {
        let policy = ThrottlePolicy::default();
        let a = UserId::new();
        let counters = code_counter(a, &policy);
        assert_eq!(counters.len(), 1);
        assert_eq!(counters[0].key, super::super::mfa::throttle_key(a));
        assert_eq!(counters[0].limit, policy.code);
        assert_ne!(code_counter(UserId::new(), &policy)[0].key, counters[0].key);
    }

    proptest! {
        #[test]
        fn the_wait_is_within_the_window_and_ends_it(
            began_ago_ms in -5_000i64..2_000_000, window in 1u64..100_000,
        ) {
            let limit = Limit { attempts: 5, window_secs: window };
            let began = Timestamp::from_millis(T0.as_millis() - began_ago_ms);
            let wait = limit.retry_after(began, T0);
            prop_assert!(wait >= 1);
            prop_assert!(wait <= window);
            // Coming back when told, the window has ended (unless it began in
            // the future, when the wait is capped at one window).
            let back = T0.plus_seconds(wait as i64);
            if began_ago_ms >= 0 {
                prop_assert!(began <= limit.ended_by(back));
            }
        }
    }
}

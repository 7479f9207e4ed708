//! Sign-in attempts, counted per key within a window, before they are checked.

use super::*;
use moves_core::auth::attempt::{self, Begun};
use moves_core::auth::throttle::{
    Counted, Counter, Limit, ThrottlePolicy, account_key, address_key, password_counters,
};
use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr};

fn counted(attempts: u64, window_began: Timestamp) -> Counted {
    Counted {
        attempts,
        window_began,
    }
}

/// A counter with a 900 s window and room for `attempts`.
fn counter(key: &str, account: Option<&str>, attempts: u64) -> Counter {
    Counter {
        key: key.to_owned(),
        account: account.map(str::to_owned),
        limit: Limit {
            attempts,
            window_secs: 900,
        },
    }
}

/// Counts one attempt under `key` alone, `secs` after T0.
async fn count(store: &dyn Store, key: &str, secs: i64) -> Counted {
    let counts = store
        .count_attempt(&[counter(key, None, 1000)], T0.plus_seconds(secs))
        .await
        .unwrap();
    assert_eq!(counts.len(), 1);
    counts[0]
}

async fn now_counted(store: &dyn Store, key: &str) -> u64 {
    store
        .attempts_counted(key)
        .await
        .unwrap()
        .map_or(0, |c| c.attempts)
}

pub async fn sign_in_attempts_are_counted_per_key_within_their_window(store: &dyn Store) {
    let pair = "pair:5a3f";
    let addr = "addr:77c1";
    assert_eq!(store.attempts_counted(pair).await.unwrap(), None);
    assert_eq!(count(store, pair, 0).await, counted(1, T0));
    assert_eq!(
        count(store, pair, 0).await,
        counted(2, T0),
        "two at one moment are two"
    );
    assert_eq!(
        count(store, pair, 60).await,
        counted(3, T0),
        "the window stays put"
    );
    assert_eq!(
        count(store, addr, 60).await,
        counted(1, T0.plus_seconds(60)),
        "keys are apart"
    );
    assert_eq!(count(store, pair, 899).await, counted(4, T0));
    assert_eq!(
        store.attempts_counted(pair).await.unwrap(),
        Some(counted(4, T0))
    );
    // At T0 + 900 s the window that began at T0 has ended: a new one begins.
    assert_eq!(
        count(store, pair, 900).await,
        counted(1, T0.plus_seconds(900))
    );
    assert_eq!(
        count(store, addr, 900).await,
        counted(2, T0.plus_seconds(60))
    );

    // Taking one back: only in the window it was counted in, never below zero.
    let settle = |forget: Vec<(String, Timestamp)>| async move {
        store.settle_attempt("pair:none", &forget).await.unwrap();
    };
    settle(vec![(pair.to_owned(), T0)]).await;
    assert_eq!(now_counted(store, pair).await, 1, "an ended window");
    settle(vec![(pair.to_owned(), T0.plus_seconds(900))]).await;
    assert_eq!(now_counted(store, pair).await, 0);
    settle(vec![(pair.to_owned(), T0.plus_seconds(900))]).await;
    assert_eq!(
        now_counted(store, pair).await,
        0,
        "nothing left to take back"
    );
    assert_eq!(
        count(store, pair, 901).await,
        counted(1, T0.plus_seconds(900))
    );
}

/// An attempt is counted under its counters in order; the first over its limit
/// refuses it, the ones before take it back, the ones after never see it.
pub async fn an_attempt_counts_only_where_it_was_refused(store: &dyn Store) {
    let at_home = [
        counter("pair:home", Some("acct:sam"), 2),
        counter("addr:home", None, 100),
        counter("acct:sam", None, 3),
    ];
    for n in 1..=2 {
        let counts = store.count_attempt(&at_home, T0).await.unwrap();
        assert_eq!(counts, vec![counted(n, T0); 3]);
    }
    // The third from home is over the strict count: only it keeps the attempt.
    let counts = store.count_attempt(&at_home, T0).await.unwrap();
    assert_eq!(counts, vec![counted(3, T0)]);
    assert_eq!(now_counted(store, "addr:home").await, 2);
    assert_eq!(now_counted(store, "acct:sam").await, 2);
    // From school, the account's count refuses the second: the school's
    // counts take it back.
    let at_school = [
        counter("pair:school", Some("acct:sam"), 2),
        counter("addr:school", None, 100),
        counter("acct:sam", None, 3),
    ];
    assert_eq!(
        store.count_attempt(&at_school, T0).await.unwrap(),
        vec![counted(1, T0), counted(1, T0), counted(3, T0)]
    );
    assert_eq!(
        store.count_attempt(&at_school, T0).await.unwrap(),
        vec![counted(2, T0), counted(2, T0), counted(4, T0)]
    );
    assert_eq!(now_counted(store, "pair:school").await, 1);
    assert_eq!(now_counted(store, "addr:school").await, 1);
}

pub async fn sign_in_attempts_are_cleared_by_key_by_account_and_swept(store: &dyn Store) {
    let sam = "acct:5a3f";
    let sam_home = "pair:0001";
    let sam_school = "pair:0002";
    let jo = "acct:77c1";
    let jo_school = "pair:0003";
    let school = "addr:9e10";
    for (key, account, secs) in [
        (sam, None, 0),
        (sam_home, Some(sam), 0),
        (sam_school, Some(sam), 10),
        (jo, None, 20),
        (jo_school, Some(jo), 20),
        (school, None, 30),
    ] {
        store
            .count_attempt(&[counter(key, account, 1000)], T0.plus_seconds(secs))
            .await
            .unwrap();
    }
    // A success clears its own key, and nothing else.
    store.settle_attempt(sam_home, &[]).await.unwrap();
    assert_eq!(store.attempts_counted(sam_home).await.unwrap(), None);
    assert_eq!(now_counted(store, sam).await, 1);
    // A used reset link lifts the account's count and its counts from every
    // address, and no one else's.
    assert_eq!(store.clear_account_attempts(sam).await.unwrap(), 2);
    assert_eq!(store.clear_account_attempts(sam).await.unwrap(), 0);
    for (key, left) in [
        (sam, 0),
        (sam_school, 0),
        (jo, 1),
        (jo_school, 1),
        (school, 1),
    ] {
        assert_eq!(now_counted(store, key).await, left, "{key}");
    }
    // The sweep removes counts whose window began before its bound.
    assert_eq!(
        store.sweep_attempts(T0.plus_seconds(30)).await.unwrap(),
        2,
        "jo's two, begun at T0 + 20 s"
    );
    assert_eq!(store.attempts_counted(jo).await.unwrap(), None);
    assert_eq!(now_counted(store, school).await, 1);
    assert_eq!(store.sweep_attempts(T0.plus_seconds(30)).await.unwrap(), 0);
}

/// Forty attempts at once on one key, as from many requests on several
/// servers: forty different counts. Then sixty wrong passwords at once against
/// one account: exactly the limit of them may be checked.
pub async fn concurrent_attempts_on_one_key_each_get_their_own_count(store: &dyn Store) {
    let race = [counter("pair:race", Some("acct:race"), 1000)];
    let counts = futures::future::join_all((0..40).map(|_| store.count_attempt(&race, T0))).await;
    let seen: BTreeSet<u64> = counts
        .iter()
        .map(|c| c.as_ref().unwrap()[0].attempts)
        .collect();
    assert_eq!(seen, (1..=40).collect::<BTreeSet<u64>>());
    assert!(
        counts
            .iter()
            .all(|c| c.as_ref().unwrap()[0].window_began == T0)
    );

    let policy = ThrottlePolicy::default();
    let from = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 66));
    let counters = password_counters("sam@example.org", from, &policy);
    let begun =
        futures::future::join_all((0..60).map(|_| attempt::begin(store, &counters, T0))).await;
    let checked = begun
        .into_iter()
        .filter(|b| matches!(b.as_ref().unwrap(), Begun::Go(_)))
        .count();
    assert_eq!(checked as u64, policy.account_at_address.attempts);
    // The refused ones were not counted for the address or the account.
    assert_eq!(now_counted(store, &counters[1].key).await, 5);
    assert_eq!(now_counted(store, &counters[2].key).await, 5);
}

type Job<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'a>>;

/// Two hundred countings, settlings, liftings of an account's locks and sweeps,
/// all at once on the same rows (their windows ended, so the sweep wants the
/// rows the attempts restart): every one completes. On PostgreSQL, a sweep or
/// a lifting that locked rows in another order than attempts do deadlocked
/// here most times.
pub async fn counting_lifting_and_sweeping_at_once_all_complete(store: &dyn Store) {
    let from = |address: &str| {
        [
            counter(&format!("pair:{address}"), Some("acct:sam"), 1000),
            counter(&format!("addr:{address}"), None, 1000),
            counter("acct:sam", None, 1000),
        ]
    };
    let (home, school) = (from("home"), from("school"));
    for counters in [&home, &school] {
        store.count_attempt(counters, T0).await.unwrap();
    }
    let later = T0.plus_seconds(1000);
    let work: Vec<Job<'_>> = (0..200)
        .map(|i| -> Job<'_> {
            let counters = if i % 2 == 0 {
                home.clone()
            } else {
                school.clone()
            };
            match i % 4 {
                0 | 1 => Box::pin(async move {
                    let counts = store.count_attempt(&counters, later).await.unwrap();
                    let forget: Vec<(String, Timestamp)> = counters[1..]
                        .iter()
                        .zip(&counts[1..])
                        .map(|(c, n)| (c.key.clone(), n.window_began))
                        .collect();
                    store
                        .settle_attempt(&counters[0].key, &forget)
                        .await
                        .unwrap();
                }),
                2 => Box::pin(async move {
                    store.clear_account_attempts("acct:sam").await.unwrap();
                }),
                _ => Box::pin(async move {
                    store.sweep_attempts(later).await.unwrap();
                }),
            }
        })
        .collect();
    // Each job unwraps its own result: an error (a deadlock) fails the story.
    futures::future::join_all(work).await;
}

/// One address guessing forever uses up no more of the account's count than
/// its own strict share, so the owner still gets in from elsewhere; a guess
/// spread over many addresses stops at the account's limit.
pub async fn guesses_from_one_address_never_lock_the_owner_out(store: &dyn Store) {
    let policy = ThrottlePolicy::default();
    let from = |last: u8| IpAddr::V4(Ipv4Addr::new(192, 0, 2, last));
    let try_from = |last: u8| {
        let counters = password_counters("sam", from(last), &policy);
        async move { attempt::begin(store, &counters, T0).await.unwrap() }
    };
    let mut checked = 0;
    for _ in 0..200 {
        if let Begun::Go(_) = try_from(66).await {
            checked += 1;
        }
    }
    assert_eq!(checked, 5);
    assert_eq!(now_counted(store, &account_key("sam")).await, 5);
    assert_eq!(now_counted(store, &address_key(from(66))).await, 5);
    let Begun::Go(home) = try_from(7).await else {
        panic!("the owner at home was refused");
    };
    home.succeeded(store).await.unwrap();
    assert_eq!(
        now_counted(store, &account_key("sam")).await,
        5,
        "her sign-in took back only her own attempt"
    );
    // Nine more addresses, five each: fifty. The next address is refused.
    for last in 100..109 {
        for _ in 0..5 {
            assert!(matches!(try_from(last).await, Begun::Go(_)));
        }
    }
    let Begun::Refused { retry_after_secs } = try_from(200).await else {
        panic!("the fifty-first was checked");
    };
    assert_eq!(retry_after_secs, 900);
    assert_eq!(now_counted(store, &address_key(from(200))).await, 0);
}

/// Failures as the table before migration 0019 held them, one row each: a
/// backend's way back to before it inserts these (`key`, `at` in ms).
pub const FAILURES_BEFORE_0019: [(&str, i64); 5] = [
    ("acct:5a3f", T0.as_millis()),
    ("acct:5a3f", T0.as_millis() + 60_000),
    ("mfa:0190a1b2", T0.as_millis() + 10_000),
    ("addr:192.0.2.7", T0.as_millis()),
    ("addr:192.0.2.7", T0.as_millis() + 5_000),
];

/// Upgrading a database made before migration 0019: an account's failures and
/// a person's wrong codes carry over as counts, their window from the oldest;
/// the counts kept under raw addresses go, with the addresses.
pub async fn failures_from_before_0019_carry_over_as_counts<F: AsyncFnOnce()>(
    store: &dyn Store,
    back_and_upgrade: F,
) {
    back_and_upgrade().await;
    assert_eq!(
        store.attempts_counted("acct:5a3f").await.unwrap(),
        Some(counted(2, T0))
    );
    assert_eq!(
        store.attempts_counted("mfa:0190a1b2").await.unwrap(),
        Some(counted(1, T0.plus_seconds(10)))
    );
    assert_eq!(
        store.attempts_counted("addr:192.0.2.7").await.unwrap(),
        None
    );
    // And counting goes on from there.
    assert_eq!(count(store, "acct:5a3f", 90).await, counted(3, T0));
}

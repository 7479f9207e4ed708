//! How long a session lives: it ends after 30 minutes without activity (idle) or
//! 12 hours after sign-in (absolute), whichever comes first. Both are configurable.
//!
//! A session is live strictly before [`SessionPolicy::expires_at`]. The sweep
//! bounds ([`SessionPolicy::sweep_bounds`], for `SessionStore::end_expired_sessions`)
//! only ever remove sessions that are no longer live.

use crate::clock::Timestamp;
use crate::session::Session;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPolicy {
    /// Seconds without activity after which a session ends.
    pub idle_secs: u64,
    /// Seconds after sign-in after which a session ends, however active.
    pub absolute_secs: u64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle_secs: 1800,
            absolute_secs: 43_200,
        }
    }
}

fn secs_i64(secs: u64) -> i64 {
    i64::try_from(secs).unwrap_or(i64::MAX)
}

impl SessionPolicy {
    /// The moment the session ends unless there is activity first: the earlier of
    /// the idle and the absolute limits.
    pub fn expires_at(&self, session: &Session) -> Timestamp {
        let idle = session.last_seen_at.plus_seconds(secs_i64(self.idle_secs));
        let absolute = session
            .created_at
            .plus_seconds(secs_i64(self.absolute_secs));
        idle.min(absolute)
    }

    pub fn is_live(&self, session: &Session, now: Timestamp) -> bool {
        now < self.expires_at(session)
    }

    /// Whole seconds until the session ends, rounded up (so it is 0 exactly when the
    /// session is no longer live): for the "stay signed in?" warning.
    pub fn seconds_left(&self, session: &Session, now: Timestamp) -> u64 {
        let millis = self
            .expires_at(session)
            .as_millis()
            .saturating_sub(now.as_millis());
        u64::try_from(millis).unwrap_or(0).div_ceil(1000)
    }

    /// `(idle_before, started_before)` for `SessionStore::end_expired_sessions`: a
    /// session last seen before the first, or started before the second, has ended.
    pub fn sweep_bounds(&self, now: Timestamp) -> (Timestamp, Timestamp) {
        (
            now.plus_seconds(-secs_i64(self.idle_secs)),
            now.plus_seconds(-secs_i64(self.absolute_secs)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, FixedClock};
    use crate::ids::UserId;
    use proptest::prelude::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn session(created: Timestamp, last_seen: Timestamp) -> Session {
        Session {
            token_hash: "h".into(),
            user_id: UserId::new(),
            org_id: None,
            created_at: created,
            last_seen_at: last_seen,
            stage: crate::session::SessionStage::Full,
        }
    }

    /// What the store's sweep removes, written out as its SQL says.
    fn swept(p: &SessionPolicy, s: &Session, now: Timestamp) -> bool {
        let (idle_before, started_before) = p.sweep_bounds(now);
        s.last_seen_at < idle_before || s.created_at < started_before
    }

    #[test]
    fn idle_for_thirty_minutes_ends_the_session() {
        let clock = FixedClock::at(T0);
        let policy = SessionPolicy::default();
        let s = session(T0, T0);
        clock.advance_seconds(1799);
        assert!(policy.is_live(&s, clock.now()));
        assert_eq!(policy.seconds_left(&s, clock.now()), 1);
        clock.advance_seconds(1);
        assert!(!policy.is_live(&s, clock.now()));
        assert_eq!(policy.seconds_left(&s, clock.now()), 0);
        assert_eq!(policy.expires_at(&s), T0.plus_seconds(1800));
    }

    #[test]
    fn activity_keeps_it_alive_but_never_past_twelve_hours() {
        let clock = FixedClock::at(T0);
        let policy = SessionPolicy::default();
        let mut s = session(T0, T0);
        // Active every 20 minutes, all day.
        for _ in 0..35 {
            clock.advance_seconds(1200);
            assert!(policy.is_live(&s, clock.now()));
            s.last_seen_at = clock.now();
        }
        assert_eq!(clock.now(), T0.plus_seconds(42_000));
        assert_eq!(policy.expires_at(&s), T0.plus_seconds(43_200));
        assert_eq!(policy.seconds_left(&s, clock.now()), 1200);
        clock.advance_seconds(1200);
        assert!(!policy.is_live(&s, clock.now()));
    }

    #[test]
    fn configurable() {
        let policy = SessionPolicy {
            idle_secs: 60,
            absolute_secs: 120,
        };
        let s = session(T0, T0.plus_seconds(100));
        assert_eq!(policy.expires_at(&s), T0.plus_seconds(120));
        assert_eq!(policy.seconds_left(&s, T0.plus_seconds(119)), 1);
        // Partial seconds round up.
        assert_eq!(
            policy.seconds_left(&s, Timestamp::from_millis(T0.as_millis() + 119_001)),
            1
        );
    }

    proptest! {
        #[test]
        fn seconds_left_is_zero_exactly_when_ended_and_the_sweep_spares_the_live(
            created in 0i64..100_000_000,
            seen_after in 0i64..100_000_000,
            now_after in 0i64..200_000_000,
            idle in 1u64..100_000,
            absolute in 1u64..200_000,
        ) {
            let policy = SessionPolicy { idle_secs: idle, absolute_secs: absolute };
            let created = Timestamp::from_millis(T0.as_millis() + created);
            let seen = Timestamp::from_millis(created.as_millis() + seen_after);
            let now = Timestamp::from_millis(seen.as_millis() + now_after);
            let s = session(created, seen);
            let live = policy.is_live(&s, now);
            prop_assert_eq!(policy.seconds_left(&s, now) > 0, live);
            prop_assert!(policy.expires_at(&s) <= created.plus_seconds(absolute as i64));
            prop_assert!(policy.expires_at(&s) <= seen.plus_seconds(idle as i64));
            if live {
                prop_assert!(!swept(&policy, &s, now), "a live session was swept");
            }
        }
    }
}

//! When "since you last looked" begins. Looking at the home page again within
//! a sitting (signing in lands on it, then a reload, then back from a circle)
//! must not swallow what was new at the start of that sitting: the window
//! moves on only when the person comes back after a break.

use crate::clock::Timestamp;

/// A look at the home page this long after the one before starts a new
/// sitting (the default idle sign-out).
pub const SITTING_SECONDS: i64 = 30 * 60;

/// One look at the home page: what counts as new, and when it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeVisit {
    /// What was shared after this is new; `None`: everything is (a first look).
    pub since: Option<Timestamp>,
    pub at: Timestamp,
}

impl HomeVisit {
    /// The look at `now`, after `previous` (the last one recorded, if any).
    pub fn next(previous: Option<HomeVisit>, now: Timestamp) -> HomeVisit {
        let since = match previous {
            None => None,
            // The same sitting (or a clock that went back): the same window.
            Some(p) if now.as_millis() - p.at.as_millis() < SITTING_SECONDS * 1000 => p.since,
            Some(p) => Some(p.at),
        };
        HomeVisit { since, at: now }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn a_first_look_shows_everything() {
        assert_eq!(
            HomeVisit::next(None, T0),
            HomeVisit {
                since: None,
                at: T0
            }
        );
    }

    #[test]
    fn looking_again_within_a_sitting_keeps_the_window() {
        let first = HomeVisit::next(None, T0);
        let reload = HomeVisit::next(Some(first), T0.plus_seconds(5));
        assert_eq!(reload.since, None);
        let earlier = HomeVisit {
            since: Some(T0.plus_seconds(-86_400)),
            at: T0,
        };
        let later = HomeVisit::next(Some(earlier), T0.plus_seconds(SITTING_SECONDS - 1));
        assert_eq!(later.since, earlier.since);
        assert_eq!(later.at, T0.plus_seconds(SITTING_SECONDS - 1));
        // A sitting is measured from the last look, so a long one goes on.
        let still = HomeVisit::next(Some(later), later.at.plus_seconds(SITTING_SECONDS - 1));
        assert_eq!(still.since, earlier.since);
    }

    #[test]
    fn coming_back_after_a_break_starts_from_the_last_look() {
        let earlier = HomeVisit {
            since: Some(T0.plus_seconds(-86_400)),
            at: T0,
        };
        let back = HomeVisit::next(Some(earlier), T0.plus_seconds(SITTING_SECONDS));
        assert_eq!(back.since, Some(T0));
    }

    #[test]
    fn a_clock_that_went_back_keeps_the_window() {
        let earlier = HomeVisit {
            since: Some(T0.plus_seconds(-86_400)),
            at: T0,
        };
        let back = HomeVisit::next(Some(earlier), T0.plus_seconds(-600));
        assert_eq!(back.since, earlier.since);
    }
}

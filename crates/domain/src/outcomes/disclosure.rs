//! The disclosure rule for shared reports (docs/outcomes.md, section 4,
//! rules 1 to 5 and 7; version `disclosure-1`).
//!
//! A shared figure exists only as a `Protected…` value, and those are made
//! only here, through a [`Release`], which is made only for a population of
//! at least 20 young people (rule 7). So a page, a CSV or a JSON writer that
//! is handed shared figures cannot show an unprotected number by accident:
//! there is no way to get one back out. Rule 3 (totals protected on their
//! own) follows from the same design, since protected counts cannot be
//! added up. Rule 6 (calendar periods only) is [`super::period`]; rule 8
//! (recording each release) and rule 9 (no near neighbours) need the store
//! and belong to `core`.

use std::fmt;
use thiserror::Error;

/// Carried by every shared figure, so a later release can be checked
/// against earlier ones under the rule it was made with.
pub const RULE_VERSION: &str = "disclosure-1";
/// Rule 1: counts from 1 to this are shown as `*`.
pub const SUPPRESS_UP_TO: u64 = 7;
/// Rule 2: other counts are rounded to the nearest multiple of this.
pub const ROUND_TO: u64 = 5;
/// Rule 4: a percentage needs a rounded denominator of at least this.
pub const MIN_PERCENT_DENOMINATOR: u64 = 20;
/// Rule 5: a mean or an interval needs at least this many values.
pub const MIN_MEAN_VALUES: u64 = 8;
/// Rule 7: a filter combination needs at least this many young people.
pub const MIN_POPULATION: u64 = 20;

/// Rule 7: the figures for this filter combination are not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error(
    "too few young people match these filters to show figures without risk of identifying someone: choose a longer period or fewer filters"
)]
pub struct Refused;

/// Leave to publish shared figures for one filter combination (period,
/// team, age band, perspective): made only when its population passes
/// rule 7, and the only maker of protected figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    population: ProtectedCount,
}

impl Release {
    /// `young_people`: the young people whose circles are included.
    pub fn for_population(young_people: u64) -> Result<Self, Refused> {
        if young_people < MIN_POPULATION {
            return Err(Refused);
        }
        Ok(Self {
            population: protect(young_people),
        })
    }

    /// The population itself, protected like any count.
    pub fn population(&self) -> ProtectedCount {
        self.population
    }

    /// Rules 1 and 2 for a count from the data. A zero from the data is
    /// shown as `*` like a 1 (rule 1's judgement: it tells as much).
    pub fn count(&self, n: u64) -> ProtectedCount {
        protect(n)
    }

    /// A zero by definition, not from the data (no circles in a team that has
    /// none): the only way a shared 0 is shown.
    pub fn zero_by_definition(&self) -> ProtectedCount {
        ProtectedCount(Cell::ZeroByDefinition)
    }

    /// Rule 4: `part` as a whole percentage of `whole`, from the rounded
    /// figures, only when the rounded `whole` is at least 20 and `part` is
    /// shown.
    pub fn percent(&self, part: ProtectedCount, whole: ProtectedCount) -> ProtectedPercent {
        match (part.shown(), whole.shown()) {
            (Some(p), Some(w)) if w >= MIN_PERCENT_DENOMINATOR => {
                // Nearest whole percent, halves up, in integers.
                ProtectedPercent(Some((p * 200 + w) / (w * 2)))
            }
            _ => ProtectedPercent(None),
        }
    }

    /// Rule 5: a mean (or one end of an interval) of `values` values is
    /// shown only when there are at least 8 of them.
    pub fn mean(&self, values: u64, mean: f64) -> ProtectedMean {
        ProtectedMean((values >= MIN_MEAN_VALUES && mean.is_finite()).then_some(mean))
    }

    pub fn version(&self) -> &'static str {
        RULE_VERSION
    }
}

fn protect(n: u64) -> ProtectedCount {
    ProtectedCount(if n <= SUPPRESS_UP_TO {
        Cell::Suppressed
    } else {
        // Nearest multiple of 5; an integer is never exactly half way.
        Cell::Rounded((n + ROUND_TO / 2) / ROUND_TO * ROUND_TO)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Suppressed,
    Rounded(u64),
    ZeroByDefinition,
}

/// A count that passed the rule. Shown as `*` or a multiple of 5 (or a 0
/// that is zero by definition).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProtectedCount(Cell);

impl ProtectedCount {
    /// The number to show (and draw), or `None` for `*`.
    pub fn shown(self) -> Option<u64> {
        match self.0 {
            Cell::Suppressed => None,
            Cell::Rounded(n) => Some(n),
            Cell::ZeroByDefinition => Some(0),
        }
    }

    pub fn version(self) -> &'static str {
        RULE_VERSION
    }
}

impl fmt::Display for ProtectedCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.shown() {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("*"),
        }
    }
}

/// A whole percentage that passed rule 4, or `*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProtectedPercent(Option<u64>);

impl ProtectedPercent {
    pub fn shown(self) -> Option<u64> {
        self.0
    }

    pub fn version(self) -> &'static str {
        RULE_VERSION
    }
}

impl fmt::Display for ProtectedPercent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(p) => write!(f, "{p}%"),
            None => f.write_str("*"),
        }
    }
}

/// A mean or an end of an interval that passed rule 5, or `*`. Shown to one
/// decimal place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProtectedMean(Option<f64>);

impl ProtectedMean {
    pub fn shown(self) -> Option<f64> {
        self.0
    }

    pub fn version(self) -> &'static str {
        RULE_VERSION
    }
}

impl fmt::Display for ProtectedMean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(m) => write!(f, "{m:.1}"),
            None => f.write_str("*"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn release() -> Release {
        Release::for_population(20).expect("20 is enough")
    }

    #[test]
    fn counts_at_the_boundaries() {
        let r = release();
        for (n, shown) in [
            (0, "*"),
            (1, "*"),
            (7, "*"),
            (8, "10"),
            (12, "10"),
            (13, "15"),
            (17, "15"),
            (18, "20"),
            (19, "20"),
            (20, "20"),
            (22, "20"),
            (23, "25"),
        ] {
            assert_eq!(r.count(n).to_string(), shown, "{n}");
            assert_eq!(r.count(n).version(), "disclosure-1");
        }
        assert_eq!(r.zero_by_definition().to_string(), "0");
        assert_eq!(r.zero_by_definition().shown(), Some(0));
        assert_eq!(r.count(0).shown(), None);
    }

    #[test]
    fn populations_under_20_are_refused() {
        for n in [0, 1, 7, 8, 12, 13, 17, 18, 19] {
            assert_eq!(Release::for_population(n), Err(Refused), "{n}");
        }
        for n in [20, 22, 23, 1000] {
            let r = Release::for_population(n).expect("enough");
            assert_eq!(r.population(), r.count(n));
            assert_eq!(r.version(), "disclosure-1");
        }
        assert!(Refused.to_string().contains("choose"));
    }

    #[test]
    fn percentages_need_a_rounded_denominator_of_20_and_use_rounded_figures() {
        let r = release();
        let pct = |part, whole| r.percent(r.count(part), r.count(whole)).to_string();
        // Denominators: 17 → 15 (refused), 18 → 20 (shown).
        assert_eq!(pct(8, 17), "*");
        assert_eq!(pct(8, 18), "50%", "10 of 20, not 8 of 18 (44%)");
        assert_eq!(pct(13, 18), "75%", "15 of 20, not 13 of 18 (72%)");
        assert_eq!(pct(7, 100), "*", "a suppressed part gives no percentage");
        assert_eq!(pct(0, 100), "*", "nor does a zero from the data");
        assert_eq!(pct(22, 23), "80%");
        assert_eq!(pct(8, 40), "25%");
        assert_eq!(pct(8, 30), "33%");
        assert_eq!(pct(13, 40), "38%", "15 of 40 is 37.5%: halves go up");
        assert_eq!(
            r.percent(r.zero_by_definition(), r.count(40)).to_string(),
            "0%"
        );
        assert_eq!(
            r.percent(r.count(40), r.zero_by_definition()).to_string(),
            "*"
        );
    }

    #[test]
    fn means_from_fewer_than_8_values_are_hidden() {
        let r = release();
        assert_eq!(r.mean(7, 2.5).to_string(), "*");
        assert_eq!(r.mean(0, 2.5).to_string(), "*");
        assert_eq!(r.mean(8, 2.5).to_string(), "2.5");
        assert_eq!(r.mean(8, -16.559).to_string(), "-16.6");
        assert_eq!(r.mean(100, f64::NAN).to_string(), "*");
    }

    proptest! {
        #[test]
        fn rounding_is_idempotent_close_and_a_multiple_of_5(n in 8u64..1_000_000) {
            let r = release();
            let once = r.count(n).shown().expect("8 or more is shown");
            prop_assert_eq!(once % 5, 0);
            prop_assert!(once.abs_diff(n) <= 2);
            prop_assert_eq!(r.count(once).shown(), Some(once));
        }

        #[test]
        fn rounding_is_monotone(a in 0u64..10_000, b in 0u64..10_000) {
            let r = release();
            let (lo, hi) = (a.min(b), a.max(b));
            // `*` sits below every shown number: it stands for 0 to 7.
            prop_assert!(r.count(lo).shown() <= r.count(hi).shown());
        }

        #[test]
        fn a_shown_count_is_never_1_to_7(n in 0u64..10_000) {
            let shown = release().count(n).shown();
            prop_assert!(shown.is_none_or(|s| s >= 10));
        }

        #[test]
        fn a_shown_percentage_never_exceeds_what_the_rounded_figures_allow(
            part in 0u64..500, whole in 0u64..500
        ) {
            let r = release();
            let (p, w) = (r.count(part), r.count(whole));
            if let Some(pct) = r.percent(p, w).shown() {
                let (p, w) = (p.shown().expect("shown"), w.shown().expect("shown"));
                prop_assert!(w >= 20);
                prop_assert!((pct as f64 - 100.0 * p as f64 / w as f64).abs() <= 0.5);
            }
        }
    }
}

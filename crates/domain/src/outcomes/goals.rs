//! Goal Based Outcomes in a report (docs/outcomes.md, section 1): counted
//! per goal, not per circle. A goal with a first and a later rating is a
//! pair; its change is latest − first. Reported: goals set, goals with a
//! pair, the mean change with a 95% confidence interval (Student's t, so two
//! goals get the wide interval they deserve), and how many changed reliably
//! (|change| ≥ 2.45, the published GBO threshold). Never a ranking.

use crate::plan::Goal;

/// The published reliable change threshold on the 0–10 scale
/// (Edbrooke-Childs, Jacob, Law, Deighton & Wolpert 2015). Ratings are whole
/// numbers, so in practice a change of 3 or more.
pub const RELIABLE_CHANGE: f64 = 2.45;

/// A goal's ratings as a report reads them: the first and, when there was a
/// later one, the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalRatings {
    pub first: Option<u8>,
    pub latest: Option<u8>,
}

impl GoalRatings {
    pub fn of(goal: &Goal) -> Self {
        let first = goal.ratings.first().map(|r| r.score);
        let latest = goal
            .ratings
            .get(1..)
            .and_then(|later| later.last())
            .map(|r| r.score);
        Self { first, latest }
    }

    /// Latest − first, when the goal has a pair.
    pub fn change(self) -> Option<i16> {
        Some(i16::from(self.latest?) - i16::from(self.first?))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoalsSummary {
    pub set: u64,
    pub with_pair: u64,
    /// `None` without a pair.
    pub mean_change: Option<f64>,
    /// The sample standard deviation of the changes; `None` under 2 pairs.
    pub sd: Option<f64>,
    /// 95% interval for the mean change; `None` under 2 pairs.
    pub interval: Option<Interval>,
    pub reliably_improved: u64,
    pub no_reliable_change: u64,
    pub reliably_worse: u64,
}

pub fn summarise(goals: &[GoalRatings]) -> GoalsSummary {
    let changes: Vec<f64> = goals
        .iter()
        .filter_map(|g| g.change())
        .map(f64::from)
        .collect();
    let n = changes.len();
    let count = |keep: fn(f64) -> bool| changes.iter().filter(|c| keep(**c)).count() as u64;
    let mean = (n > 0).then(|| changes.iter().sum::<f64>() / n as f64);
    let sd = mean.filter(|_| n >= 2).map(|mean| {
        let squares: f64 = changes.iter().map(|c| (c - mean).powi(2)).sum();
        (squares / (n - 1) as f64).sqrt()
    });
    let interval = match (mean, sd) {
        (Some(mean), Some(sd)) => {
            let half = t_95(n - 1) * sd / (n as f64).sqrt();
            Some(Interval {
                low: mean - half,
                high: mean + half,
            })
        }
        _ => None,
    };
    GoalsSummary {
        set: goals.len() as u64,
        with_pair: n as u64,
        mean_change: mean,
        sd,
        interval,
        reliably_improved: count(|c| c >= RELIABLE_CHANGE),
        no_reliable_change: count(|c| c.abs() < RELIABLE_CHANGE),
        reliably_worse: count(|c| c <= -RELIABLE_CHANGE),
    }
}

/// Two-sided 95% critical values of Student's t for 1 to 30 degrees of
/// freedom (standard tables, three decimals).
const T_95: [f64; 30] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042,
];

/// Student's t for a two-sided 95% interval with `df` degrees of freedom.
/// Beyond the table, the value of the nearest tabulated df below (40, 60,
/// 120): t only falls as df grows, so the interval is never narrower than
/// it should be. 1.96 straight after 30 would be up to 4% too narrow. From
/// 120 on, 1.980 (the true value falls to 1.960; at most 1% too wide).
pub fn t_95(df: usize) -> f64 {
    match df {
        0 => f64::INFINITY,
        1..=30 => T_95[df - 1],
        31..=39 => T_95[29],
        40..=59 => 2.021,
        60..=119 => 2.000,
        _ => 1.980,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pair(first: u8, latest: u8) -> GoalRatings {
        GoalRatings {
            first: Some(first),
            latest: Some(latest),
        }
    }

    #[test]
    fn no_pair_means_no_mean_and_one_pair_no_interval() {
        let none = summarise(&[]);
        assert_eq!((none.set, none.with_pair, none.mean_change), (0, 0, None));
        let one = summarise(&[pair(2, 5)]);
        assert_eq!(one.mean_change, Some(3.0));
        assert_eq!((one.sd, one.interval), (None, None));
        let unpaired = GoalRatings {
            first: Some(4),
            latest: None,
        };
        assert_eq!(unpaired.change(), None);
        assert_eq!(summarise(&[unpaired]).with_pair, 0);
    }

    #[test]
    fn reliable_change_is_three_points_or_more() {
        let s = summarise(&[
            pair(5, 7),
            pair(5, 8),
            pair(5, 3),
            pair(5, 2),
            pair(5, 5),
            pair(0, 10),
        ]);
        assert_eq!(s.reliably_improved, 2, "+3 and +10");
        assert_eq!(s.reliably_worse, 1, "-3");
        assert_eq!(s.no_reliable_change, 3, "+2, -2, 0");
    }

    #[test]
    fn t_values_fall_with_degrees_of_freedom_and_never_below_196() {
        let mut last = f64::INFINITY;
        for df in 0..500 {
            let t = t_95(df);
            assert!(t <= last && t > 1.96, "df {df}");
            last = t;
        }
        assert_eq!(t_95(1), 12.706);
        assert_eq!(t_95(30), 2.042);
    }

    proptest! {
        /// The three reliable-change groups split the pairs, and the mean
        /// sits inside its interval.
        #[test]
        fn groups_add_up_and_the_mean_is_inside(
            ratings in proptest::collection::vec((0u8..=10, proptest::option::of(0u8..=10)), 0..40)
        ) {
            let goals: Vec<GoalRatings> = ratings
                .into_iter()
                .map(|(first, latest)| GoalRatings { first: Some(first), latest })
                .collect();
            let s = summarise(&goals);
            prop_assert_eq!(s.set, goals.len() as u64);
            prop_assert_eq!(s.reliably_improved + s.no_reliable_change + s.reliably_worse, s.with_pair);
            if let (Some(mean), Some(i)) = (s.mean_change, s.interval) {
                prop_assert!(i.low <= mean && mean <= i.high);
                prop_assert!((-10.0..=10.0).contains(&mean));
            }
        }
    }
}

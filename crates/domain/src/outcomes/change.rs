//! Change in a period (docs/outcomes.md, section 1): for one circle, one
//! perspective and one move, the baseline is the first shared answer on the
//! status scale; the move counts in a period when a later answer on the scale
//! was made inside it, comparing the baseline with the latest such answer
//! (towards *in place*, away, same). *Not for now* in the period is counted
//! apart, as set aside. Then over circles: totals, per compartment, per move,
//! per team, and which circles were included and why the others were not.

use super::period::Period;
use crate::check::AnswerStatus;
use crate::clock::Timestamp;
use crate::framework::{CompartmentId, MoveId};
use crate::ids::{CircleId, TeamId};
use std::collections::{BTreeMap, BTreeSet};

/// One move in one check, in one perspective that was shared (or the agreed
/// version): what reports read. `status` is `None` when the check left the
/// move out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedAnswer {
    /// When the check was made.
    pub at: Timestamp,
    pub move_id: MoveId,
    pub status: Option<AnswerStatus>,
}

/// Where a status sits on the way to *in place*; `None` for *not for now*,
/// which is off the scale and never compared.
pub fn on_scale(status: AnswerStatus) -> Option<u8> {
    match status {
        AnswerStatus::NotYet => Some(0),
        AnswerStatus::Partly => Some(1),
        AnswerStatus::InPlace => Some(2),
        AnswerStatus::NotForNow => None,
    }
}

/// A move's first answer on the scale, in check order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Baseline {
    /// Its place in the answers given to [`baseline`].
    pub index: usize,
    pub at: Timestamp,
    pub status: AnswerStatus,
}

/// The baseline of `move_id` among one circle's answers in one perspective,
/// given in the order the checks were made.
pub fn baseline(answers: &[SharedAnswer], move_id: &MoveId) -> Option<Baseline> {
    answers.iter().enumerate().find_map(|(index, a)| {
        let status = a.status?;
        (a.move_id == *move_id && on_scale(status).is_some()).then_some(Baseline {
            index,
            at: a.at,
            status,
        })
    })
}

/// What one move counts as in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// The latest answer in the period is higher than the baseline.
    Towards,
    Away,
    Same,
    /// Answered *not for now* in the period, and no change to compare.
    SetAside,
}

/// What `move_id` counts as in `period`, or `None` when it does not count
/// (no baseline, only the baseline itself in the period, or nothing in it).
///
/// A move with both a change to compare and a *not for now* in the period
/// counts once, as its change: the doc does not settle this case, and a
/// move counted twice would make the figures add up to more moves than there
/// are.
pub fn change_in(answers: &[SharedAnswer], move_id: &MoveId, period: Period) -> Option<Change> {
    let in_period = |a: &&SharedAnswer| a.move_id == *move_id && period.contains(a.at);
    if let Some(base) = baseline(answers, move_id) {
        let latest = answers[base.index + 1..]
            .iter()
            .rev()
            .filter(in_period)
            .find_map(|a| a.status.and_then(on_scale));
        if let (Some(latest), Some(first)) = (latest, on_scale(base.status)) {
            return Some(match latest.cmp(&first) {
                std::cmp::Ordering::Greater => Change::Towards,
                std::cmp::Ordering::Less => Change::Away,
                std::cmp::Ordering::Equal => Change::Same,
            });
        }
    }
    answers
        .iter()
        .filter(in_period)
        .any(|a| a.status == Some(AnswerStatus::NotForNow))
        .then_some(Change::SetAside)
}

/// Why a circle is not in a period's figures. Every report says how many
/// circles were left out, for each reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotIncluded {
    /// The circle made no check in the period.
    NoCheckInPeriod,
    /// Checks were made in the period, but this perspective shared none.
    PerspectiveNotShared,
    /// Only first answers in the period: baselines, nothing to compare yet.
    OnlyFirstAnswers,
    /// The perspective's checks in the period left every move out. Not one
    /// of the doc's reasons (see the report on this module); kept apart so
    /// that no circle is explained with the wrong words.
    NothingAnswered,
    /// Left out by the report's filter (team, age band, ...).
    OutsideFilter,
}

/// One circle's answers in one perspective, as a report reads them.
#[derive(Debug, Clone, Copy)]
pub struct CircleAnswers<'a> {
    pub circle: CircleId,
    pub team: Option<TeamId>,
    /// When each of the circle's checks was made, in any perspective: tells
    /// "no check" from "not shared".
    pub check_times: &'a [Timestamp],
    /// This perspective's shared answers, in check order.
    pub answers: &'a [SharedAnswer],
}

/// What each of a circle's moves counts as in a period, in move id order,
/// or why the circle is not included.
pub fn circle_changes(
    circle: &CircleAnswers<'_>,
    period: Period,
) -> Result<Vec<(MoveId, Change)>, NotIncluded> {
    let moves: BTreeSet<&MoveId> = circle.answers.iter().map(|a| &a.move_id).collect();
    let counted: Vec<(MoveId, Change)> = moves
        .into_iter()
        .filter_map(|m| change_in(circle.answers, m, period).map(|c| (m.clone(), c)))
        .collect();
    if !counted.is_empty() {
        return Ok(counted);
    }
    let mut in_period = circle.answers.iter().filter(|a| period.contains(a.at));
    let answered_in_period = in_period.clone().any(|a| a.status.is_some());
    if answered_in_period {
        Err(NotIncluded::OnlyFirstAnswers)
    } else if in_period.next().is_some() {
        Err(NotIncluded::NothingAnswered)
    } else if circle.check_times.iter().any(|t| period.contains(*t)) {
        Err(NotIncluded::PerspectiveNotShared)
    } else {
        Err(NotIncluded::NoCheckInPeriod)
    }
}

/// Counts of moves by what they count as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub towards: u64,
    pub away: u64,
    pub same: u64,
    pub set_aside: u64,
}

impl Tally {
    pub fn add(&mut self, change: Change) {
        let cell = match change {
            Change::Towards => &mut self.towards,
            Change::Away => &mut self.away,
            Change::Same => &mut self.same,
            Change::SetAside => &mut self.set_aside,
        };
        *cell += 1;
    }

    /// Moves compared with their baseline (set aside not included).
    pub fn compared(&self) -> u64 {
        self.towards + self.away + self.same
    }
}

/// One period's change over many circles, in one perspective: exact
/// figures, before any disclosure rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeReport {
    pub period: Period,
    pub totals: Tally,
    pub per_compartment: BTreeMap<CompartmentId, Tally>,
    pub per_move: BTreeMap<MoveId, Tally>,
    /// Included circles only; `None` for circles in no team.
    pub per_team: BTreeMap<Option<TeamId>, Tally>,
    pub included: Vec<CircleId>,
    pub not_included: Vec<(CircleId, NotIncluded)>,
}

impl ChangeReport {
    /// How many circles were left out for `reason`.
    pub fn not_included_for(&self, reason: NotIncluded) -> usize {
        self.not_included
            .iter()
            .filter(|(_, r)| *r == reason)
            .count()
    }
}

/// The change report for `period` over `circles`; circles for which
/// `in_filter` says no are listed as outside the filter. Totals are counted
/// from the circles themselves, never summed from the per-team or
/// per-compartment cells (disclosure rule 3 protects each on its own).
pub fn change_report(
    period: Period,
    circles: &[CircleAnswers<'_>],
    in_filter: impl Fn(&CircleAnswers<'_>) -> bool,
) -> ChangeReport {
    let mut report = ChangeReport {
        period,
        totals: Tally::default(),
        per_compartment: BTreeMap::new(),
        per_move: BTreeMap::new(),
        per_team: BTreeMap::new(),
        included: Vec::new(),
        not_included: Vec::new(),
    };
    for circle in circles {
        if !in_filter(circle) {
            report
                .not_included
                .push((circle.circle, NotIncluded::OutsideFilter));
            continue;
        }
        match circle_changes(circle, period) {
            Err(reason) => report.not_included.push((circle.circle, reason)),
            Ok(changes) => {
                report.included.push(circle.circle);
                let team = report.per_team.entry(circle.team).or_default();
                for (_, change) in &changes {
                    team.add(*change);
                }
                for (move_id, change) in changes {
                    report.totals.add(change);
                    report
                        .per_compartment
                        .entry(move_id.compartment())
                        .or_default()
                        .add(change);
                    report.per_move.entry(move_id).or_default().add(change);
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::{InPlace as I, NotForNow as F, NotYet as N, Partly as P};
    use proptest::prelude::*;

    fn m(id: &str) -> MoveId {
        MoveId::parse(id).expect("a move id")
    }

    fn answers(rows: &[(i64, Option<AnswerStatus>)]) -> Vec<SharedAnswer> {
        rows.iter()
            .map(|&(day, status)| SharedAnswer {
                at: Timestamp::from_millis(day * 86_400_000),
                move_id: m("basics.housing"),
                status,
            })
            .collect()
    }

    fn fy2026() -> Period {
        Period::financial_year(2026).expect("a period")
    }

    // Days since the epoch.
    const BEFORE: i64 = 20_500; // 2026-02-16
    const IN_1: i64 = 20_600; // 2026-05-27
    const IN_2: i64 = 20_700; // 2026-09-04

    #[test]
    fn day_constants_sit_where_the_tests_say() {
        let p = fy2026();
        assert!(!p.contains(Timestamp::from_millis(BEFORE * 86_400_000)));
        assert!(p.contains(Timestamp::from_millis(IN_1 * 86_400_000)));
        assert!(p.contains(Timestamp::from_millis(IN_2 * 86_400_000)));
    }

    #[test]
    fn the_rules_one_by_one() {
        let h = m("basics.housing");
        let cases: &[(&str, Vec<SharedAnswer>, Option<Change>)] = &[
            ("no answers", answers(&[]), None),
            ("baseline only, before", answers(&[(BEFORE, Some(N))]), None),
            ("baseline only, inside", answers(&[(IN_1, Some(N))]), None),
            (
                "before then inside, up",
                answers(&[(BEFORE, Some(N)), (IN_1, Some(P))]),
                Some(Change::Towards),
            ),
            (
                "before then inside, down",
                answers(&[(BEFORE, Some(I)), (IN_1, Some(P))]),
                Some(Change::Away),
            ),
            (
                "before then inside, equal",
                answers(&[(BEFORE, Some(P)), (IN_1, Some(P))]),
                Some(Change::Same),
            ),
            (
                "latest in the period wins, not the biggest move",
                answers(&[(BEFORE, Some(N)), (IN_1, Some(I)), (IN_2, Some(N))]),
                Some(Change::Same),
            ),
            (
                "baseline and later both inside",
                answers(&[(IN_1, Some(N)), (IN_2, Some(I))]),
                Some(Change::Towards),
            ),
            (
                "not for now first is not a baseline",
                answers(&[(BEFORE, Some(F)), (IN_1, Some(P))]),
                None,
            ),
            (
                "not for now in the period is set aside, even without a baseline",
                answers(&[(IN_1, Some(F))]),
                Some(Change::SetAside),
            ),
            (
                "not for now before the period is not set aside in it",
                answers(&[(BEFORE, Some(F))]),
                None,
            ),
            (
                "set aside then baseline in the period: set aside",
                answers(&[(IN_1, Some(F)), (IN_2, Some(N))]),
                Some(Change::SetAside),
            ),
            (
                "a change and a not for now: counted once, as the change",
                answers(&[(BEFORE, Some(N)), (IN_1, Some(F)), (IN_2, Some(P))]),
                Some(Change::Towards),
            ),
            (
                "unanswered is left out",
                answers(&[(BEFORE, Some(N)), (IN_1, None)]),
                None,
            ),
            (
                "unanswered first, baseline later",
                answers(&[(BEFORE, None), (IN_1, Some(P)), (IN_2, Some(I))]),
                Some(Change::Towards),
            ),
        ];
        for (what, rows, expected) in cases {
            assert_eq!(change_in(rows, &h, fy2026()), *expected, "{what}");
        }
    }

    #[test]
    fn other_moves_answers_do_not_count() {
        let mut rows = answers(&[(BEFORE, Some(N))]);
        rows.push(SharedAnswer {
            at: Timestamp::from_millis(IN_1 * 86_400_000),
            move_id: m("basics.food"),
            status: Some(I),
        });
        assert_eq!(change_in(&rows, &m("basics.housing"), fy2026()), None);
        assert_eq!(change_in(&rows, &m("basics.food"), fy2026()), None);
    }

    fn circle<'a>(checks: &'a [Timestamp], rows: &'a [SharedAnswer]) -> CircleAnswers<'a> {
        CircleAnswers {
            circle: CircleId::new(),
            team: None,
            check_times: checks,
            answers: rows,
        }
    }

    #[test]
    fn reasons_for_leaving_a_circle_out() {
        let t = |d: i64| Timestamp::from_millis(d * 86_400_000);
        let only_first = answers(&[(IN_1, Some(P))]);
        let left_out = answers(&[(BEFORE, Some(P)), (IN_1, None)]);
        let before = answers(&[(BEFORE, Some(P))]);
        let checks_before = [t(BEFORE)];
        let checks_inside = [t(BEFORE), t(IN_1)];
        let p = fy2026();
        assert_eq!(
            circle_changes(&circle(&checks_inside, &only_first), p),
            Err(NotIncluded::OnlyFirstAnswers)
        );
        assert_eq!(
            circle_changes(&circle(&checks_inside, &left_out), p),
            Err(NotIncluded::NothingAnswered)
        );
        assert_eq!(
            circle_changes(&circle(&checks_inside, &before), p),
            Err(NotIncluded::PerspectiveNotShared)
        );
        assert_eq!(
            circle_changes(&circle(&checks_before, &before), p),
            Err(NotIncluded::NoCheckInPeriod)
        );
        assert_eq!(
            circle_changes(&circle(&[], &[]), p),
            Err(NotIncluded::NoCheckInPeriod)
        );
        let report = change_report(p, &[circle(&checks_inside, &only_first)], |_| false);
        assert_eq!(report.not_included_for(NotIncluded::OutsideFilter), 1);
        assert!(report.included.is_empty());
    }

    fn status() -> impl Strategy<Value = Option<AnswerStatus>> {
        prop_oneof![
            Just(None),
            Just(Some(N)),
            Just(Some(P)),
            Just(Some(I)),
            Just(Some(F))
        ]
    }

    proptest! {
        /// Without a *not for now*, a move counts exactly when it has a
        /// baseline and a later answer on the scale inside the period.
        #[test]
        fn counts_exactly_when_there_is_something_to_compare(
            rows in proptest::collection::vec((20_400i64..20_900, status()), 0..8)
        ) {
            let mut rows = rows;
            rows.sort_by_key(|r| r.0);
            let rows = answers(&rows);
            let h = m("basics.housing");
            let p = fy2026();
            let got = change_in(&rows, &h, p);
            let has_later = baseline(&rows, &h).is_some_and(|b| {
                rows[b.index + 1..]
                    .iter()
                    .any(|a| p.contains(a.at) && a.status.and_then(on_scale).is_some())
            });
            let has_f = rows.iter().any(|a| p.contains(a.at) && a.status == Some(F));
            prop_assert_eq!(got.is_some(), has_later || has_f);
            prop_assert_eq!(got == Some(Change::SetAside), !has_later && has_f);
        }
    }
}

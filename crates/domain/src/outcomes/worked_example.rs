//! The worked example of docs/outcomes.md, section 2: Hillside's four
//! circles, young person's perspective. Every expected number below is
//! copied from the doc, written there by hand before this code; where the
//! doc leaves a figure out, the comment says so.

use super::change::{ChangeReport, CircleAnswers, NotIncluded, SharedAnswer, Tally, change_report};
use super::disclosure::{Refused, Release};
use super::goals::{GoalRatings, summarise};
use super::period::Period;
use crate::check::AnswerStatus::{self, InPlace as I, NotForNow as F, NotYet as N, Partly as P};
use crate::clock::Timestamp;
use crate::framework::{CompartmentId, MoveId};
use crate::ids::{CircleId, TeamId};
use time::{Date, Month};

const H: &str = "basics.housing";
const G: &str = "belonging.good_influences";
const C: &str = "coping.calm_down";

/// A check at 10:00 UTC on the day (the doc gives dates only).
fn day(y: i32, m: u8, d: u8) -> Timestamp {
    let month = Month::try_from(m).expect("a month");
    let date = Date::from_calendar_date(y, month, d).expect("a date");
    let t = date.with_hms(10, 0, 0).expect("a time").assume_utc();
    Timestamp::from_millis(t.unix_timestamp() * 1000)
}

type Row = (Timestamp, [Option<AnswerStatus>; 3]);

fn answers(rows: &[Row]) -> Vec<SharedAnswer> {
    rows.iter()
        .flat_map(|(at, statuses)| {
            [H, G, C]
                .into_iter()
                .zip(statuses)
                .map(|(id, status)| SharedAnswer {
                    at: *at,
                    move_id: MoveId::parse(id).expect("a move id"),
                    status: *status,
                })
        })
        .collect()
}

struct Hillside {
    north: TeamId,
    south: TeamId,
    ids: [CircleId; 4],
    checks: [Vec<Timestamp>; 4],
    answers: [Vec<SharedAnswer>; 4],
}

impl Hillside {
    fn new() -> Self {
        let c1 = [
            (day(2026, 3, 10), [Some(N), Some(P), Some(N)]),
            (day(2026, 5, 2), [Some(P), Some(P), None]),
            (day(2026, 6, 20), [Some(I), Some(N), Some(P)]),
        ];
        let c2 = [
            (day(2026, 4, 15), [Some(P), Some(N), Some(F)]),
            (day(2026, 9, 1), [Some(P), Some(P), Some(N)]),
        ];
        let c3 = [(day(2026, 4, 30), [Some(I), Some(I), Some(P)])];
        let c4 = [
            (day(2026, 1, 20), [Some(N), None, Some(N)]),
            (day(2026, 7, 3), [None, Some(P), Some(I)]),
            (day(2026, 11, 30), [Some(P), Some(P), Some(I)]),
        ];
        let times = |rows: &[Row]| rows.iter().map(|r| r.0).collect::<Vec<_>>();
        Self {
            north: TeamId::new(),
            south: TeamId::new(),
            ids: [
                CircleId::new(),
                CircleId::new(),
                CircleId::new(),
                CircleId::new(),
            ],
            checks: [times(&c1), times(&c2), times(&c3), times(&c4)],
            answers: [answers(&c1), answers(&c2), answers(&c3), answers(&c4)],
        }
    }

    fn circles(&self) -> Vec<CircleAnswers<'_>> {
        let teams = [self.north, self.north, self.south, self.south];
        (0..4)
            .map(|i| CircleAnswers {
                circle: self.ids[i],
                team: Some(teams[i]),
                check_times: &self.checks[i],
                answers: &self.answers[i],
            })
            .collect()
    }

    fn report(&self, period: &str) -> ChangeReport {
        let period = Period::parse(period).expect("a period");
        change_report(period, &self.circles(), |_| true)
    }
}

fn tally(towards: u64, away: u64, same: u64, set_aside: u64) -> Tally {
    Tally {
        towards,
        away,
        same,
        set_aside,
    }
}

fn compartment(id: &str) -> CompartmentId {
    CompartmentId::parse(id).expect("a compartment")
}

#[test]
fn q1_of_2026_27_april_to_june() {
    // The doc's "Q1 of 2026/27 (April to June 2026)" is the calendar
    // quarter 2026-Q2: only calendar quarters are periods (section 1).
    let h = Hillside::new();
    let r = h.report("2026-Q2");
    // "Q1 totals: towards 2 (c1 H, c1 C), away 1 (c1 G), same 0, set aside 1 (c2 C)."
    assert_eq!(r.totals, tally(2, 1, 0, 1));
    // "Circles included: 2 (c1, c2); not included: c3 (only first answers),
    // c4 (no check in the period)."
    assert_eq!(r.included, vec![h.ids[0], h.ids[1]]);
    assert_eq!(
        r.not_included,
        vec![
            (h.ids[2], NotIncluded::OnlyFirstAnswers),
            (h.ids[3], NotIncluded::NoCheckInPeriod),
        ]
    );
}

#[test]
fn q2_of_2026_27_july_to_september() {
    let h = Hillside::new();
    let r = h.report("2026-Q3");
    // "Q2 totals: towards 2 (c2 G, c4 C), away 0, same 1 (c2 H), set aside 0.
    // Included: c2, c4."
    assert_eq!(r.totals, tally(2, 0, 1, 0));
    assert_eq!(r.included, vec![h.ids[1], h.ids[3]]);
    // The doc does not say why c1 and c3 are left out; neither made a check
    // in July to September.
    assert_eq!(
        r.not_included,
        vec![
            (h.ids[0], NotIncluded::NoCheckInPeriod),
            (h.ids[2], NotIncluded::NoCheckInPeriod),
        ]
    );
}

#[test]
fn financial_year_2026_27() {
    let h = Hillside::new();
    let r = h.report("FY2026");
    // "Year totals: towards 5, away 1, same 2, set aside 1 ... Included: c1,
    // c2, c4 (3); not included: c3."
    assert_eq!(r.totals, tally(5, 1, 2, 1));
    assert_eq!(r.included, vec![h.ids[0], h.ids[1], h.ids[3]]);
    assert_eq!(
        r.not_included,
        vec![(h.ids[2], NotIncluded::OnlyFirstAnswers)]
    );

    // "Per compartment for the year: Basics (H) towards 2 (c1, c4), same 1
    // (c2); Belonging (G) towards 1 (c2), away 1 (c1), same 1 (c4); Coping
    // (C) towards 2 (c1, c4), set aside 1 (c2)."
    assert_eq!(r.per_compartment.len(), 3);
    assert_eq!(r.per_compartment[&compartment("basics")], tally(2, 0, 1, 0));
    assert_eq!(
        r.per_compartment[&compartment("belonging")],
        tally(1, 1, 1, 0)
    );
    assert_eq!(r.per_compartment[&compartment("coping")], tally(2, 0, 0, 1));
    // Per move is the same here: one move per compartment.
    assert_eq!(
        r.per_move[&MoveId::parse(H).expect("id")],
        tally(2, 0, 1, 0)
    );

    // "By team for the year: North (c1, c2) towards 3, away 1, same 1; South
    // (c3, c4) towards 2, same 1." North also holds c2 C's set aside (the
    // year's only one), which the doc's team line leaves out.
    assert_eq!(r.per_team[&Some(h.north)], tally(3, 1, 1, 1));
    assert_eq!(r.per_team[&Some(h.south)], tally(2, 0, 1, 0));
}

#[test]
fn goals_of_c1s_young_person() {
    // "goal A rated 2 → 6 (change +4, reliably improved), goal B 5 → 6 (+1, no
    // reliable change), goal C rated once (3): no pair."
    let goals = [
        GoalRatings {
            first: Some(2),
            latest: Some(6),
        },
        GoalRatings {
            first: Some(5),
            latest: Some(6),
        },
        GoalRatings {
            first: Some(3),
            latest: None,
        },
    ];
    let s = summarise(&goals);
    // "Goals set 3, with a pair 2, reliably improved 1 of 2, mean change 2.5;
    // s = √4.5 = 2.121 ... shown as −16.6 to 21.6"
    assert_eq!((s.set, s.with_pair), (3, 2));
    assert_eq!(
        (s.reliably_improved, s.no_reliable_change, s.reliably_worse),
        (1, 1, 0)
    );
    assert_eq!(s.mean_change, Some(2.5));
    let sd = s.sd.expect("two pairs");
    assert_eq!(format!("{sd:.3}"), "2.121");
    assert!((sd - 4.5f64.sqrt()).abs() < 1e-12);
    let i = s.interval.expect("two pairs");
    assert_eq!(format!("{:.1} to {:.1}", i.low, i.high), "-16.6 to 21.6");
    assert_eq!(format!("{:.2}", i.high - 2.5), "19.06");
}

#[test]
fn shared_the_example_is_refused() {
    // "with these tiny numbers, every figure is `*` or refused (the
    // population is under 20)". Four young people in the year, three included.
    let h = Hillside::new();
    let r = h.report("FY2026");
    let population = r.included.len() as u64;
    assert_eq!(population, 3);
    assert_eq!(Release::for_population(population), Err(Refused));
    // And were the population large enough, every one of these cells is `*`.
    let release = Release::for_population(20).expect("enough");
    let t = r.totals;
    for n in [t.towards, t.away, t.same, t.set_aside] {
        assert_eq!(release.count(n).to_string(), "*");
    }
    assert_eq!(release.mean(2, 2.5).to_string(), "*");
}

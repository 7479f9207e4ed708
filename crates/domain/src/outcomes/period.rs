//! The periods a report may cover, and only these (docs/outcomes.md, section 1
//! and rule 6): a calendar month, a calendar quarter, a calendar year, or a
//! financial year from 1 April to 31 March, all in UK time. Never a rolling
//! window or a range the reader chooses: fixed periods are what keeps the
//! differencing attack (A1) down to a few known neighbours.
//!
//! UK time without a time-zone database: a period always starts and ends at
//! midnight on the 1st of a month, and at that moment the UK offset depends
//! only on the month. British Summer Time runs from 01:00 UTC on the last
//! Sunday of March to 01:00 UTC on the last Sunday of October (the Summer Time
//! Order 2002; the start has been the last Sunday of March since 1981, and the
//! end before 1996 was still after the 1st of October), so midnight on the 1st
//! of April to October is always BST (UTC+1) and on the 1st of November to
//! March always GMT. The workspace's `time` crate does the calendar; the one
//! fact about the zone lives in [`uk_offset_hours_at_month_start`], checked in
//! the tests against the full last-Sunday rule for every year. If the UK ever
//! changes its clocks, that function is the one place to change.

use crate::clock::Timestamp;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;
use time::{Date, Month};

/// The first year a period may be in: the year the current BST start rule
/// began (see the module notes). Nothing older is report data.
pub const FIRST_YEAR: i32 = 1981;
/// The last year a period may be in: a four-digit year whose financial year
/// still ends in a four-digit year.
pub const LAST_YEAR: i32 = 9998;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
    /// 1 April to 31 March.
    FinancialYear,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Month,
        PeriodKind::Quarter,
        PeriodKind::Year,
        PeriodKind::FinancialYear,
    ];

    /// How many months a period of this kind holds.
    pub const fn months(self) -> u8 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Year | PeriodKind::FinancialYear => 12,
        }
    }
}

/// One period. Made only through the constructors or [`Period::parse`], so
/// its start and end are always real instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    // Field order makes the derived order chronological, then shortest first.
    start: Timestamp,
    end: Timestamp,
    kind: PeriodKind,
    /// The calendar year of the first month.
    year: i32,
    /// The first month, 1 to 12.
    first_month: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeriodError {
    #[error(
        "not a period: use a month like 2026-04, a quarter like 2026-Q1, a year like 2026 or a financial year like FY2026"
    )]
    NotAPeriod,
    #[error("the year must be from {FIRST_YEAR} to {LAST_YEAR}")]
    YearOutOfRange,
}

impl Period {
    /// A calendar month, `month` 1 to 12.
    pub fn month(year: i32, month: u8) -> Result<Self, PeriodError> {
        if !(1..=12).contains(&month) {
            return Err(PeriodError::NotAPeriod);
        }
        Self::make(PeriodKind::Month, year, month)
    }

    /// A calendar quarter, `quarter` 1 (January to March) to 4.
    pub fn quarter(year: i32, quarter: u8) -> Result<Self, PeriodError> {
        if !(1..=4).contains(&quarter) {
            return Err(PeriodError::NotAPeriod);
        }
        Self::make(PeriodKind::Quarter, year, (quarter - 1) * 3 + 1)
    }

    /// A calendar year.
    pub fn year(year: i32) -> Result<Self, PeriodError> {
        Self::make(PeriodKind::Year, year, 1)
    }

    /// The financial year that starts on 1 April of `start_year` (so
    /// `financial_year(2026)` is 2026/27, written `FY2026`).
    pub fn financial_year(start_year: i32) -> Result<Self, PeriodError> {
        Self::make(PeriodKind::FinancialYear, start_year, 4)
    }

    fn make(kind: PeriodKind, year: i32, first_month: u8) -> Result<Self, PeriodError> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(PeriodError::YearOutOfRange);
        }
        let start = month_start(year, first_month).ok_or(PeriodError::YearOutOfRange)?;
        let (end_year, end_month) = add_months(year, first_month, kind.months());
        let end = month_start(end_year, end_month).ok_or(PeriodError::YearOutOfRange)?;
        Ok(Self {
            start,
            end,
            kind,
            year,
            first_month,
        })
    }

    /// The period of `kind` that holds `at` (in UK time), if it is in the
    /// years a period may be in.
    pub fn containing(kind: PeriodKind, at: Timestamp) -> Option<Self> {
        let (year, month) = uk_month_of(at)?;
        let period = match kind {
            PeriodKind::Month => Self::month(year, month),
            PeriodKind::Quarter => Self::quarter(year, (month - 1) / 3 + 1),
            PeriodKind::Year => Self::year(year),
            PeriodKind::FinancialYear => {
                Self::financial_year(if month >= 4 { year } else { year - 1 })
            }
        };
        period.ok()
    }

    pub fn kind(self) -> PeriodKind {
        self.kind
    }

    /// The first instant in the period.
    pub fn start(self) -> Timestamp {
        self.start
    }

    /// The first instant after the period (the start of the next one).
    pub fn end(self) -> Timestamp {
        self.end
    }

    pub fn contains(self, at: Timestamp) -> bool {
        self.start <= at && at < self.end
    }

    /// Whether every instant of `other` is in this period.
    pub fn holds(self, other: Period) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The form used in links: `2026-04`, `2026-Q1`, `2026`, `FY2026`.
    pub fn code(self) -> String {
        match self.kind {
            PeriodKind::Month => format!("{:04}-{:02}", self.year, self.first_month),
            PeriodKind::Quarter => format!("{:04}-Q{}", self.year, (self.first_month - 1) / 3 + 1),
            PeriodKind::Year => format!("{:04}", self.year),
            PeriodKind::FinancialYear => format!("FY{:04}", self.year),
        }
    }

    /// Strictly one of the forms [`Period::code`] writes, nothing else (no
    /// spaces, no lowercase, no signs, no ranges).
    pub fn parse(input: &str) -> Result<Self, PeriodError> {
        if let Some(rest) = input.strip_prefix("FY") {
            return Self::financial_year(four_digit_year(rest)?);
        }
        match input.split_once('-') {
            None => Self::year(four_digit_year(input)?),
            Some((year, rest)) => {
                let year = four_digit_year(year)?;
                if let Some(q) = rest.strip_prefix('Q') {
                    match q {
                        "1" | "2" | "3" | "4" => Self::quarter(year, small_number(q)?),
                        _ => Err(PeriodError::NotAPeriod),
                    }
                } else if rest.len() == 2 {
                    Self::month(year, small_number(rest)?)
                } else {
                    Err(PeriodError::NotAPeriod)
                }
            }
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl FromStr for Period {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

fn four_digit_year(s: &str) -> Result<i32, PeriodError> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PeriodError::NotAPeriod);
    }
    s.parse().map_err(|_| PeriodError::NotAPeriod)
}

fn small_number(s: &str) -> Result<u8, PeriodError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PeriodError::NotAPeriod);
    }
    s.parse().map_err(|_| PeriodError::NotAPeriod)
}

fn add_months(year: i32, month: u8, n: u8) -> (i32, u8) {
    let zero_based = i32::from(month) - 1 + i32::from(n);
    // rem_euclid(12) is 0..=11, so the cast cannot truncate.
    (
        year + zero_based.div_euclid(12),
        zero_based.rem_euclid(12) as u8 + 1,
    )
}

/// Hours the UK is ahead of UTC at midnight (UK time) on the 1st of `month`:
/// BST for April to October, GMT otherwise (see the module notes).
pub fn uk_offset_hours_at_month_start(month: u8) -> i64 {
    if (4..=10).contains(&month) { 1 } else { 0 }
}

/// The instant of midnight, UK time, on the 1st of the month.
fn month_start(year: i32, month: u8) -> Option<Timestamp> {
    let month_value = Month::try_from(month).ok()?;
    let utc_midnight = Date::from_calendar_date(year, month_value, 1)
        .ok()?
        .midnight()
        .assume_utc()
        .unix_timestamp();
    let seconds = utc_midnight - uk_offset_hours_at_month_start(month) * 3600;
    Some(Timestamp::from_millis(seconds.checked_mul(1000)?))
}

/// The UK calendar month (year, month) holding `at`. The UK is never behind
/// UTC, so the UK month is the UTC month or, in the last hour of a UTC month
/// before a BST month starts, the next one.
fn uk_month_of(at: Timestamp) -> Option<(i32, u8)> {
    let utc = time::OffsetDateTime::from_unix_timestamp(at.as_millis().div_euclid(1000)).ok()?;
    let (year, month) = (utc.year(), u8::from(utc.month()));
    let (next_year, next_month) = add_months(year, month, 1);
    if at >= month_start(next_year, next_month)? {
        Some((next_year, next_month))
    } else {
        Some((year, month))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    fn at(t: time::OffsetDateTime) -> Timestamp {
        Timestamp::from_millis(t.unix_timestamp() * 1000)
    }

    fn p(code: &str) -> Period {
        match Period::parse(code) {
            Ok(period) => period,
            Err(e) => panic!("{code}: {e}"),
        }
    }

    #[test]
    fn a_check_at_half_past_midnight_bst_on_1_april_belongs_to_april() {
        // 00:30 BST on 1 April 2026 is 23:30 UTC on 31 March.
        let t = at(datetime!(2026-03-31 23:30 UTC));
        assert!(p("2026-04").contains(t));
        assert!(!p("2026-03").contains(t));
        assert!(p("2026-Q2").contains(t));
        assert!(!p("2026-Q1").contains(t));
        assert!(p("FY2026").contains(t));
        assert!(!p("FY2025").contains(t));
        assert_eq!(Period::containing(PeriodKind::Month, t), Some(p("2026-04")));
        assert_eq!(
            Period::containing(PeriodKind::FinancialYear, t),
            Some(p("FY2026"))
        );
        // One minute before UK midnight is still March.
        let before = at(datetime!(2026-03-31 22:59:59 UTC));
        assert_eq!(
            Period::containing(PeriodKind::Month, before),
            Some(p("2026-03"))
        );
        assert!(p("FY2025").contains(before));
    }

    #[test]
    fn starts_and_ends_at_uk_midnight_in_bst_and_gmt() {
        let cases = [
            // (period, start in UTC, end in UTC)
            (
                "2026-01",
                datetime!(2026-01-01 00:00 UTC),
                datetime!(2026-02-01 00:00 UTC),
            ),
            (
                "2026-03",
                datetime!(2026-03-01 00:00 UTC),
                datetime!(2026-03-31 23:00 UTC),
            ),
            (
                "2026-04",
                datetime!(2026-03-31 23:00 UTC),
                datetime!(2026-04-30 23:00 UTC),
            ),
            (
                "2026-10",
                datetime!(2026-09-30 23:00 UTC),
                datetime!(2026-11-01 00:00 UTC),
            ),
            (
                "2026-12",
                datetime!(2026-12-01 00:00 UTC),
                datetime!(2027-01-01 00:00 UTC),
            ),
            (
                "2026-Q2",
                datetime!(2026-03-31 23:00 UTC),
                datetime!(2026-06-30 23:00 UTC),
            ),
            (
                "2026-Q4",
                datetime!(2026-09-30 23:00 UTC),
                datetime!(2027-01-01 00:00 UTC),
            ),
            (
                "2026",
                datetime!(2026-01-01 00:00 UTC),
                datetime!(2027-01-01 00:00 UTC),
            ),
            (
                "FY2026",
                datetime!(2026-03-31 23:00 UTC),
                datetime!(2027-03-31 23:00 UTC),
            ),
        ];
        for (code, start, end) in cases {
            let period = p(code);
            assert_eq!(period.start(), at(start), "{code} start");
            assert_eq!(period.end(), at(end), "{code} end");
            assert!(period.contains(at(start)), "{code} holds its start");
            assert!(!period.contains(at(end)), "{code} does not hold its end");
            assert!(!period.contains(at(start).plus_seconds(-1)), "{code}");
            assert!(period.contains(at(end).plus_seconds(-1)), "{code}");
        }
    }

    #[test]
    fn financial_year_edges() {
        let fy = p("FY2026");
        // 31 March 2027 23:59 BST (clocks went forward on 28 March 2027).
        assert!(fy.contains(at(datetime!(2027-03-31 22:59 UTC))));
        assert!(!fy.contains(at(datetime!(2027-03-31 23:00 UTC))));
        assert!(p("FY2027").contains(at(datetime!(2027-03-31 23:00 UTC))));
        // January to March belong to the financial year that began the April before.
        assert_eq!(
            Period::containing(
                PeriodKind::FinancialYear,
                at(datetime!(2027-02-10 12:00 UTC))
            ),
            Some(fy)
        );
        assert!(fy.holds(p("2026-Q2")) && fy.holds(p("2027-Q1")) && fy.holds(p("2026-04")));
        assert!(!fy.holds(p("2026-Q1")) && !fy.holds(p("2026")) && !p("2026").holds(fy));
        assert_eq!(fy.to_string(), "FY2026");
    }

    #[test]
    fn clock_changes_inside_a_month_move_no_boundary() {
        // BST began 01:00 UTC 29 March 2026 and ends 01:00 UTC 25 October 2026:
        // the instants either side are in the same month.
        for (a, b) in [
            (
                datetime!(2026-03-29 00:59 UTC),
                datetime!(2026-03-29 01:01 UTC),
            ),
            (
                datetime!(2026-10-25 00:59 UTC),
                datetime!(2026-10-25 01:01 UTC),
            ),
        ] {
            assert_eq!(
                Period::containing(PeriodKind::Month, at(a)),
                Period::containing(PeriodKind::Month, at(b))
            );
        }
        // 23:30 UTC on 31 October is 23:30 GMT: still October.
        assert_eq!(
            Period::containing(PeriodKind::Month, at(datetime!(2026-10-31 23:30 UTC))),
            Some(p("2026-10"))
        );
    }

    #[test]
    fn codes_round_trip() {
        for code in [
            "2026-01", "2026-12", "2026-Q1", "2026-Q4", "2026", "FY2026", "1981-01", "9998",
        ] {
            assert_eq!(p(code).code(), code);
            assert_eq!(
                code.parse::<Period>().map(Period::code),
                Ok(code.to_owned())
            );
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            " 2026",
            "2026 ",
            "2026-4",
            "2026-004",
            "2026-00",
            "2026-13",
            "2026-Q0",
            "2026-Q5",
            "2026-q1",
            "2026-Q01",
            "2026-Q",
            "fy2026",
            "FY26",
            "FY 2026",
            "FY2026-27",
            "2026/27",
            "26",
            "+2026",
            "-2026",
            "02026",
            "2026-04-01",
            "2026-01..2026-03",
            "2026-W14",
            "last-90-days",
            "２０２６",
            "2026-Q1 ",
            "FY+202",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(Period::parse("1980"), Err(PeriodError::YearOutOfRange));
        assert_eq!(Period::parse("9999"), Err(PeriodError::YearOutOfRange));
        assert_eq!(Period::parse("FY0000"), Err(PeriodError::YearOutOfRange));
    }

    /// The full rule, for checking the shortcut: BST from 01:00 UTC on the
    /// last Sunday of March to 01:00 UTC on the last Sunday of October.
    fn is_bst(t: time::OffsetDateTime) -> bool {
        let last_sunday = |month: Month| {
            let mut d = Date::from_calendar_date(t.year(), month, 31).expect("31st exists");
            while d.weekday() != time::Weekday::Sunday {
                d = d.previous_day().expect("in range");
            }
            d.with_hms(1, 0, 0).expect("valid").assume_utc()
        };
        last_sunday(Month::March) <= t && t < last_sunday(Month::October)
    }

    #[test]
    fn the_month_start_offset_agrees_with_the_last_sunday_rule_every_year() {
        for year in 1996..=2100 {
            for month in 1..=12u8 {
                let start = month_start(year, month).expect("in range");
                let utc = time::OffsetDateTime::from_unix_timestamp(start.as_millis() / 1000)
                    .expect("in range");
                assert_eq!(
                    is_bst(utc),
                    uk_offset_hours_at_month_start(month) == 1,
                    "{year}-{month:02}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn every_instant_is_in_exactly_one_month_and_its_periods_hold_that_month(
            millis in 378_691_200_000i64..4_102_444_800_000i64 // 1982 to 2100: the financial year of early 1981 began in 1980
        ) {
            let t = Timestamp::from_millis(millis);
            let month = Period::containing(PeriodKind::Month, t).expect("in range");
            prop_assert!(month.contains(t));
            // Its neighbours do not hold it: months tile time without overlap.
            let (ny, nm) = add_months(month.year, month.first_month, 1);
            let next = Period::month(ny, nm).expect("in range");
            prop_assert_eq!(next.start(), month.end());
            prop_assert!(!next.contains(t));
            let (py, pm) = add_months(month.year - 1, month.first_month, 11);
            let previous = Period::month(py, pm).expect("in range");
            prop_assert_eq!(previous.end(), month.start());
            prop_assert!(!previous.contains(t));
            for kind in PeriodKind::ALL {
                let period = Period::containing(kind, t).expect("in range");
                prop_assert!(period.contains(t));
                prop_assert!(period.holds(month));
                prop_assert_eq!(Period::parse(&period.code()), Ok(period));
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,12}") {
            let _ = Period::parse(&s);
        }
    }
}

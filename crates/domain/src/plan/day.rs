//! A calendar day (no time, no zone): when an action is due, when a plan is
//! reviewed. Days a person chooses must be today or later, and not absurdly far
//! ahead: a plan is reviewed within months, not decades.

use crate::clock::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;
use time::{Date, Month, OffsetDateTime};

/// How far ahead a day may be chosen: two years covers any plan.
pub const MAX_DAYS_AHEAD: i64 = 731;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Day(Date);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DayError {
    #[error("no date was given")]
    Missing,
    #[error("not a date (use the form year-month-day)")]
    NotADate,
    #[error("the date has passed")]
    Past,
    #[error("the date is more than two years away")]
    TooFar,
}

impl From<Day> for String {
    fn from(d: Day) -> String {
        d.as_iso()
    }
}

impl TryFrom<String> for Day {
    type Error = DayError;
    fn try_from(s: String) -> Result<Self, DayError> {
        Self::from_iso(&s).ok_or(DayError::NotADate)
    }
}

impl Day {
    /// The day (UTC) of `now`.
    pub fn of(now: Timestamp) -> Self {
        let date = OffsetDateTime::from_unix_timestamp(now.as_millis().div_euclid(1000))
            .map(|t| t.date())
            .unwrap_or(Date::MIN);
        Self(date)
    }

    /// Strictly `YYYY-MM-DD` (what a date field sends), a real date.
    pub fn from_iso(input: &str) -> Option<Self> {
        let mut parts = input.split('-');
        let mut number = |len: usize| -> Option<u32> {
            let p = parts.next()?;
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        let (y, m, d) = (number(4)?, number(2)?, number(2)?);
        if parts.next().is_some() {
            return None;
        }
        let month = Month::try_from(u8::try_from(m).ok()?).ok()?;
        let date =
            Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?).ok()?;
        Some(Self(date))
    }

    /// A day a person chose on a form: a real date, from today (of `now`) up to
    /// two years ahead.
    pub fn chosen(input: &str, now: Timestamp) -> Result<Self, DayError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(DayError::Missing);
        }
        let day = Self::from_iso(input).ok_or(DayError::NotADate)?;
        let today = Self::of(now);
        if day < today {
            return Err(DayError::Past);
        }
        if (day.0 - today.0).whole_days() > MAX_DAYS_AHEAD {
            return Err(DayError::TooFar);
        }
        Ok(day)
    }

    /// `n` days after this one (saturating at the last representable day).
    pub fn plus_days(self, n: i64) -> Self {
        Self(
            self.0
                .checked_add(time::Duration::days(n))
                .unwrap_or(Date::MAX),
        )
    }

    /// Year, month (1-12) and day of the month, for writing the day in words.
    pub fn parts(self) -> (i32, u8, u8) {
        (self.0.year(), u8::from(self.0.month()), self.0.day())
    }

    pub fn as_iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2025-11-24 16:00 UTC.
    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn a_chosen_day_is_real_not_past_and_not_too_far() {
        assert_eq!(Day::of(NOW).as_iso(), "2025-11-24");
        assert_eq!(
            Day::chosen(" 2025-11-24 ", NOW).unwrap().as_iso(),
            "2025-11-24"
        );
        assert_eq!(
            Day::chosen("2026-01-31", NOW).unwrap().to_string(),
            "2026-01-31"
        );
        assert_eq!(Day::chosen("", NOW), Err(DayError::Missing));
        assert_eq!(Day::chosen("2025-11-23", NOW), Err(DayError::Past));
        assert_eq!(Day::chosen("2029-01-01", NOW), Err(DayError::TooFar));
        for bad in [
            "2026-02-30",
            "26-01-01",
            "2026-1-01",
            "2026-01-01-01",
            "tomorrow",
            "２０２６-01-01",
            "2026-13-01",
            "+2026-01-01",
        ] {
            assert_eq!(Day::chosen(bad, NOW), Err(DayError::NotADate), "{bad}");
        }
    }

    #[test]
    fn days_round_trip_and_count_forward() {
        let d = Day::from_iso("2024-02-28").unwrap();
        assert_eq!(d.plus_days(1).as_iso(), "2024-02-29");
        assert_eq!(Day::try_from(d.as_iso()).unwrap(), d);
        assert!(Day::try_from("nope".to_owned()).is_err());
        assert!(d < d.plus_days(1));
    }
}

//! The day a note in a circle's journal is about: a calendar date (no time, no
//! zone), today unless the writer says otherwise, never in the future. A note
//! written on Monday about Friday's meeting sits under Friday.

use crate::clock::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;
use time::{Date, Month, OffsetDateTime};

/// The earliest year a journal date may be in: older is a typing mistake.
const EARLIEST_YEAR: i32 = 1900;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct JournalDate(Date);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum JournalDateError {
    #[error("not a date")]
    NotADate,
    #[error("in the future")]
    InTheFuture,
    #[error("before 1900")]
    TooLongAgo,
}

impl From<JournalDate> for String {
    fn from(d: JournalDate) -> String {
        d.as_iso()
    }
}

impl TryFrom<String> for JournalDate {
    type Error = JournalDateError;
    fn try_from(s: String) -> Result<Self, JournalDateError> {
        Self::from_stored(&s).ok_or(JournalDateError::NotADate)
    }
}

/// The UTC calendar day of `now`.
fn day_of(now: Timestamp) -> Option<Date> {
    OffsetDateTime::from_unix_timestamp(now.as_millis().div_euclid(1000))
        .ok()
        .map(OffsetDateTime::date)
}

impl JournalDate {
    /// The day of `now` (UTC).
    pub fn today(now: Timestamp) -> Self {
        Self(day_of(now).unwrap_or(Date::MIN))
    }

    /// What a date field sends (`YYYY-MM-DD`); empty means today. A real date,
    /// not after today and not before 1900.
    pub fn parse(input: &str, now: Timestamp) -> Result<Self, JournalDateError> {
        let input = input.trim();
        if input.is_empty() {
            return Ok(Self::today(now));
        }
        let mut parts = input.splitn(3, '-');
        let mut number = |len: usize| -> Result<i32, JournalDateError> {
            let p = parts.next().ok_or(JournalDateError::NotADate)?;
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(JournalDateError::NotADate);
            }
            p.parse().map_err(|_| JournalDateError::NotADate)
        };
        let (y, m, d) = (number(4)?, number(2)?, number(2)?);
        let month = u8::try_from(m)
            .ok()
            .and_then(|m| Month::try_from(m).ok())
            .ok_or(JournalDateError::NotADate)?;
        let day = u8::try_from(d).map_err(|_| JournalDateError::NotADate)?;
        let date =
            Date::from_calendar_date(y, month, day).map_err(|_| JournalDateError::NotADate)?;
        let today = day_of(now).ok_or(JournalDateError::NotADate)?;
        if date > today {
            return Err(JournalDateError::InTheFuture);
        }
        if date.year() < EARLIEST_YEAR {
            return Err(JournalDateError::TooLongAgo);
        }
        Ok(Self(date))
    }

    /// `YYYY-MM-DD`, as stored and as a date field shows it.
    pub fn as_iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    /// A date written by [`JournalDate::as_iso`], without the "not in the
    /// future" rule (it was checked when it was written).
    pub fn from_stored(s: &str) -> Option<Self> {
        let (y, rest) = s.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?)
            .ok()
            .map(Self)
    }

    /// The year, the month (1 to 12) and the day, for showing the date in
    /// words.
    pub fn parts(self) -> (i32, u8, u8) {
        (self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

impl fmt::Display for JournalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2025-11-24 16:00 UTC.
    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn empty_is_today_and_the_future_is_refused() {
        assert_eq!(JournalDate::parse("", NOW).unwrap().as_iso(), "2025-11-24");
        assert_eq!(
            JournalDate::parse(" 2025-11-24 ", NOW).unwrap().as_iso(),
            "2025-11-24"
        );
        assert_eq!(
            JournalDate::parse("2025-11-25", NOW),
            Err(JournalDateError::InTheFuture)
        );
        assert_eq!(
            JournalDate::parse("1899-12-31", NOW),
            Err(JournalDateError::TooLongAgo)
        );
        for bad in [
            "2025-02-30",
            "25-11-24",
            "2025/11/24",
            "yesterday",
            "2025-1-01",
            "２０２５-11-24",
        ] {
            assert_eq!(
                JournalDate::parse(bad, NOW),
                Err(JournalDateError::NotADate),
                "{bad}"
            );
        }
        let d = JournalDate::parse("2024-02-29", NOW).unwrap();
        assert_eq!(JournalDate::from_stored(&d.as_iso()), Some(d));
        assert_eq!(d.parts(), (2024, 2, 29));
        assert!(d < JournalDate::today(NOW));
    }
}

//! How old the focus person is: a date of birth, or only an age band when the
//! date is not known or not wanted. Never both.

use crate::clock::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;
use time::{Date, Month, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    Under5,
    From5To10,
    From11To15,
    From16To18,
    From19To25,
    Over25,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Under5,
        AgeBand::From5To10,
        AgeBand::From11To15,
        AgeBand::From16To18,
        AgeBand::From19To25,
        AgeBand::Over25,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AgeBand::Under5 => "0-4",
            AgeBand::From5To10 => "5-10",
            AgeBand::From11To15 => "11-15",
            AgeBand::From16To18 => "16-18",
            AgeBand::From19To25 => "19-25",
            AgeBand::Over25 => "26+",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s)
    }
}

/// A calendar date of birth (no time, no zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct BirthDate(Date);

impl From<BirthDate> for String {
    fn from(d: BirthDate) -> String {
        d.as_iso()
    }
}

impl TryFrom<String> for BirthDate {
    type Error = BirthError;
    fn try_from(s: String) -> Result<Self, BirthError> {
        Self::from_stored(&s).ok_or(BirthError::NotADate)
    }
}

impl BirthDate {
    /// `YYYY-MM-DD` (what a date field sends), a real date, not after `today`
    /// and not more than 130 years before it.
    pub fn parse(input: &str, now: Timestamp) -> Result<Self, BirthError> {
        let mut parts = input.trim().splitn(3, '-');
        let mut number = |len: usize| -> Result<i32, BirthError> {
            let p = parts.next().ok_or(BirthError::NotADate)?;
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(BirthError::NotADate);
            }
            p.parse().map_err(|_| BirthError::NotADate)
        };
        let (y, m, d) = (number(4)?, number(2)?, number(2)?);
        let month = u8::try_from(m)
            .ok()
            .and_then(|m| Month::try_from(m).ok())
            .ok_or(BirthError::NotADate)?;
        let day = u8::try_from(d).map_err(|_| BirthError::NotADate)?;
        let date = Date::from_calendar_date(y, month, day).map_err(|_| BirthError::NotADate)?;
        let today = OffsetDateTime::from_unix_timestamp(now.as_millis().div_euclid(1000))
            .map_err(|_| BirthError::NotADate)?
            .date();
        if date > today {
            return Err(BirthError::InTheFuture);
        }
        if today.year() - date.year() > 130 {
            return Err(BirthError::TooLongAgo);
        }
        Ok(Self(date))
    }

    /// The stored form; read back with [`BirthDate::from_stored`].
    pub fn as_iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    /// A date written by [`BirthDate::as_iso`], without the "not in the future"
    /// rule (it was checked when it was written).
    pub fn from_stored(s: &str) -> Option<Self> {
        let (y, rest) = s.split_once('-')?;
        let (m, d) = rest.split_once('-')?;
        let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?)
            .ok()
            .map(Self)
    }
}

impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_iso())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BirthError {
    #[error("is not a date")]
    NotADate,
    #[error("is in the future")]
    InTheFuture,
    #[error("is more than 130 years ago")]
    TooLongAgo,
    #[error("give a date of birth or an age band, not both")]
    Both,
    #[error("is not one of the age bands")]
    UnknownBand,
}

/// A date of birth or an age band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Birth {
    Date(BirthDate),
    Band(AgeBand),
}

impl Birth {
    /// From the two fields of a form, either of which may be blank.
    pub fn from_form(date: &str, band: &str, now: Timestamp) -> Result<Option<Self>, BirthError> {
        match (date.trim(), band.trim()) {
            ("", "") => Ok(None),
            (d, "") => BirthDate::parse(d, now).map(|d| Some(Birth::Date(d))),
            ("", b) => AgeBand::parse(b)
                .map(|b| Some(Birth::Band(b)))
                .ok_or(BirthError::UnknownBand),
            _ => Err(BirthError::Both),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2025-11-24, about midday UTC.
    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn real_past_dates_only() {
        let d = BirthDate::parse(" 2012-02-29 ", NOW).unwrap();
        assert_eq!(d.as_iso(), "2012-02-29");
        assert_eq!(BirthDate::from_stored("2012-02-29"), Some(d));
        assert_eq!(
            BirthDate::parse("2025-11-24", NOW)
                .map(|d| d.as_iso())
                .unwrap(),
            "2025-11-24"
        );
        for bad in [
            "2013-02-29",
            "2012-13-01",
            "2012-1-01",
            "12-01-01",
            "2012/01/01",
            "",
            "٢٠١٢-٠١-٠١",
            "2012-01-01-01",
        ] {
            assert_eq!(
                BirthDate::parse(bad, NOW),
                Err(BirthError::NotADate),
                "{bad:?}"
            );
        }
        assert_eq!(
            BirthDate::parse("2025-11-25", NOW),
            Err(BirthError::InTheFuture)
        );
        assert_eq!(
            BirthDate::parse("1890-01-01", NOW),
            Err(BirthError::TooLongAgo)
        );
    }

    #[test]
    fn a_date_or_a_band_or_neither() {
        assert_eq!(Birth::from_form("", " ", NOW), Ok(None));
        assert_eq!(
            Birth::from_form("", "11-15", NOW),
            Ok(Some(Birth::Band(AgeBand::From11To15)))
        );
        assert_eq!(
            Birth::from_form("", "12-14", NOW),
            Err(BirthError::UnknownBand)
        );
        assert_eq!(
            Birth::from_form("2010-05-01", "11-15", NOW),
            Err(BirthError::Both)
        );
        assert!(matches!(
            Birth::from_form("2010-05-01", "", NOW),
            Ok(Some(Birth::Date(_)))
        ));
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::parse(b.as_str()), Some(b));
        }
    }
}

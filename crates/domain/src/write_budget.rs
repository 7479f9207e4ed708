//! Each person's budget of writes: no one account writes without limit (a
//! stolen session, a stuck script), yet a person typing a whole 42-move check
//! one move at a time never meets it. Counted per hour, in the database, so
//! every server agrees (`moves_core::write_budget`).

use crate::clock::Timestamp;

const HOUR_MILLIS: i64 = 3_600_000;

/// At most `per_hour` writes in each clock hour (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteBudget {
    pub per_hour: u64,
}

impl Default for WriteBudget {
    fn default() -> Self {
        Self { per_hour: 300 }
    }
}

impl WriteBudget {
    /// The start of the hour `now` is in.
    pub fn window_start(now: Timestamp) -> Timestamp {
        let ms = now.as_millis();
        Timestamp::from_millis(ms - ms.rem_euclid(HOUR_MILLIS))
    }

    /// Whether the write counted `count`th in its hour may go ahead.
    pub fn allows(&self, count: u64) -> bool {
        count <= self.per_hour
    }

    /// Seconds until the next hour, when writing may resume (at least 1).
    pub fn retry_after_secs(now: Timestamp) -> u64 {
        let next = Self::window_start(now).as_millis() + HOUR_MILLIS;
        let wait = next - now.as_millis();
        u64::try_from(wait).unwrap_or(0).div_ceil(1000).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_and_counts() {
        let t = Timestamp::from_millis(1_764_000_000_000 + 1_234);
        let start = WriteBudget::window_start(t);
        assert_eq!(start.as_millis() % HOUR_MILLIS, 0);
        assert!(start <= t && t.as_millis() - start.as_millis() < HOUR_MILLIS);
        let budget = WriteBudget::default();
        assert!(budget.allows(300));
        assert!(!budget.allows(301));
        assert_eq!(WriteBudget::retry_after_secs(start), 3600);
        let last = Timestamp::from_millis(start.as_millis() + HOUR_MILLIS - 1);
        assert_eq!(WriteBudget::retry_after_secs(last), 1);
        assert_eq!(
            WriteBudget::window_start(last),
            start,
            "the last moment is in the same hour"
        );
    }
}

//! The one source of time. Every rule that depends on "now" (weeks closing,
//! expiry, stale boosts) reads it from the clock in `ServerCtx`, so tests can
//! set and move it instead of editing rows or waiting.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use std::sync::{Arc, Mutex};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// Production time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Time that only moves when a test moves it.
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    pub fn starting_at(at: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(Mutex::new(at)))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }

    pub fn advance(&self, by: TimeDelta) {
        let mut now = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// What the rest of the server asks of a clock.
#[derive(Clone)]
pub struct Time(Arc<dyn Clock>);

impl Time {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self(clock)
    }

    pub fn system() -> Self {
        Self(Arc::new(SystemClock))
    }

    /// Seconds since the Unix epoch: how the database stores moments.
    pub fn now(&self) -> i64 {
        self.0.now().timestamp()
    }

    /// Today's date in UTC: how waves and weeks are counted.
    pub fn today(&self) -> NaiveDate {
        self.0.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = DateTime::from_timestamp(1_767_225_600, 0).unwrap(); // 2026-01-01
        let clock = ManualClock::starting_at(start);
        let time = Time::new(clock.clone());
        assert_eq!(time.now(), 1_767_225_600);
        clock.advance(TimeDelta::days(1));
        assert_eq!(time.today(), NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
        clock.set(start);
        assert_eq!(time.now(), 1_767_225_600);
    }
}

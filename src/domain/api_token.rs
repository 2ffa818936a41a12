//! Personal access tokens for the JSON API: what a token may do, how long
//! it lives, how fast it may call. Made and revoked by each person on their
//! account page; the server keeps only a hash.

use super::validation::bounded_text;
use super::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

/// Every token starts with this, so a leaked one is easy to recognise (and to search logs and repositories for).
pub const TOKEN_PREFIX: &str = "mvt_";

/// Requests one token may make per minute, counted across all app servers.
pub const REQUESTS_PER_MINUTE: i64 = 120;

/// How fast one caller may go: a bucket of `capacity` requests that refills
/// at `per_second`. Unlike counts per calendar minute, no boundary lets a
/// caller spend two minutes' worth in two seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Allowance {
    pub capacity: f64,
    pub per_second: f64,
}

/// Each token: 120 requests a minute, in bursts of at most 120.
pub const PER_TOKEN: Allowance = Allowance { capacity: REQUESTS_PER_MINUTE as f64, per_second: REQUESTS_PER_MINUTE as f64 / 60.0 };

/// Each person, all their tokens together: twenty tokens are not twenty
/// times the limit.
pub const PER_PERSON: Allowance =
    Allowance { capacity: 2.0 * REQUESTS_PER_MINUTE as f64, per_second: 2.0 * REQUESTS_PER_MINUTE as f64 / 60.0 };

/// What is left in a caller's bucket, as of `at` (seconds since the epoch).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub tokens: f64,
    pub at: i64,
}

impl Allowance {
    /// Takes one request from `bucket` (`None`: a caller not seen lately,
    /// whose bucket is full) at `now`. Returns the bucket as it is now and
    /// whether the request may go, else how many seconds until one may.
    /// A refused request takes nothing, so a caller that waits gets through.
    pub fn take(&self, bucket: Option<Bucket>, now: i64) -> (Bucket, Result<(), i64>) {
        let tokens = match bucket {
            Some(b) => (b.tokens + (now - b.at).max(0) as f64 * self.per_second).min(self.capacity),
            None => self.capacity,
        };
        if tokens >= 1.0 {
            (Bucket { tokens: tokens - 1.0, at: now }, Ok(()))
        } else {
            let wait = ((1.0 - tokens) / self.per_second).ceil().max(1.0) as i64;
            (Bucket { tokens, at: now }, Err(wait))
        }
    }
}

/// Live tokens one person may hold in one organisation.
pub const MAX_TOKENS: usize = 20;

/// The lifetimes offered, in days.
pub const EXPIRY_DAYS: [i64; 4] = [7, 30, 90, 365];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenScope {
    /// Reads waves, objectives, key results, boosts and confidence aggregates.
    Read,
    /// Reads, and checks in on key results the person may check in on.
    CheckIn,
}

impl TokenScope {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::CheckIn => "check_in",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        match raw.trim() {
            "read" => Ok(TokenScope::Read),
            "check_in" => Ok(TokenScope::CheckIn),
            _ => Err(ValidationError::new("scope", msg!("invalid-token-scope"))),
        }
    }

    pub fn may_check_in(self) -> bool {
        self == TokenScope::CheckIn
    }
}

/// What a person calls a token ("CI pipeline"), so they know which to revoke.
/// A token to make, checked: its name, what it may do, and for how many days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub name: String,
    pub scope: TokenScope,
    pub days: i64,
}

impl NewToken {
    pub fn parse(name: &str, scope: &str, days: &str) -> Result<Self, ValidationError> {
        Ok(Self { name: parse_name(name)?, scope: TokenScope::parse(scope)?, days: parse_expiry_days(days)? })
    }
}

pub fn parse_name(raw: &str) -> Result<String, ValidationError> {
    bounded_text("name", msg!("label-token-name"), raw, 60)
}

/// How many days the token lives: one of [`EXPIRY_DAYS`].
pub fn parse_expiry_days(raw: &str) -> Result<i64, ValidationError> {
    raw.trim()
        .parse::<i64>()
        .ok()
        .filter(|d| EXPIRY_DAYS.contains(d))
        .ok_or_else(|| ValidationError::new("expires_in_days", msg!("invalid-token-days")))
}

/// A token as its owner's account page lists it (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenView {
    pub id: i64,
    pub name: String,
    pub scope: TokenScope,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub expired: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_form() {
        assert_eq!(TokenScope::parse("check_in").unwrap(), TokenScope::CheckIn);
        assert_eq!(TokenScope::parse("admin").unwrap_err().field, "scope");
        assert_eq!(parse_expiry_days("90").unwrap(), 90);
        assert_eq!(parse_expiry_days("1000").unwrap_err().field, "expires_in_days");
        assert_eq!(parse_name("  CI  ").unwrap(), "CI");
        assert!(parse_name("").is_err());
        assert!(TokenScope::CheckIn.may_check_in() && !TokenScope::Read.may_check_in());
    }

    /// Takes `n` requests at `now`; returns how many went through.
    fn burst(a: Allowance, bucket: &mut Option<Bucket>, now: i64, n: usize) -> usize {
        (0..n)
            .filter(|_| {
                let (b, ok) = a.take(*bucket, now);
                *bucket = Some(b);
                ok.is_ok()
            })
            .count()
    }

    #[test]
    fn a_burst_gets_the_capacity_then_says_when_to_retry() {
        let mut b = None;
        assert_eq!(burst(PER_TOKEN, &mut b, 1_000, 200), 120);
        assert_eq!(PER_TOKEN.take(b, 1_000).1, Err(1), "two a second come back");
        assert_eq!(burst(PER_TOKEN, &mut b, 1_001, 10), 2);
        assert_eq!(burst(PER_TOKEN, &mut b, 1_061, 500), 120, "a minute later, full again");
    }

    #[test]
    fn no_minute_boundary_doubles_the_limit() {
        // 120 at the last second of a minute and as many as possible two seconds later.
        let mut b = None;
        let first = burst(PER_TOKEN, &mut b, 1_019, 120);
        let second = burst(PER_TOKEN, &mut b, 1_021, 120);
        assert_eq!(first + second, 124);
    }

    proptest! {
        /// Over any run of calls, a caller gets at most the capacity plus
        /// what refills in the time the run took.
        #[test]
        fn never_more_than_the_capacity_and_the_refill(steps in proptest::collection::vec((0i64..5, 1usize..50), 1..60)) {
            let mut b = None;
            let (start, mut now, mut got) = (10_000, 10_000, 0usize);
            for (gap, n) in steps {
                now += gap;
                got += burst(PER_TOKEN, &mut b, now, n);
            }
            let most = PER_TOKEN.capacity + (now - start) as f64 * PER_TOKEN.per_second;
            prop_assert!(got as f64 <= most, "{got} > {most}");
        }
    }
}

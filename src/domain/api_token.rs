//! Personal access tokens for the JSON API: what a token may do, how long
//! it lives, how fast it may call. Made and revoked by each person on their
//! account page; the server keeps only a hash.

use super::validation::bounded_text;
use super::ValidationError;
use serde::{Deserialize, Serialize};

/// Every token starts with this, so a leaked one is easy to recognise (and to search logs and repositories for).
pub const TOKEN_PREFIX: &str = "mvt_";

/// Requests one token may make per minute, counted across all app servers.
pub const REQUESTS_PER_MINUTE: i64 = 120;

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

    pub fn label(self) -> &'static str {
        match self {
            TokenScope::Read => "Read",
            TokenScope::CheckIn => "Read and check in",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        match raw.trim() {
            "read" => Ok(TokenScope::Read),
            "check_in" => Ok(TokenScope::CheckIn),
            _ => Err(ValidationError::new("scope", "Choose what the token may do: read, or read and check in.")),
        }
    }

    pub fn may_check_in(self) -> bool {
        self == TokenScope::CheckIn
    }
}

/// What a person calls a token ("CI pipeline"), so they know which to revoke.
pub fn parse_name(raw: &str) -> Result<String, ValidationError> {
    bounded_text("name", "The token's name", raw, 60)
}

/// How many days the token lives: one of [`EXPIRY_DAYS`].
pub fn parse_expiry_days(raw: &str) -> Result<i64, ValidationError> {
    raw.trim().parse::<i64>().ok().filter(|d| EXPIRY_DAYS.contains(d)).ok_or_else(|| {
        ValidationError::new("expires_in_days", "Choose how long the token works: 7, 30, 90 or 365 days.")
    })
}

/// The start of the minute `now` falls in: the rate limit's window.
pub fn window_start(now: i64) -> i64 {
    now - now.rem_euclid(60)
}

/// Seconds until a token that made `count` requests this minute may call
/// again; `None` while under the limit.
pub fn retry_after(count: i64, now: i64) -> Option<i64> {
    (count > REQUESTS_PER_MINUTE).then(|| window_start(now) + 60 - now)
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

    #[test]
    fn the_limit_lets_a_minute_through_then_says_when_to_retry() {
        let now = 1_767_225_630; // 30 s into a minute
        assert_eq!(retry_after(REQUESTS_PER_MINUTE, now), None);
        assert_eq!(retry_after(REQUESTS_PER_MINUTE + 1, now), Some(30));
    }

    proptest! {
        #[test]
        fn windows_are_whole_minutes_containing_now(now in 0i64..4_000_000_000) {
            let w = window_start(now);
            prop_assert!(w % 60 == 0 && w <= now && now < w + 60);
            let wait = retry_after(REQUESTS_PER_MINUTE + 1, now).unwrap();
            prop_assert!((1..=60).contains(&wait));
        }
    }
}

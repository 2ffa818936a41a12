//! How pages write a moment stored as seconds since the epoch. The server
//! renders these, in UTC: pages do not know the reader's time zone.

/// " 3 Dec 2026".
pub fn day(epoch: i64) -> String {
    format(epoch, "%e %b %Y")
}

/// " 3 Dec 2026, 07:40 UTC".
pub fn day_and_time(epoch: i64) -> String {
    format(epoch, "%e %b %Y, %H:%M UTC")
}

fn format(epoch: i64, pattern: &str) -> String {
    chrono::DateTime::from_timestamp(epoch, 0).map(|d| d.format(pattern).to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_and_times_in_utc() {
        assert_eq!(super::day(1_764_720_000), " 3 Dec 2025");
        assert_eq!(super::day_and_time(1_764_720_000 + 7 * 3600 + 40 * 60), " 3 Dec 2025, 07:40 UTC");
    }
}

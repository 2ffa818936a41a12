//! How pages write a moment stored as seconds since the epoch, in the
//! reader's language. The server renders these, in UTC: pages do not know
//! the reader's time zone.

use crate::domain::locale::Locale;
use crate::i18n::locale;

/// "3 Dec 2026", "3. Dez. 2026".
pub fn day(epoch: i64) -> String {
    day_in(locale(), epoch)
}

/// "3 Dec 2026, 07:40 UTC".
pub fn day_and_time(epoch: i64) -> String {
    day_and_time_in(locale(), epoch)
}

fn day_in(locale: Locale, epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0).map(|d| locale.short_date(d.date_naive())).unwrap_or_default()
}

fn day_and_time_in(locale: Locale, epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| format!("{}, {} UTC", locale.short_date(d.date_naive()), d.format("%H:%M")))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;

    #[test]
    fn days_and_times_in_utc_in_the_reader_s_language() {
        assert_eq!(super::day_in(Locale::En, 1_764_720_000), "3 Dec 2025");
        assert_eq!(super::day_in(Locale::De, 1_764_720_000), "3. Dez. 2025");
        assert_eq!(super::day_and_time_in(Locale::Fr, 1_764_720_000 + 7 * 3600 + 40 * 60), "3 déc. 2025, 07:40 UTC");
    }
}

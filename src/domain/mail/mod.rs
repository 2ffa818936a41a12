//! E-mail's pure rules: the organisation's weekly schedule, when its
//! reminder and digest are due, how a failed send is retried, and (in
//! [`text`]) what the messages say. The server's outbox and sender apply them.

// Worded from the message files, which only the server (and the tests) compile in.
#[cfg(any(feature = "ssr", test))]
pub mod text;

use super::ValidationError;
use crate::domain::msg::Msg;
use crate::msg;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// A weekly moment in the organisation's own time: the reminder's day and
/// time of day (the Friday digest goes at the same time of day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    day: u8,
    minute: u16,
}

impl Default for Schedule {
    /// Monday, 09:00: the start of the working week.
    fn default() -> Self {
        Self { day: 1, minute: 9 * 60 }
    }
}

impl Schedule {
    /// `day` as the form sends it ("1"–"7"), `time` as `HH:MM` (24-hour).
    pub fn parse(day: &str, time: &str) -> Result<Self, ValidationError> {
        let day = day
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|d| (1..=7).contains(d))
            .ok_or_else(|| ValidationError::new("reminder_day", msg!("invalid-reminder-day")))?;
        let minute = NaiveTime::parse_from_str(time.trim(), "%H:%M")
            .map(|t| t.hour_minute())
            .map_err(|_| ValidationError::new("reminder_time", msg!("invalid-reminder-time")))?;
        Ok(Self { day, minute })
    }

    /// From stored values; `None` when they are out of range.
    pub fn from_stored(day: i64, minute: i64) -> Option<Self> {
        let day = u8::try_from(day).ok().filter(|d| (1..=7).contains(d))?;
        let minute = u16::try_from(minute).ok().filter(|m| *m < 24 * 60)?;
        Some(Self { day, minute })
    }

    pub fn day(self) -> u8 {
        self.day
    }

    pub fn minute(self) -> u16 {
        self.minute
    }

    /// `HH:MM`, as a time field shows it.
    pub fn time_text(self) -> String {
        format!("{:02}:{:02}", self.minute / 60, self.minute % 60)
    }
}

trait HourMinute {
    fn hour_minute(self) -> u16;
}

impl HourMinute for NaiveTime {
    fn hour_minute(self) -> u16 {
        use chrono::Timelike;
        (self.hour() * 60 + self.minute()) as u16
    }
}

/// The organisation's e-mail settings, as its admins see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgMail {
    /// Whether this server sends e-mail at all (an SMTP server is configured).
    pub enabled: bool,
    /// An IANA time zone name, e.g. `Europe/Berlin`.
    pub time_zone: String,
    pub schedule: Schedule,
}

/// A person's choice of weekly e-mails, as their account page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailChoices {
    pub enabled: bool,
    pub reminders: bool,
    pub digest: bool,
    /// Whether the person leads in their current organisation (the digest is for leaders).
    pub leads: bool,
}

/// A time zone name as typed: `Area/City` (or `UTC`), checked against the
/// server's time zone database before it is stored.
pub fn time_zone_shape(raw: &str) -> Result<String, ValidationError> {
    let name = raw.trim();
    let fits = !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c));
    if fits {
        Ok(name.to_owned())
    } else {
        Err(unknown_time_zone())
    }
}

pub fn unknown_time_zone() -> ValidationError {
    ValidationError::new("time_zone", msg!("invalid-time-zone"))
}

/// The two weekly e-mails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekly {
    /// To everyone: vote, and write your team's PPP.
    Reminder,
    /// To leaders, on Friday: what needs them.
    Digest,
}

impl Weekly {
    pub fn as_str(self) -> &'static str {
        match self {
            Weekly::Reminder => "reminder",
            Weekly::Digest => "digest",
        }
    }

    fn weekday(self, schedule: Schedule) -> u8 {
        match self {
            Weekly::Reminder => schedule.day,
            Weekly::Digest => 5,
        }
    }
}

/// How long after its moment a weekly e-mail may still go: a server that
/// was down at 09:00 sends at 11:00, but not a Monday reminder on Thursday.
pub const SEND_WINDOW_HOURS: i64 = 24;

/// The week (`2026-W10`, ISO, of the organisation's calendar) whose `kind`
/// e-mail is due at `local`, the organisation's local time now; `None`
/// outside the window after the moment. The key makes each e-mail go once
/// per person per week however often this is asked.
pub fn due(kind: Weekly, schedule: Schedule, local: NaiveDateTime) -> Option<String> {
    let monday = local.date() - Duration::days(i64::from(local.weekday().num_days_from_monday()));
    // The window may run past Sunday midnight, so last week's moment counts too.
    [monday, monday - Duration::days(7)].into_iter().find_map(|week| {
        let moment = moment_in(week, kind.weekday(schedule), schedule.minute);
        (moment <= local && local < moment + Duration::hours(SEND_WINDOW_HOURS)).then(|| week_key(moment.date()))
    })
}

fn moment_in(monday: NaiveDate, day: u8, minute: u16) -> NaiveDateTime {
    (monday + Duration::days(i64::from(day) - 1)).and_time(NaiveTime::MIN) + Duration::minutes(i64::from(minute))
}

/// `2026-W10`: the ISO week of `day`.
pub fn week_key(day: NaiveDate) -> String {
    let w = day.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// Tries a message gets before the outbox gives up on it.
pub const MAX_ATTEMPTS: u32 = 12;
/// The longest wait between two tries.
pub const MAX_RETRY_SECS: i64 = 6 * 3600;
/// How long a sender holds a message it took before another may take it
/// (a sender that died mid-send does not strand its messages).
pub const LEASE_SECS: i64 = 300;

/// Whether a third party's HTTP status says "later" (a timeout, a rate
/// limit, trouble on its side) rather than "never": the one rule every
/// channel's sender (push, Teams, Slack) retries by, with [`retry_after`].
pub fn worth_retrying(status: u16) -> bool {
    matches!(status, 408 | 429 | 500..=599)
}

/// Seconds to wait after the `attempts`-th failed try: a minute, doubling,
/// at most six hours; `None` once the tries are used up. Twelve tries span
/// about twenty hours, long enough to ride out a mail server's bad night.
pub fn retry_after(attempts: u32) -> Option<i64> {
    if attempts == 0 || attempts >= MAX_ATTEMPTS {
        return None;
    }
    Some((60i64 << (attempts - 1).min(20)).min(MAX_RETRY_SECS))
}

/// How long a password reset link works.
pub const RESET_VALID_SECS: i64 = 3600;
/// A workspace is young for its first day: the cheapest relay for phishing
/// is a workspace made a minute ago, so it e-mails fewer invites.
pub const YOUNG_WORKSPACE_SECS: i64 = 86_400;

/// Invites a workspace may e-mail (per hour, per day), young or not.
pub const fn invite_limits(young: bool) -> (i64, i64) {
    if young {
        (10, 20)
    } else {
        (50, 200)
    }
}

/// Whether a workspace `age_secs` old that e-mailed `last_hour` and
/// `last_day` invites may e-mail one more; else why not, to show the admin.
pub fn invite_allowance(age_secs: i64, last_hour: i64, last_day: i64) -> Result<(), Msg> {
    let young = age_secs < YOUNG_WORKSPACE_SECS;
    let (per_hour, per_day) = invite_limits(young);
    let age = if young { "young" } else { "older" };
    if last_hour >= per_hour {
        return Err(msg!("rate-invites-hour", age = age, count = per_hour));
    }
    if last_day >= per_day {
        return Err(msg!("rate-invites-day", age = age, count = per_day));
    }
    Ok(())
}

/// Reset links one account may be sent per hour.
pub const RESETS_PER_HOUR: i64 = 3;
/// Reset requests one address (an IPv4 address or an IPv6 /64) may make per
/// hour, for any accounts: nobody sends every account its three links.
pub const RESET_REQUESTS_PER_ADDRESS_PER_HOUR: i64 = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;
    use proptest::prelude::*;

    #[test]
    fn a_young_workspace_e_mails_fewer_invites() {
        let hour = YOUNG_WORKSPACE_SECS - 1;
        assert!(invite_allowance(hour, 9, 9).is_ok());
        assert!(invite_allowance(hour, 10, 10).unwrap_err().to_string().contains("first day may e-mail 10 invites an hour"));
        assert!(invite_allowance(hour, 0, 20).unwrap_err().to_string().contains("20 invites a day"));
        let older = YOUNG_WORKSPACE_SECS;
        assert!(invite_allowance(older, 10, 20).is_ok());
        assert!(invite_allowance(older, 50, 50).unwrap_err().to_string().starts_with("A workspace may e-mail 50 invites an hour"));
        assert!(invite_allowance(older, 0, 200).unwrap_err().to_string().contains("200 invites a day"));
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn parses_the_form_and_says_what_is_wrong() {
        let s = Schedule::parse("3", "16:30").unwrap();
        assert_eq!((s.day(), s.time_text()), (3, "16:30".to_string()));
        assert_eq!(Schedule::parse("0", "09:00").unwrap_err().field, "reminder_day");
        assert_eq!(Schedule::parse("8", "09:00").unwrap_err().field, "reminder_day");
        assert_eq!(Schedule::parse("1", "25:00").unwrap_err().field, "reminder_time");
        assert_eq!(Schedule::parse("1", "nine").unwrap_err().field, "reminder_time");
        assert_eq!(Schedule::default().time_text(), "09:00");
        assert_eq!(Schedule::from_stored(7, 1439), Some(Schedule::parse("7", "23:59").unwrap()));
        assert_eq!(Schedule::from_stored(7, 1440), None);
    }

    #[test]
    fn the_reminder_is_due_from_its_moment_for_a_day() {
        let monday_nine = Schedule::default();
        // 2026-03-02 is a Monday (ISO week 10).
        assert_eq!(due(Weekly::Reminder, monday_nine, at("2026-03-02 08:59")), None);
        assert_eq!(due(Weekly::Reminder, monday_nine, at("2026-03-02 09:00")).as_deref(), Some("2026-W10"));
        assert_eq!(due(Weekly::Reminder, monday_nine, at("2026-03-03 08:59")).as_deref(), Some("2026-W10"));
        assert_eq!(due(Weekly::Reminder, monday_nine, at("2026-03-03 09:00")), None);
        assert_eq!(due(Weekly::Reminder, monday_nine, at("2026-03-09 09:30")).as_deref(), Some("2026-W11"));
    }

    #[test]
    fn a_sunday_night_moment_stays_due_into_monday_as_last_week() {
        let sunday_late = Schedule::parse("7", "23:00").unwrap();
        assert_eq!(due(Weekly::Reminder, sunday_late, at("2026-03-09 10:00")).as_deref(), Some("2026-W10"));
        assert_eq!(due(Weekly::Reminder, sunday_late, at("2026-03-09 23:00")), None);
    }

    #[test]
    fn the_digest_goes_on_friday_at_the_reminder_time() {
        let s = Schedule::parse("2", "16:00").unwrap();
        assert_eq!(due(Weekly::Digest, s, at("2026-03-06 15:59")), None);
        assert_eq!(due(Weekly::Digest, s, at("2026-03-06 16:00")).as_deref(), Some("2026-W10"));
        assert_eq!(due(Weekly::Digest, s, at("2026-03-03 16:00")), None);
        assert_eq!(NaiveDate::from_ymd_opt(2026, 3, 6).unwrap().weekday(), Weekday::Fri);
    }

    #[test]
    fn retries_double_from_a_minute_up_to_six_hours_then_stop() {
        assert_eq!(retry_after(1), Some(60));
        assert_eq!(retry_after(2), Some(120));
        assert_eq!(retry_after(9), Some(256 * 60));
        assert_eq!(retry_after(10), Some(MAX_RETRY_SECS));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
        assert_eq!(retry_after(0), None);
    }

    proptest! {
        /// Whatever the schedule, over a whole week the e-mail is due for
        /// exactly one day-long stretch, always with the same week key.
        #[test]
        fn due_once_a_week(day in 1u8..=7, minute in 0u16..1440, digest: bool) {
            let schedule = Schedule { day, minute };
            let kind = if digest { Weekly::Digest } else { Weekly::Reminder };
            let start = at("2026-03-02 00:00") + Duration::days(7);
            let keys: Vec<Option<String>> = (0..7 * 24 * 4).map(|q| due(kind, schedule, start + Duration::minutes(15 * q))).collect();
            let due_count = keys.iter().filter(|k| k.is_some()).count();
            prop_assert_eq!(due_count, 24 * 4);
            let mut distinct: Vec<&String> = keys.iter().flatten().collect();
            distinct.dedup();
            prop_assert!(distinct.len() <= 2, "one week's key, or last week's then this week's: {distinct:?}");
        }

        #[test]
        fn retry_waits_grow(n in 1u32..MAX_ATTEMPTS - 1) {
            prop_assert!(retry_after(n + 1).unwrap() >= retry_after(n).unwrap());
        }
    }
}

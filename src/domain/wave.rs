//! Waves: time-boxed cycles of 2 to 6 weeks, their states and their clock.

use super::ids::WaveId;
use super::validation::{bounded_text, ValidationError};
use crate::domain::msg::{Arg, Msg};
use crate::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const MIN_WAVE_DAYS: i64 = 14;
pub const MAX_WAVE_DAYS: i64 = 42;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct WaveName(String);

impl TryFrom<String> for WaveName {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl WaveName {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("name", msg!("label-wave-name"), raw, 80).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A wave's first and last day (both included), 2 to 6 weeks apart.
/// Deserialising goes through [`WaveDates::new`], so no value skips the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawDates")]
pub struct WaveDates {
    start: NaiveDate,
    end: NaiveDate,
}

#[derive(Deserialize)]
struct RawDates {
    start: NaiveDate,
    end: NaiveDate,
}

impl TryFrom<RawDates> for WaveDates {
    type Error = ValidationError;
    fn try_from(raw: RawDates) -> Result<Self, Self::Error> {
        Self::new(raw.start, raw.end)
    }
}

/// Years a wave may fall in: typing 9999 or 1900 is a slip, and far-off
/// dates would only overflow the week maths.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// `label` names the date in its messages (`msg!("label-start-date")`).
pub fn parse_date(field: &str, label: Msg, raw: &str) -> Result<NaiveDate, ValidationError> {
    let date = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| ValidationError::new(field, msg!("invalid-date", label = label.clone())))?;
    check_year(field, label, date)
}

fn check_year(field: &str, label: Msg, date: NaiveDate) -> Result<NaiveDate, ValidationError> {
    use chrono::Datelike;
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        // Years as written: no group separator in "2100".
        Err(ValidationError::new(
            field,
            msg!("invalid-date-years", label = label, first = YEARS.start().to_string(), last = YEARS.end().to_string()),
        ))
    }
}

impl WaveDates {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, ValidationError> {
        let start = check_year("starts_on", msg!("label-start-date"), start)?;
        let end = check_year("ends_on", msg!("label-end-date"), end)?;
        if end <= start {
            return Err(ValidationError::new("ends_on", msg!("invalid-wave-end-before-start")));
        }
        let days = (end - start).num_days() + 1;
        if !(MIN_WAVE_DAYS..=MAX_WAVE_DAYS).contains(&days) {
            let weeks = Arg::Hundredths((days as f64 * 10.0 / 7.0).round() as i64 * 10);
            return Err(ValidationError::new(
                "ends_on",
                msg!("invalid-wave-length", min = MIN_WAVE_DAYS, max = MAX_WAVE_DAYS, days = days, weeks = weeks),
            ));
        }
        Ok(Self { start, end })
    }

    pub fn parse(start: &str, end: &str) -> Result<Self, ValidationError> {
        let start = parse_date("starts_on", msg!("label-start-date"), start)?;
        let end = parse_date("ends_on", msg!("label-end-date"), end)?;
        Self::new(start, end)
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }
    pub fn end(&self) -> NaiveDate {
        self.end
    }
    pub fn total_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Where `today` falls in the wave.
    pub fn clock(&self, today: NaiveDate) -> WaveClock {
        let total = self.total_days();
        let elapsed = ((today - self.start).num_days()).clamp(0, total);
        let days_to_start = (self.start - today).num_days().max(0);
        WaveClock { total_days: total, elapsed_days: elapsed, remaining_days: total - elapsed, days_to_start }
    }

    /// The week `day` falls in: week 1 starts on the wave's first day; `None`
    /// outside the wave. Votes, PPPs and the survey all count weeks this way.
    pub fn week_of(&self, day: NaiveDate) -> Option<u32> {
        if day < self.start || day > self.end {
            return None;
        }
        u32::try_from((day - self.start).num_days() / 7 + 1).ok()
    }

    /// How many (possibly partial) weeks the wave has.
    pub fn week_count(&self) -> u32 {
        u32::try_from((self.total_days() + 6) / 7).unwrap_or(1)
    }

    /// The first day of a week of the wave.
    pub fn week_start(&self, week: u32) -> NaiveDate {
        self.start + chrono::Days::new(u64::from(week.max(1) - 1) * 7)
    }

    /// The moment a week begins (seconds since the epoch): its first day at
    /// 00:00 UTC.
    pub fn week_begins(&self, week: u32) -> i64 {
        self.week_start(week).and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or(i64::MAX)
    }

    /// Who counts in a week's ballot boxes: people who became voters (joined
    /// the organisation, and the team for a team objective) by this moment,
    /// a full tenure before the week begins (see `vote::eligible_by`). It
    /// depends on the calendar only, never on when a wave was created or
    /// started, so no admin action can shorten it.
    pub fn voters_joined_by(&self, week: u32) -> i64 {
        super::vote::eligible_by(self.week_begins(week))
    }

    /// The first week after `week` in which someone who became a voter at
    /// `since` votes; `None` when the wave ends first.
    pub fn first_week_for(&self, since: i64, week: u32) -> Option<u32> {
        (week + 1..=self.week_count()).find(|w| self.voters_joined_by(*w) >= since)
    }

    /// The rule before round three of hardening, kept only to move votes
    /// cast under it (`server::tools::legacy`): a week's boxes opened at its first
    /// day or the wave's creation, whichever came later, and anyone who had
    /// joined by then voted. An admin could time that, so it no longer
    /// decides who votes.
    pub fn voting_opened(&self, week: u32, wave_created_at: i64) -> i64 {
        let start = self.week_start(week).and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or(i64::MAX);
        start.max(wave_created_at)
    }

    /// A week is closed once its last day (or the wave's) is behind us.
    /// Whether week `week` has begun by `today`.
    pub fn week_started(&self, week: u32, today: NaiveDate) -> bool {
        today >= self.start + chrono::Days::new(u64::from(week.saturating_sub(1)) * 7)
    }

    pub fn week_closed(&self, week: u32, today: NaiveDate) -> bool {
        let last = self.start + chrono::Days::new(u64::from(week) * 7 - 1);
        today > last.min(self.end)
    }
}

/// A wave as lists and pages show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveSummary {
    pub id: WaveId,
    pub name: String,
    pub dates: WaveDates,
    pub state: WaveState,
}

impl WaveSummary {
    /// Refuses changes to objectives once the wave is over.
    pub fn check_open_for_objectives(&self) -> Result<(), Msg> {
        if self.state.open_for_objectives() {
            Ok(())
        } else {
            Err(msg!("conflict-wave-not-open", wave = self.name.as_str(), state = self.state.word()))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaveClock {
    pub total_days: i64,
    /// Days fully behind us: 0 on the first day, `total_days` after the last.
    pub elapsed_days: i64,
    pub remaining_days: i64,
    /// Days until the first day (0 once it has come).
    #[serde(default)]
    pub days_to_start: i64,
}

impl WaveClock {
    /// Where the wave stands, in words: "day 1 of 28, 28 days remaining"
    /// on its first day (today counts as a day remaining).
    pub fn describe(&self) -> Msg {
        if self.days_to_start > 0 {
            msg!("wave-clock-starts", days = self.days_to_start, total = self.total_days)
        } else if self.elapsed_days < self.total_days {
            msg!("wave-clock-day", day = self.elapsed_days + 1, total = self.total_days, left = self.remaining_days)
        } else {
            msg!("wave-clock-ended", total = self.total_days)
        }
    }

    /// Share of the wave elapsed, 0–100.
    pub fn elapsed_pct(&self) -> f64 {
        if self.total_days == 0 {
            return 100.0;
        }
        self.elapsed_days as f64 * 100.0 / self.total_days as f64
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WaveState {
    Planned,
    Active,
    Reflecting,
    Closed,
}

impl WaveState {
    pub const ALL: [WaveState; 4] = [WaveState::Planned, WaveState::Active, WaveState::Reflecting, WaveState::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            WaveState::Planned => "planned",
            WaveState::Active => "active",
            WaveState::Reflecting => "reflecting",
            WaveState::Closed => "closed",
        }
    }

    /// The state as a word inside a sentence ("The wave is closed").
    pub fn word(self) -> Msg {
        match self {
            WaveState::Planned => msg!("wave-state-word-planned"),
            WaveState::Active => msg!("wave-state-word-active"),
            WaveState::Reflecting => msg!("wave-state-word-reflecting"),
            WaveState::Closed => msg!("wave-state-word-closed"),
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        WaveState::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or_else(|| ValidationError::new("state", msg!("invalid-wave-state")))
    }

    /// The one state a wave can move on to: waves only go forward.
    pub fn next(self) -> Option<WaveState> {
        match self {
            WaveState::Planned => Some(WaveState::Active),
            WaveState::Active => Some(WaveState::Reflecting),
            WaveState::Reflecting => Some(WaveState::Closed),
            WaveState::Closed => None,
        }
    }

    /// The label of the button that moves a wave to `next()`.
    pub fn advance_label(self) -> Option<Msg> {
        match self {
            WaveState::Planned => Some(msg!("wave-start")),
            WaveState::Active => Some(msg!("wave-end")),
            WaveState::Reflecting => Some(msg!("wave-close")),
            WaveState::Closed => None,
        }
    }

    /// Moving on from this state cannot be undone: what the leader is told
    /// before confirming (starting a wave needs no second step).
    pub fn advance_warning(self) -> Option<Msg> {
        match self {
            WaveState::Active => Some(msg!("wave-end-warning")),
            WaveState::Reflecting => Some(msg!("wave-close-warning")),
            WaveState::Planned | WaveState::Closed => None,
        }
    }

    /// The state's name as a badge shows it ("Active").
    pub fn name(self) -> Msg {
        match self {
            WaveState::Planned => msg!("wave-state-planned"),
            WaveState::Active => msg!("wave-state-active"),
            WaveState::Reflecting => msg!("wave-state-reflecting"),
            WaveState::Closed => msg!("wave-state-closed"),
        }
    }

    /// Whether teams may still add or change objectives.
    pub fn open_for_objectives(self) -> bool {
        matches!(self, WaveState::Planned | WaveState::Active)
    }
}

/// Checks a requested move from `from` to `to`.
pub fn check_transition(from: WaveState, to: WaveState) -> Result<(), Msg> {
    if from.next() == Some(to) {
        Ok(())
    } else {
        Err(msg!("conflict-wave-transition", from = from.word(), to = to.word()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn two_to_six_weeks_inclusive() {
        assert!(WaveDates::parse("2026-01-05", "2026-01-18").is_ok(), "exactly 2 weeks");
        assert!(WaveDates::parse("2026-01-05", "2026-02-15").is_ok(), "exactly 6 weeks");
        let short = WaveDates::parse("2026-01-05", "2026-01-17").unwrap_err();
        assert!(short.message.to_string().contains("13 days (1.9 weeks)"), "{}", short.message);
        let long = WaveDates::parse("2026-01-05", "2026-03-01").unwrap_err();
        assert!(long.message.to_string().contains("(8 weeks)"), "{}", long.message);
        assert_eq!(long.field, "ends_on");
    }

    #[test]
    fn end_before_start_and_garbage() {
        assert_eq!(WaveDates::parse("2026-02-01", "2026-01-01").unwrap_err().message, "The end date must be after the start date.");
        assert_eq!(WaveDates::parse("soon", "2026-01-01").unwrap_err().field, "starts_on");
    }

    #[test]
    fn clock_counts_days() {
        let w = WaveDates::parse("2026-01-05", "2026-01-18").unwrap();
        assert_eq!(w.clock(d("2026-01-01")), WaveClock { total_days: 14, elapsed_days: 0, remaining_days: 14, days_to_start: 4 });
        assert_eq!(w.clock(d("2026-01-12")).elapsed_pct(), 50.0);
        assert_eq!(w.clock(d("2026-03-01")).remaining_days, 0);
    }

    #[test]
    fn weeks_start_seven_days_apart() {
        let w = WaveDates::parse("2026-01-05", "2026-01-25").unwrap();
        assert!(w.week_started(1, d("2026-01-05")) && !w.week_started(2, d("2026-01-11")));
        assert!(w.week_started(2, d("2026-01-12")));
        assert!(!w.week_started(1, d("2026-01-04")));
    }

    #[test]
    fn the_first_day_is_day_one() {
        let w = WaveDates::parse("2026-01-05", "2026-01-18").unwrap();
        assert_eq!(w.clock(d("2026-01-04")).describe().to_string(), "starts in 1 day, 14 days long");
        assert_eq!(w.clock(d("2026-01-05")).describe().to_string(), "day 1 of 14, 14 days remaining");
        assert_eq!(w.clock(d("2026-01-18")).describe().to_string(), "day 14 of 14, 1 day remaining");
        assert_eq!(w.clock(d("2026-01-19")).describe().to_string(), "ended: all 14 days are behind us");
    }

    #[test]
    fn weeks_of_a_wave() {
        let w = WaveDates::parse("2026-01-05", "2026-01-25").unwrap();
        assert_eq!(w.week_count(), 3);
        assert_eq!(w.week_of(d("2026-01-04")), None);
        assert_eq!(w.week_of(d("2026-01-05")), Some(1));
        assert_eq!(w.week_of(d("2026-01-12")), Some(2));
        assert_eq!(w.week_of(d("2026-01-25")), Some(3));
        assert!(!w.week_closed(1, d("2026-01-11")));
        assert!(w.week_closed(1, d("2026-01-12")));
        let partial = WaveDates::parse("2026-01-05", "2026-01-20").unwrap();
        assert_eq!(partial.week_count(), 3, "a last partial week still counts");
        assert!(partial.week_closed(3, d("2026-01-21")));
    }

    #[test]
    fn voters_need_a_full_week_of_tenure_before_the_week() {
        let w = WaveDates::parse("2026-01-05", "2026-01-25").unwrap();
        let monday = w.week_begins(1);
        assert_eq!(monday, 1_767_571_200); // 2026-01-05 00:00 UTC
        assert_eq!(w.voters_joined_by(1), monday - 7 * 86_400);
        assert_eq!(w.voters_joined_by(2), monday);
        // Joined on the wave's first morning: votes from week 3 on (week 2
        // begins less than a week later), whenever the wave was created.
        assert_eq!(w.first_week_for(monday + 3600, 1), Some(3));
        assert_eq!(w.first_week_for(monday, 1), Some(2));
        assert_eq!(w.first_week_for(monday + 8 * 86_400, 1), None, "too late for this wave");
    }

    #[test]
    fn deserialising_checks_the_rules() {
        let ok: WaveDates = serde_json::from_str(r#"{"start":"2026-01-05","end":"2026-01-18"}"#).unwrap();
        assert_eq!(ok.total_days(), 14);
        assert!(serde_json::from_str::<WaveDates>(r#"{"start":"2026-01-05","end":"2026-01-06"}"#).is_err());
        assert!(serde_json::from_str::<WaveName>(r#""   ""#).is_err());
    }

    #[test]
    fn states_only_move_forward() {
        assert!(check_transition(WaveState::Planned, WaveState::Active).is_ok());
        assert!(check_transition(WaveState::Active, WaveState::Planned).is_err());
        assert!(check_transition(WaveState::Planned, WaveState::Closed).is_err());
        assert!(check_transition(WaveState::Closed, WaveState::Active).is_err());
        for s in WaveState::ALL {
            assert_eq!(WaveState::parse(s.as_str()).unwrap(), s);
        }
    }

    #[test]
    fn waves_stay_in_this_century() {
        assert_eq!(WaveDates::parse("9999-01-01", "9999-01-20").unwrap_err().field, "starts_on");
        assert_eq!(WaveDates::parse("1900-01-01", "1900-01-20").unwrap_err().field, "starts_on");
        assert_eq!(WaveDates::parse("2100-12-01", "2101-01-05").unwrap_err().field, "ends_on");
        assert!(WaveDates::parse("2026-03-02", "2026-04-12").is_ok());
    }

    proptest! {
        /// Any typed pair of dates is refused or gives sane week maths.
        #[test]
        fn any_typed_dates_are_refused_or_sane(a in "\\PC{0,12}", b in "[0-9]{4}-[0-9]{2}-[0-9]{2}") {
            for (s, e) in [(a.as_str(), b.as_str()), (b.as_str(), a.as_str()), (b.as_str(), b.as_str())] {
                if let Ok(d) = WaveDates::parse(s, e) {
                    prop_assert!((2..=6).contains(&d.week_count()));
                    prop_assert_eq!(d.week_of(d.start()), Some(1));
                }
            }
        }

        #[test]
        fn accepted_waves_are_within_bounds(start in 0i64..3000, len in 0i64..80) {
            let s = d("2024-01-01") + chrono::Days::new(start as u64);
            let e = s + chrono::Days::new(len as u64);
            match WaveDates::new(s, e) {
                Ok(w) => prop_assert!((MIN_WAVE_DAYS..=MAX_WAVE_DAYS).contains(&w.total_days())),
                Err(_) => prop_assert!(!(MIN_WAVE_DAYS..=MAX_WAVE_DAYS).contains(&(len + 1))),
            }
        }

        #[test]
        fn clock_is_always_consistent(offset in -100i64..200) {
            let w = WaveDates::parse("2026-01-05", "2026-02-01").unwrap();
            let today = d("2026-01-05") + chrono::TimeDelta::days(offset);
            let c = w.clock(today);
            prop_assert_eq!(c.elapsed_days + c.remaining_days, c.total_days);
            prop_assert!((0.0..=100.0).contains(&c.elapsed_pct()));
        }
    }
}

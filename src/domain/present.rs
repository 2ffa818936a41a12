//! Present mode: the active wave on an all-hands screen, a few slides that
//! advance by themselves. Read-only: it shows what any member already sees.

use super::boost::BoostView;
use super::confidence::ConfidenceRow;
use super::dashboard::Dashboard;
use super::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Slide {
    /// The wave's clock: how much of it is behind us.
    Wave,
    /// Every wave objective with its progress against time.
    Objectives,
    /// The wave objectives' confidence heat map.
    Confidence,
    /// Boosts waiting for a team to take them on.
    Boosts,
}

impl Slide {
    pub const ALL: [Slide; 4] = [Slide::Wave, Slide::Objectives, Slide::Confidence, Slide::Boosts];

    /// From the `slide` query value (1-based); anything else is the first.
    pub fn parse(raw: Option<&str>) -> Slide {
        raw.and_then(|r| r.trim().parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| Self::ALL.get(i).copied())
            .unwrap_or(Slide::Wave)
    }

    /// 1-based, as the address shows it.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }

    /// The slide after this one, round and round.
    pub fn next(self) -> Slide {
        Self::ALL[self.number() % Self::ALL.len()]
    }

    pub fn title(self) -> Msg {
        match self {
            Slide::Wave => msg!("present-slide-wave"),
            Slide::Objectives => msg!("present-slide-objectives"),
            Slide::Confidence => msg!("present-slide-confidence"),
            Slide::Boosts => msg!("present-slide-boosts"),
        }
    }
}

/// Seconds each slide stays up unless the address says otherwise.
pub const DEFAULT_SECONDS: u32 = 20;
/// A screen across a room needs time to be read, and a reload every second
/// would only load the server: the shortest interval allowed.
pub const MIN_SECONDS: u32 = 2;
pub const MAX_SECONDS: u32 = 600;

/// How long a slide stays up, from the `every` query value: seconds, or 0
/// to stay on one slide (paused). Out-of-range values are brought in range;
/// anything unreadable is the default.
pub fn parse_every(raw: Option<&str>) -> Option<u32> {
    match raw.and_then(|r| r.trim().parse::<u32>().ok()) {
        Some(0) => None,
        Some(n) => Some(n.clamp(MIN_SECONDS, MAX_SECONDS)),
        None => Some(DEFAULT_SECONDS),
    }
}

/// Open boosts a slide lists at most (more would not read across a room).
pub const PRESENT_BOOSTS: usize = 6;

/// Everything present mode shows, read once per slide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Present {
    pub dashboard: Dashboard,
    /// The current week of the wave, if one is running.
    pub week: Option<u32>,
    /// The wave objectives' heat-map rows.
    pub heat: Vec<ConfidenceRow>,
    pub threshold: u32,
    /// Open boosts, longest waiting first (at most [`PRESENT_BOOSTS`]).
    pub boosts: Vec<BoostView>,
    /// Seconds since the epoch when it was read, for "waiting 3 days".
    pub now: i64,
}

/// The open boosts a slide lists: longest waiting first.
pub fn waiting_boosts(mut open: Vec<BoostView>) -> Vec<BoostView> {
    open.sort_by_key(|b| (b.created_at, b.id.0));
    open.truncate(PRESENT_BOOSTS);
    open
}

/// "3 days" or "1 day" waiting, from seconds.
pub fn waiting_for(created_at: i64, now: i64) -> Msg {
    match (now - created_at).max(0) / 86_400 {
        0 => msg!("waiting-today"),
        days => msg!("waiting-days", days = days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slides_come_round_in_order() {
        assert_eq!(Slide::parse(None), Slide::Wave);
        assert_eq!(Slide::parse(Some("3")), Slide::Confidence);
        assert_eq!(Slide::parse(Some("0")), Slide::Wave);
        assert_eq!(Slide::parse(Some("9")), Slide::Wave);
        assert_eq!(Slide::parse(Some("two")), Slide::Wave);
        assert_eq!(Slide::Boosts.next(), Slide::Wave);
        assert_eq!(Slide::Wave.next().number(), 2);
    }

    #[test]
    fn the_interval_is_read_from_the_address() {
        assert_eq!(parse_every(None), Some(DEFAULT_SECONDS));
        assert_eq!(parse_every(Some("0")), None, "0 pauses");
        assert_eq!(parse_every(Some("1")), Some(MIN_SECONDS));
        assert_eq!(parse_every(Some("45")), Some(45));
        assert_eq!(parse_every(Some("99999")), Some(MAX_SECONDS));
        assert_eq!(parse_every(Some("-4")), Some(DEFAULT_SECONDS));
    }

    #[test]
    fn waiting_reads_in_days() {
        assert_eq!(waiting_for(0, 3_600), "since today");
        assert_eq!(waiting_for(0, 86_400), "1 day");
        assert_eq!(waiting_for(0, 9 * 86_400 + 5), "9 days");
        assert_eq!(waiting_for(100, 0), "since today");
    }

    proptest! {
        /// Every slide is reached from any other by advancing, and its number reads back.
        #[test]
        fn every_slide_is_reached(start in 1usize..=4, steps in 0usize..8) {
            let mut s = Slide::parse(Some(&start.to_string()));
            prop_assert_eq!(s.number(), start);
            for _ in 0..steps {
                s = s.next();
            }
            prop_assert_eq!(s.number(), (start - 1 + steps) % 4 + 1);
            prop_assert_eq!(Slide::parse(Some(&s.number().to_string())), s);
        }
    }
}

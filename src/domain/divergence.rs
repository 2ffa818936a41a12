//! Crowd versus numbers: when an objective's key results (progress against
//! the wave's clock) and the people voting on it (this week's confidence)
//! tell different stories. No other tool has an honest crowd view of every
//! objective, so this is the question only Mistvine can prompt a leader to
//! ask: "what do the numbers miss?"
//!
//! Both readings use the rules the rest of the app shows: "behind" is the
//! lag that marks an objective as needing support, "worried" is an average
//! that reads Concerned or worse on the heat map, and the crowd's view is
//! only what the anonymity threshold and release rules already show.

use super::progress::NEEDS_SUPPORT_MARGIN;
use super::vote::LOW_AVERAGE;
use serde::{Deserialize, Serialize};

/// An average at or above this reads "Confident" or better.
pub const HIGH_AVERAGE: f64 = 3.5;
/// Progress within this many points of the time elapsed is on pace: key
/// results move in steps, so exactly on the line is too strict.
pub const ON_PACE_SLACK: f64 = 5.0;
/// Before this share of the wave has passed, no key result has had time to
/// move, so "on pace" and "behind" mean nothing yet.
pub const MIN_ELAPSED: f64 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disagreement {
    /// Key results on pace, people worried.
    OnPaceButWorried,
    /// Key results far behind, people confident.
    BehindButConfident,
}

/// What the crowd said: the latest week whose confidence is shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CrowdView {
    pub week: u32,
    pub average: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    pub kind: Disagreement,
    /// The objective's progress, 0–100.
    pub progress: f64,
    /// The share of the wave gone, 0–100.
    pub elapsed: f64,
    pub crowd: CrowdView,
}

/// The disagreement between `progress` (0–100) with `elapsed` (0–100) of
/// the wave gone and the crowd's latest shown confidence, if any.
pub fn divergence(progress: f64, elapsed: f64, crowd: Option<CrowdView>) -> Option<Divergence> {
    let crowd = crowd?;
    if elapsed < MIN_ELAPSED {
        return None;
    }
    let on_pace = progress >= elapsed - ON_PACE_SLACK;
    let far_behind = elapsed - progress > NEEDS_SUPPORT_MARGIN;
    let kind = if on_pace && crowd.average < LOW_AVERAGE {
        Disagreement::OnPaceButWorried
    } else if far_behind && crowd.average >= HIGH_AVERAGE {
        Disagreement::BehindButConfident
    } else {
        return None;
    };
    Some(Divergence { kind, progress, elapsed, crowd })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn crowd(average: f64) -> Option<CrowdView> {
        Some(CrowdView { week: 3, average })
    }

    #[test]
    fn on_pace_with_a_worried_crowd() {
        let d = divergence(55.0, 50.0, crowd(2.0)).unwrap();
        assert_eq!(d.kind, Disagreement::OnPaceButWorried);
        assert_eq!((d.progress, d.elapsed, d.crowd.week), (55.0, 50.0, 3));
        // Slightly behind still counts as on pace; a crowd reading Steady does not worry.
        assert!(divergence(46.0, 50.0, crowd(2.4)).is_some());
        assert_eq!(divergence(55.0, 50.0, crowd(2.5)), None);
    }

    #[test]
    fn far_behind_with_a_confident_crowd() {
        let d = divergence(20.0, 60.0, crowd(4.2)).unwrap();
        assert_eq!(d.kind, Disagreement::BehindButConfident);
        assert_eq!((d.progress, d.elapsed), (20.0, 60.0));
        // Behind but not far enough to need support; or far behind and worried (the numbers and the crowd agree).
        assert_eq!(divergence(45.0, 60.0, crowd(4.2)), None);
        assert_eq!(divergence(20.0, 60.0, crowd(2.0)), None);
        assert_eq!(divergence(20.0, 60.0, crowd(3.4)), None);
    }

    #[test]
    fn nothing_to_compare_without_a_shown_week_or_before_the_wave_has_run() {
        assert_eq!(divergence(80.0, 50.0, None), None);
        assert_eq!(divergence(0.0, 5.0, crowd(1.0)), None);
        assert_eq!(divergence(0.0, 5.0, crowd(5.0)), None);
    }

    proptest! {
        /// The flag never contradicts its own reading: a worried flag is on
        /// pace with an average below the low mark, a confident flag is far
        /// behind with an average at or above the high mark.
        #[test]
        fn flags_agree_with_their_rules(progress in 0.0f64..=100.0, elapsed in 0.0f64..=100.0, average in 1.0f64..=5.0) {
            if let Some(d) = divergence(progress, elapsed, crowd(average)) {
                prop_assert!(elapsed >= MIN_ELAPSED);
                match d.kind {
                    Disagreement::OnPaceButWorried => prop_assert!(progress >= elapsed - ON_PACE_SLACK && average < LOW_AVERAGE),
                    Disagreement::BehindButConfident => prop_assert!(elapsed - progress > NEEDS_SUPPORT_MARGIN && average >= HIGH_AVERAGE),
                }
            }
        }
    }
}

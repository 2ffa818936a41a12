//! Weekly confidence votes: the scale, wave weeks, and the rules that keep
//! results anonymous (aggregates only, and only from enough voters).

use super::validation::ValidationError;
use serde::{Deserialize, Serialize};

/// Below this many voters an aggregate could identify people; no
/// organisation setting can go lower.
pub const MIN_VOTERS: u32 = 3;

pub const SCALE: [(u8, &str); 5] = [(1, "Struggling"), (2, "Concerned"), (3, "Steady"), (4, "Confident"), (5, "Exceeding")];

/// A confidence score from 1 (Struggling) to 5 (Exceeding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl TryFrom<u8> for Score {
    type Error = ValidationError;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Self::parse(&n.to_string())
    }
}

impl From<Score> for u8 {
    fn from(s: Score) -> u8 {
        s.0
    }
}

impl Score {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        match raw.trim().parse::<u8>() {
            Ok(n @ 1..=5) => Ok(Self(n)),
            _ => Err(ValidationError::new("score", "Choose a confidence from 1 (Struggling) to 5 (Exceeding).")),
        }
    }
    pub fn get(self) -> u8 {
        self.0
    }
    pub fn label(self) -> &'static str {
        SCALE[usize::from(self.0 - 1)].1
    }
}

/// The largest minimum an organisation may set.
pub const MAX_VOTERS: u32 = 50;

/// The organisation's minimum number of voters before results show.
pub fn threshold(setting: i64) -> u32 {
    u32::try_from(setting).unwrap_or(MIN_VOTERS).max(MIN_VOTERS)
}

/// A minimum number of voters typed by an admin: never below [`MIN_VOTERS`].
pub fn parse_threshold(raw: &str) -> Result<u32, ValidationError> {
    let n: u32 = raw
        .trim()
        .parse()
        .map_err(|_| ValidationError::new("threshold", "The minimum number of voters must be a whole number."))?;
    if !(MIN_VOTERS..=MAX_VOTERS).contains(&n) {
        return Err(ValidationError::new(
            "threshold",
            format!("Results need at least {MIN_VOTERS} voters to stay anonymous (and at most {MAX_VOTERS})."),
        ));
    }
    Ok(n)
}

/// Count, average and distribution of one objective's votes in one week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregate {
    pub count: u32,
    pub average: f64,
    /// Votes per score, index 0 = score 1.
    pub distribution: [u32; 5],
}

/// Aggregates a distribution; `None` when there are no votes.
pub fn aggregate(distribution: [u32; 5]) -> Option<Aggregate> {
    let count: u32 = distribution.iter().sum();
    if count == 0 {
        return None;
    }
    let total: u32 = distribution.iter().enumerate().map(|(i, n)| (i as u32 + 1) * n).sum();
    Some(Aggregate { count, average: f64::from(total) / f64::from(count), distribution })
}

/// What may be shown of a week's votes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Visible {
    Shown(Aggregate),
    /// Fewer voters than the threshold: nothing is revealed, not even the count.
    TooFewVotes,
    /// The week is still open and the organisation shows results after it closes.
    WeekOpen,
    NoVotes,
}

pub fn visible(agg: Option<Aggregate>, threshold: u32, week_is_closed: bool, live: bool) -> Visible {
    match agg {
        None => Visible::NoVotes,
        Some(_) if !week_is_closed && !live => Visible::WeekOpen,
        Some(a) if a.count < threshold.max(MIN_VOTERS) => Visible::TooFewVotes,
        Some(a) => Visible::Shown(a),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Trend {
    Up,
    Down,
    Flat,
}

/// Compares the last two shown averages (changes under a quarter point are noise).
pub fn trend(averages: &[Option<f64>]) -> Option<Trend> {
    let shown: Vec<f64> = averages.iter().flatten().copied().collect();
    let [.., before, last] = shown.as_slice() else { return None };
    Some(if last - before > 0.25 {
        Trend::Up
    } else if before - last > 0.25 {
        Trend::Down
    } else {
        Trend::Flat
    })
}

/// "Confidence dropped two weeks running": the last three shown weekly
/// averages each fell.
pub fn falling(averages: &[Option<f64>]) -> bool {
    let shown: Vec<f64> = averages.iter().flatten().copied().collect();
    matches!(shown.as_slice(), [.., a, b, c] if b < a && c < b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn scores_and_labels() {
        assert_eq!(Score::parse("4").unwrap().label(), "Confident");
        assert!(Score::parse("0").is_err());
        assert!(Score::parse("6").is_err());
        assert!(Score::parse("x").is_err());
    }

    #[test]
    fn thresholds_typed_by_admins() {
        assert_eq!(parse_threshold(" 5 ").unwrap(), 5);
        assert!(parse_threshold("2").unwrap_err().message.contains("at least 3"));
        assert!(parse_threshold("51").is_err());
        assert!(parse_threshold("three").unwrap_err().message.contains("whole number"));
        assert!(serde_json::from_str::<Score>("6").is_err());
        assert_eq!(serde_json::from_str::<Score>("4").unwrap().get(), 4);
    }

    #[test]
    fn threshold_never_below_three() {
        assert_eq!(threshold(1), 3);
        assert_eq!(threshold(5), 5);
        let two = aggregate([0, 1, 1, 0, 0]);
        assert_eq!(visible(two, 3, true, false), Visible::TooFewVotes);
        // An organisation asking for a threshold of 1 still gets 3.
        assert_eq!(visible(aggregate([2, 0, 0, 0, 0]), threshold(1), true, false), Visible::TooFewVotes);
        let three = aggregate([0, 1, 1, 1, 0]).unwrap();
        assert_eq!(three.average, 3.0);
        assert_eq!(visible(Some(three.clone()), 3, true, false), Visible::Shown(three.clone()));
        assert_eq!(visible(Some(three.clone()), 3, false, false), Visible::WeekOpen);
        assert_eq!(visible(Some(three.clone()), 3, false, true), Visible::Shown(three));
        assert_eq!(visible(None, 3, true, true), Visible::NoVotes);
    }

    #[test]
    fn trends_and_falls() {
        assert_eq!(trend(&[Some(3.0), None, Some(3.6)]), Some(Trend::Up));
        assert_eq!(trend(&[Some(3.0), Some(2.9)]), Some(Trend::Flat));
        assert_eq!(trend(&[Some(3.0)]), None);
        assert!(falling(&[Some(4.0), Some(3.5), None, Some(3.0)]));
        assert!(!falling(&[Some(4.0), Some(3.5), Some(3.5)]));
        assert!(!falling(&[Some(3.5), Some(3.0)]));
    }

    proptest! {
        #[test]
        fn average_is_within_the_scale(dist in prop::array::uniform5(0u32..50)) {
            if let Some(a) = aggregate(dist) {
                prop_assert!((1.0..=5.0).contains(&a.average));
                prop_assert_eq!(a.count, dist.iter().sum::<u32>());
            }
        }

        #[test]
        fn small_groups_are_never_shown(dist in prop::array::uniform5(0u32..2), setting in -5i64..10, closed in any::<bool>(), live in any::<bool>()) {
            if let Visible::Shown(a) = visible(aggregate(dist), threshold(setting), closed, live) {
                prop_assert!(a.count >= MIN_VOTERS);
            }
        }
    }
}

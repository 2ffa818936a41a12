//! Weekly confidence votes: the scale, wave weeks, and the rules that keep
//! results anonymous (aggregates only, and only from enough voters).

use super::validation::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

/// Below this many voters an aggregate could identify people; no
/// organisation setting can go lower.
pub const MIN_VOTERS: u32 = 3;

/// A latest average below this reads "Concerned" or worse.
pub const LOW_AVERAGE: f64 = 2.5;

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
            _ => Err(ValidationError::new("score", msg!("invalid-score"))),
        }
    }
    pub fn get(self) -> u8 {
        self.0
    }
    pub fn label(self) -> &'static str {
        SCALE[usize::from(self.0 - 1)].1
    }
}

/// How long someone must have been a voter (member of the organisation,
/// and of the team for a team objective) before a week begins, or a survey
/// opens, to count in its box. Without it an admin could add made-up
/// accounts, start a wave or open a survey at once, vote with them and read
/// a colleague's score from the distribution. With it the accounts must
/// exist a full week first, and everyone who votes beside them sees them
/// marked as new on the vote page (see [`RECENT_DAYS`]).
pub const TENURE_DAYS: i64 = 7;

/// Voters whose tenure reached the cutoff less than this many days ago are
/// marked as having joined recently wherever co-voters are listed.
pub const RECENT_DAYS: i64 = 28;

const DAY: i64 = 86_400;

/// Who became a voter by the returned moment counts in a box that opens
/// (a week that begins, a survey that opens) at `begins`.
pub fn eligible_by(begins: i64) -> i64 {
    begins.saturating_sub(TENURE_DAYS * DAY)
}

/// Whether a voter since `since`, counted in a box whose cutoff is
/// `cutoff` (from [`eligible_by`]), joined recently enough to be marked.
pub fn joined_recently(since: i64, cutoff: i64) -> bool {
    since > cutoff.saturating_sub(RECENT_DAYS * DAY)
}

/// How many times a person may change their vote on one objective in one
/// week. On PostgreSQL each change rewrites the box it is in; without a
/// limit one member changing in a loop would stall everyone's votes.
pub const CHANGES_PER_WEEK: u32 = 3;

/// Whether one more change is allowed after `made` changes.
pub fn change_allowed(made: u32) -> Result<(), VoteRefused> {
    if made < CHANGES_PER_WEEK {
        Ok(())
    } else {
        Err(VoteRefused::TooManyChanges)
    }
}

/// Why a vote is not taken. Each is decided in one place (the vote rules
/// here and in the service, the box in the vault); the words a person
/// reads are in `crate::messages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteRefused {
    /// No wave is active.
    NoActiveWave,
    /// Today is outside the active wave's weeks.
    Closed,
    /// Not among the week's voters: joined the team (or organisation) less
    /// than a full week before the week began.
    JoinedLate,
    /// Voted already this week, and this browser holds no claim to change it.
    AlreadyVoted,
    /// Changed [`CHANGES_PER_WEEK`] times this week already.
    TooManyChanges,
}

/// Why a survey answer is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyRefused {
    /// No survey is open.
    NoneOpen,
    /// Not a member a full week before the survey opened.
    JoinedLate,
    AlreadyAnswered,
}

/// The largest minimum an organisation may set.
pub const MAX_VOTERS: u32 = 50;

/// The organisation's minimum number of voters before results show.
pub fn threshold(setting: i64) -> u32 {
    u32::try_from(setting).unwrap_or(MIN_VOTERS).max(MIN_VOTERS)
}

/// A minimum number of voters typed by an admin: never below [`MIN_VOTERS`].
pub fn parse_threshold(raw: &str) -> Result<u32, ValidationError> {
    let n: u32 = raw.trim().parse().map_err(|_| ValidationError::new("threshold", msg!("invalid-threshold-number")))?;
    if !(MIN_VOTERS..=MAX_VOTERS).contains(&n) {
        return Err(ValidationError::new("threshold", msg!("invalid-threshold-range", min = MIN_VOTERS, max = MAX_VOTERS)));
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
    /// Fewer voters than the threshold, none included: nothing is revealed,
    /// not even whether anyone voted.
    TooFewVotes,
    /// The week is still open and the organisation shows results after it closes.
    WeekOpen,
    /// The week has not begun yet.
    NotStarted,
}

/// `distribution` is what may be read (see [`shown_distribution`]); `None`
/// while nothing may be read yet.
/// A running week with nothing released reads as open, live or not.
pub fn visible(distribution: Option<[u32; 5]>, threshold: u32, week_is_closed: bool, live: bool) -> Visible {
    if !week_is_closed && (!live || distribution.is_none()) {
        return Visible::WeekOpen;
    }
    match distribution.and_then(aggregate) {
        Some(a) if a.count >= threshold.max(MIN_VOTERS) => Visible::Shown(a),
        _ => Visible::TooFewVotes,
    }
}

/// How many new ballots a live release needs: twice the threshold `k`.
/// Steps of `k` would keep a lone vote out of any difference, but not from
/// `k - 1` colleagues who know their own votes and when someone else voted:
/// they vote right around that person and subtract theirs. With steps of
/// `2k`, at least `k + 1` of every step's ballots are not theirs.
pub fn live_step(threshold: u32) -> u32 {
    2 * threshold.max(MIN_VOTERS)
}

/// Whether live results may move from a release of `last` ballots to one
/// of `now`: only by at least [`live_step`] new ballots, the first release
/// included (changed votes are folded into the next such step).
pub fn release_due(last: Option<u32>, now: u32, threshold: u32) -> bool {
    now >= last.unwrap_or(0) + live_step(threshold)
}

/// The distribution a week may show, from what was cast and the last live
/// release. A running week shows only its last release (and only with live
/// results on). A closed week shows every ballot, unless a live release was
/// shown and fewer than the threshold of ballots came after it: then it
/// stays at that release, or the step would isolate those few votes.
pub fn shown_distribution(cast: [u32; 5], released: Option<[u32; 5]>, threshold: u32, closed: bool, live: bool) -> Option<[u32; 5]> {
    let total = |d: &[u32; 5]| d.iter().sum::<u32>();
    match (closed, released) {
        (false, released) => released.filter(|_| live),
        (true, Some(r)) if !release_due(Some(total(&r)), total(&cast), threshold) => Some(r),
        (true, _) => Some(cast),
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
        assert!(parse_threshold("2").unwrap_err().message.to_string().contains("at least 3"));
        assert!(parse_threshold("51").is_err());
        assert!(parse_threshold("three").unwrap_err().message.to_string().contains("whole number"));
        assert!(serde_json::from_str::<Score>("6").is_err());
        assert_eq!(serde_json::from_str::<Score>("4").unwrap().get(), 4);
    }

    #[test]
    fn threshold_never_below_three() {
        assert_eq!(threshold(1), 3);
        assert_eq!(threshold(5), 5);
        assert_eq!(visible(Some([0, 1, 1, 0, 0]), 3, true, false), Visible::TooFewVotes);
        // An organisation asking for a threshold of 1 still gets 3.
        assert_eq!(visible(Some([2, 0, 0, 0, 0]), threshold(1), true, false), Visible::TooFewVotes);
        let three = aggregate([0, 1, 1, 1, 0]).unwrap();
        assert_eq!(three.average, 3.0);
        assert_eq!(visible(Some([0, 1, 1, 1, 0]), 3, true, false), Visible::Shown(three.clone()));
        assert_eq!(visible(Some([0, 1, 1, 1, 0]), 3, false, false), Visible::WeekOpen);
        assert_eq!(visible(Some([0, 1, 1, 1, 0]), 3, false, true), Visible::Shown(three));
        // No vote at all reads exactly like too few votes: a first vote is not given away.
        assert_eq!(visible(Some([0; 5]), 3, true, true), visible(Some([0, 0, 1, 0, 0]), 3, true, true));
        assert_eq!(visible(None, 3, true, true), Visible::TooFewVotes);
        assert_eq!(visible(None, 3, false, true), Visible::WeekOpen, "a live week before its first release");
        assert_eq!(visible(None, 3, false, false), visible(Some([0, 0, 1, 0, 0]), 3, false, false));
    }

    #[test]
    fn live_results_move_in_steps_of_twice_the_threshold() {
        assert!(!release_due(None, 5, 3));
        assert!(release_due(None, 6, 3));
        assert!(!release_due(Some(6), 11, 3));
        assert!(release_due(Some(6), 12, 3));
        assert!(!release_due(Some(10), 19, 5));
        assert!(release_due(Some(10), 20, 5));
        // An organisation's threshold below the minimum still steps by 6.
        assert!(!release_due(None, 5, 1));
        // A running week shows only its release, and only with live results.
        let cast = [0, 1, 2, 1, 0];
        assert_eq!(shown_distribution(cast, None, 3, false, true), None);
        assert_eq!(shown_distribution(cast, Some([0, 1, 1, 1, 0]), 3, false, true), Some([0, 1, 1, 1, 0]));
        assert_eq!(shown_distribution(cast, Some([0, 1, 1, 1, 0]), 3, false, false), None);
        // A closed week shows everything, unless the last live step was too recent.
        assert_eq!(shown_distribution(cast, None, 3, true, false), Some(cast));
        let six = [1, 1, 2, 1, 1];
        assert_eq!(shown_distribution([1, 2, 3, 3, 2], Some(six), 3, true, true), Some(six));
        assert_eq!(shown_distribution([2, 2, 3, 3, 2], Some(six), 3, true, true), Some([2, 2, 3, 3, 2]));
    }

    /// Two colleagues who know when a third votes vote just before and
    /// after, then read the live results: at k = 3 with steps of 3 the
    /// release was their two votes and hers. No release may be shown where
    /// the colluders' known votes leave fewer than two unknown ballots.
    #[test]
    fn two_colluders_cannot_isolate_a_live_vote() {
        let k = 3;
        let mut cast = [0u32; 5];
        let mut released = None;
        // The colluders vote 5, the colleague 2, then (perhaps) others.
        for (i, score) in [5usize, 2, 5, 3, 4, 1, 3].into_iter().enumerate() {
            cast[score - 1] += 1;
            if release_due(released.map(|r: [u32; 5]| r.iter().sum()), cast.iter().sum(), k) {
                released = Some(cast);
            }
            if let Visible::Shown(a) = visible(shown_distribution(cast, released, k, false, true), k, false, true) {
                let mut unknown = a.distribution;
                unknown[4] -= 2; // what the colluders cast
                assert!(unknown.iter().sum::<u32>() > k, "after ballot {i}: {:?}", a.distribution);
            }
        }
        assert!(released.is_some(), "seven ballots do release once");
    }

    #[test]
    fn three_changes_a_week() {
        assert!(change_allowed(0).is_ok());
        assert!(change_allowed(2).is_ok());
        assert_eq!(change_allowed(3), Err(VoteRefused::TooManyChanges));
    }

    #[test]
    fn tenure_is_a_week_before_the_box_opens() {
        let monday = 1_764_547_200; // 2025-12-01 00:00 UTC
        assert_eq!(eligible_by(monday), monday - 7 * DAY);
        assert!(joined_recently(monday - 7 * DAY - 27 * DAY, eligible_by(monday)));
        assert!(!joined_recently(monday - 7 * DAY - 28 * DAY, eligible_by(monday)));
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
            if let Visible::Shown(a) = visible(Some(dist), threshold(setting), closed, live) {
                prop_assert!(a.count >= MIN_VOTERS);
            }
        }

        /// Ballots arrive one by one (some are changes of earlier ones), each
        /// followed by a reading of the running week and, at the end, of the
        /// closed week: any two readings that differ, differ by at least the
        /// threshold of ballots.
        #[test]
        fn no_two_readings_isolate_a_vote(
            steps in prop::collection::vec((1usize..=5, any::<bool>()), 0..40),
            setting in 3i64..6,
        ) {
            let k = threshold(setting);
            let mut cast = [0u32; 5];
            let mut released: Option<[u32; 5]> = None;
            let mut readings: Vec<[u32; 5]> = Vec::new();
            for (score, change) in steps {
                let total: u32 = cast.iter().sum();
                if change && total > 0 {
                    let from = cast.iter().position(|n| *n > 0).unwrap();
                    cast[from] -= 1;
                }
                cast[score - 1] += 1;
                if release_due(released.map(|r| r.iter().sum()), cast.iter().sum(), k) {
                    released = Some(cast);
                }
                if let Visible::Shown(a) = visible(shown_distribution(cast, released, k, false, true), k, false, true) {
                    readings.push(a.distribution);
                }
            }
            if let Visible::Shown(a) = visible(shown_distribution(cast, released, k, true, true), k, true, true) {
                readings.push(a.distribution);
            }
            for pair in readings.windows(2) {
                let (a, b): (u32, u32) = (pair[0].iter().sum(), pair[1].iter().sum());
                prop_assert!(pair[0] == pair[1] || b >= a + k, "{:?} then {:?}", pair[0], pair[1]);
            }
        }
    }
}

//! Read models for voting and its results, and the pure rule that turns raw
//! weekly distributions into what may be shown.

use super::ids::{ObjectiveId, TeamId};
use super::org::TeamRef;
use super::wave::WaveSummary;
use super::vote::{falling, shown_distribution, trend, visible, Trend, Visible};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteItem {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<String>,
    /// From the person's own receipt.
    pub voted: bool,
    /// Only known to the browser that cast the vote.
    pub my_score: Option<u8>,
    /// The person joined (the team or the organisation) after this week's
    /// voting opened, so they vote on it from next week on.
    pub from_next_week: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteSheet {
    pub wave: Option<WaveSummary>,
    /// The week open for voting; `None` when no wave week is running.
    pub week: Option<u32>,
    pub weeks: u32,
    pub items: Vec<VoteItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceRow {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    /// One per week of the wave, week 1 first.
    pub cells: Vec<Visible>,
    pub trend: Option<Trend>,
    /// Confidence dropped two weeks running.
    pub falling: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceReport {
    pub wave: Option<WaveSummary>,
    pub weeks: u32,
    pub current_week: Option<u32>,
    pub threshold: u32,
    pub live: bool,
    pub rows: Vec<ConfidenceRow>,
    pub teams: Vec<TeamRef>,
    pub team_filter: Option<TeamId>,
}

/// Votes per score of one objective and week.
pub type Distribution = (ObjectiveId, u32, [u32; 5]);

/// Builds heat-map rows. `cast` holds (objective, week, votes per score) as
/// cast, `released` the last live release of each; `closed(week)` says
/// whether a week is over.
pub fn rows(
    objectives: Vec<(ObjectiveId, String, Option<TeamRef>)>,
    cast: &[Distribution],
    released: &[Distribution],
    weeks: u32,
    closed: impl Fn(u32) -> bool,
    threshold: u32,
    live: bool,
) -> Vec<ConfidenceRow> {
    objectives
        .into_iter()
        .map(|(objective_id, title, team)| {
            let cells: Vec<Visible> = (1..=weeks)
                .map(|week| {
                    let find = |list: &[Distribution]| list.iter().find(|(o, w, _)| *o == objective_id && *w == week).map(|(_, _, d)| *d);
                    let shown = shown_distribution(find(cast).unwrap_or_default(), find(released), threshold, closed(week), live);
                    visible(shown, threshold, closed(week), live)
                })
                .collect();
            let averages: Vec<Option<f64>> =
                cells.iter().map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None }).collect();
            ConfidenceRow { objective_id, title, team, trend: trend(&averages), falling: falling(&averages), cells }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_hide_small_groups_and_flag_falls() {
        let o = ObjectiveId(1);
        let dist = vec![
            (o, 1, [0, 0, 0, 1, 2]), // 3 votes, average 4.67
            (o, 2, [0, 0, 2, 1, 0]), // 3 votes, average 3.33
            (o, 3, [1, 2, 0, 0, 0]), // 3 votes, average 1.67
            (ObjectiveId(2), 1, [0, 1, 1, 0, 0]), // 2 votes: hidden
        ];
        let r = rows(
            vec![(o, "A".into(), None), (ObjectiveId(2), "B".into(), None)],
            &dist,
            &[],
            4,
            |w| w <= 3,
            3,
            false,
        );
        assert!(matches!(r[0].cells[0], Visible::Shown(ref a) if a.count == 3));
        assert_eq!(r[0].cells[3], Visible::WeekOpen, "an open week reads the same with or without votes");
        assert!(r[0].falling);
        assert_eq!(r[0].trend, Some(Trend::Down));
        assert_eq!(r[1].cells[0], Visible::TooFewVotes);
        assert!(!r[1].falling);
        assert_eq!(r[1].trend, None);
    }
}

//! The heat map grouped by team: which teams a leader of many should talk
//! to first (the confidence page's "By team").

use super::confidence::{ConfidenceRow, ATTENTION_ROWS, LOW_AVERAGE};
use super::ids::TeamId;
use super::org::TeamRef;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A team and how its objectives' confidence reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamGroup {
    pub team: TeamRef,
    pub objectives: u32,
    /// Objectives that need a conversation (falling, low, or both).
    pub flagged: u32,
    pub falling: u32,
    pub low: u32,
    /// The mean of its objectives' latest shown averages, if any shows one.
    pub average: Option<f64>,
}

/// The "by team" summary: a leader of many teams wants to know which teams
/// to talk to, so only teams with something flagged are listed (worst
/// first, at most [`ATTENTION_ROWS`]); the rest are counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ByTeam {
    pub flagged: Vec<TeamGroup>,
    /// Teams with flagged objectives beyond the list.
    pub more_flagged: u32,
    /// Teams with objectives in the wave and nothing flagged.
    pub calm: u32,
}

/// Groups the team objectives of `rows` by team.
pub fn by_team(rows: &[ConfidenceRow]) -> ByTeam {
    let mut teams: Vec<(TeamRef, Vec<&ConfidenceRow>)> = Vec::new();
    let mut at: HashMap<TeamId, usize> = HashMap::new();
    for r in rows {
        let Some(t) = &r.team else { continue };
        let i = *at.entry(t.id).or_insert_with(|| {
            teams.push((t.clone(), Vec::new()));
            teams.len() - 1
        });
        teams[i].1.push(r);
    }
    let (mut flagged, calm): (Vec<TeamGroup>, Vec<TeamGroup>) = teams
        .into_iter()
        .map(|(team, rs)| {
            let latest: Vec<f64> = rs.iter().filter_map(|r| r.latest_average()).collect();
            TeamGroup {
                team,
                objectives: rs.len() as u32,
                flagged: rs.iter().filter(|r| r.flagged()).count() as u32,
                falling: rs.iter().filter(|r| r.falling).count() as u32,
                low: latest.iter().filter(|&&a| a < LOW_AVERAGE).count() as u32,
                average: super::progress::mean(latest.iter().copied()),
            }
        })
        .partition(|g| g.flagged > 0);
    // Most flagged objectives first, then the lowest average, then by name.
    flagged.sort_by(|a, b| {
        b.flagged
            .cmp(&a.flagged)
            .then(a.average.unwrap_or(f64::MAX).total_cmp(&b.average.unwrap_or(f64::MAX)))
            .then_with(|| a.team.name.cmp(&b.team.name))
    });
    let more_flagged = flagged.len().saturating_sub(ATTENTION_ROWS) as u32;
    flagged.truncate(ATTENTION_ROWS);
    ByTeam { flagged, more_flagged, calm: calm.len() as u32 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::confidence::tests::{row, wave};

    #[test]
    fn teams_with_most_flagged_come_first_and_calm_teams_are_counted() {
        // In wave(), objective 10 + i belongs to team i % 7: 10 (low) to team 0, 11 (falling) to team 1, 12 (low) to team 2.
        let mut rows = wave();
        rows.push(row(500, Some(2), Some(1), Some(2), true)); // team 2: falling and low, one objective
        let t = by_team(&rows);
        let names: Vec<&str> = t.flagged.iter().map(|g| g.team.name.as_str()).collect();
        assert_eq!(names, ["Team 2", "Team 0", "Team 1"], "two flagged first, then the lower average");
        assert_eq!(
            (t.flagged[0].flagged, t.flagged[0].falling, t.flagged[0].low),
            (2, 1, 2),
            "an objective both falling and low counts once"
        );
        assert_eq!(t.calm, 4, "teams 3 to 6 have nothing flagged");
        assert_eq!(t.more_flagged, 0);
        let many: Vec<ConfidenceRow> = (0..60).map(|i| row(10 + i, Some(i), Some(1), Some(1), false)).collect();
        let t = by_team(&many);
        assert_eq!((t.flagged.len(), t.more_flagged, t.calm), (ATTENTION_ROWS, 60 - ATTENTION_ROWS as u32, 0));
        assert!(by_team(&[row(1, None, None, Some(1), true)]).flagged.is_empty(), "wave objectives belong to no team");
    }
}

//! The wave dashboard, computed from plain data: which objectives and teams
//! need support.

use super::boost::{is_stale, BoostState, BoostView};
use super::ids::ObjectiveId;
use super::key_result::{lags_time, mean};
use super::objective::ObjectiveSummary;
use super::org::TeamRef;
use super::ppp::OpenProblem;
use super::wave::{WaveClock, WaveSummary};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashObjective {
    pub objective: ObjectiveSummary,
    pub aligned_teams: i64,
    pub needs_support: bool,
    /// Confidence votes dropped two weeks running.
    pub confidence_falling: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamScore {
    pub team: TeamRef,
    /// Mean of the team's objectives' progress; `None` without objectives.
    pub score: Option<f64>,
    pub objectives: usize,
    pub needs_support: bool,
    /// Confidence in one of the team's objectives dropped two weeks running.
    pub confidence_falling: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    pub objectives: Vec<DashObjective>,
    pub teams: Vec<TeamScore>,
    /// Problems from PPP updates nobody has marked solved.
    pub open_problems: Vec<OpenProblem>,
    /// Boosts waiting for a team to take them on.
    pub open_boosts: usize,
    /// Those open for more than a week.
    pub stale_boosts: Vec<BoostView>,
}

/// Everything the dashboard is computed from.
pub struct DashboardInput {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    /// Every objective of the wave (wave and team ones).
    pub objectives: Vec<ObjectiveSummary>,
    /// The active teams of the organisation.
    pub teams: Vec<TeamRef>,
    /// Objectives whose confidence dropped two weeks running.
    pub falling: Vec<ObjectiveId>,
    pub open_problems: Vec<OpenProblem>,
    /// Every boost of the organisation.
    pub boosts: Vec<BoostView>,
    /// Seconds since the epoch, for "waiting over a week".
    pub now: i64,
}

pub fn build(input: DashboardInput) -> Dashboard {
    let DashboardInput { wave, clock, objectives, teams, falling, open_problems, boosts, now } = input;
    let elapsed = clock.elapsed_pct();
    let (wave_objectives, team_objectives): (Vec<_>, Vec<_>) = objectives.into_iter().partition(|o| o.team.is_none());
    let teams = teams
        .into_iter()
        .map(|team| {
            let own: Vec<&ObjectiveSummary> =
                team_objectives.iter().filter(|o| o.team.as_ref().is_some_and(|t| t.id == team.id)).collect();
            let score = mean(own.iter().map(|o| o.progress));
            let confidence_falling = own.iter().any(|o| falling.contains(&o.id));
            TeamScore {
                team,
                objectives: own.len(),
                needs_support: score.is_some_and(|s| lags_time(s, elapsed)) || confidence_falling,
                confidence_falling,
                score,
            }
        })
        .collect();
    let objectives = wave_objectives
        .into_iter()
        .map(|objective| {
            let mut aligned: Vec<_> = team_objectives
                .iter()
                .filter(|o| o.parent_id == Some(objective.id))
                .filter_map(|o| o.team.as_ref().map(|t| t.id))
                .collect();
            aligned.sort();
            aligned.dedup();
            let confidence_falling = falling.contains(&objective.id);
            DashObjective {
                needs_support: lags_time(objective.progress, elapsed) || confidence_falling,
                confidence_falling,
                aligned_teams: aligned.len() as i64,
                objective,
            }
        })
        .collect();
    let open_boosts = boosts.iter().filter(|b| b.state == BoostState::Open).count();
    let stale_boosts = boosts.into_iter().filter(|b| is_stale(b, now)).collect();
    Dashboard { wave, clock, objectives, teams, open_problems, open_boosts, stale_boosts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{TeamId, WaveId};
    use crate::domain::wave::{WaveDates, WaveState};
    use chrono::NaiveDate;

    fn obj(id: i64, team: Option<i64>, parent: Option<i64>, progress: f64) -> ObjectiveSummary {
        ObjectiveSummary {
            id: ObjectiveId(id),
            title: format!("O{id}"),
            team: team.map(|t| TeamRef { id: TeamId(t), name: format!("T{t}") }),
            parent_id: parent.map(ObjectiveId),
            owner: None,
            progress,
            krs: vec![],
        }
    }

    #[test]
    fn flags_lagging_objectives_and_teams() {
        let dates = WaveDates::parse("2026-01-05", "2026-01-18").unwrap();
        let wave = WaveSummary {
            id: WaveId(1),
            name: "W".into(),
            dates,
            state: WaveState::Active,
        };
        // Day 10 of 14: about 64 % of the wave is behind us.
        let clock = dates.clock(NaiveDate::from_ymd_opt(2026, 1, 14).unwrap());
        let objectives = vec![
            obj(1, None, None, 60.0),
            obj(2, None, None, 10.0),
            obj(3, Some(7), Some(1), 80.0),
            obj(4, Some(7), Some(1), 40.0),
            obj(5, Some(8), Some(1), 5.0),
        ];
        let teams = vec![
            TeamRef { id: TeamId(7), name: "T7".into() },
            TeamRef { id: TeamId(8), name: "T8".into() },
            TeamRef { id: TeamId(9), name: "T9".into() },
        ];
        let input = |falling: Vec<ObjectiveId>| DashboardInput {
            wave: wave.clone(),
            clock,
            objectives: objectives.clone(),
            teams: teams.clone(),
            falling,
            open_problems: vec![],
            boosts: vec![],
            now: 0,
        };
        let d = build(input(vec![]));
        assert_eq!(d.objectives.len(), 2);
        assert_eq!(d.objectives[0].aligned_teams, 2, "two distinct teams align to O1");
        assert!(!d.objectives[0].needs_support);
        assert!(d.objectives[1].needs_support);
        assert_eq!(d.teams[0].score, Some(60.0));
        assert!(!d.teams[0].needs_support);
        assert!(d.teams[1].needs_support);
        assert_eq!(d.teams[2].score, None, "a team without objectives has no score");
        assert!(!d.teams[2].needs_support);

        // Falling confidence flags an objective (and its team) even when progress is on time.
        let d = build(input(vec![ObjectiveId(1), ObjectiveId(3)]));
        assert!(d.objectives[0].needs_support && d.objectives[0].confidence_falling);
        assert!(d.teams[0].needs_support && d.teams[0].confidence_falling);
    }
}
